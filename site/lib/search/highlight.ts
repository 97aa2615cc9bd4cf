/**
 * Mark the parts of a result's text that the query matched, on the same folding as the index
 * (full-width, case and accents do not matter): CJK fragments of two or more characters as
 * typed (a lone character only on its own), words anywhere they start a word.
 */
import { foldText, textRuns } from './tokenize.ts';

/** Text pieces, `true` where matched. */
export type Segment = readonly [text: string, matched: boolean];

/** Fold per character, keeping the map from folded positions back to the original. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const ch of Array.from(text)) {
    const f = foldText(ch);
    for (let i = 0; i < f.length; i++) origin.push(offset);
    folded += f;
    offset += ch.length;
  }
  origin.push(offset);
  return { folded, origin };
}

/** What to look for: CJK bigrams (or the lone character) and whole words of the query. */
function needles(query: string): string[] {
  const out = new Set<string>();
  for (const run of textRuns(Array.from(query).slice(0, 200).join(''))) {
    const chars = Array.from(run.text);
    if (!run.cjk) out.add(run.text);
    else if (chars.length === 1) out.add(run.text);
    else for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  }
  return [...out];
}

/**
 * @example highlight('北京智芯微联科技', '智芯') //=> [['北京', false], ['智芯', true], ['微联科技', false]]
 */
export function highlight(text: string, query: string): Segment[] {
  if (!text) return [];
  const { folded, origin } = foldWithMap(text);
  const marked = new Uint8Array(folded.length);
  for (const needle of needles(query)) {
    const isWord = /^[\p{L}\p{N}]/u.test(needle) && !/[\p{Script=Han}]/u.test(needle);
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      // Words match at a word start only: `an` should not light up the middle of `Lianchuang`.
      if (isWord && at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1] ?? '')) continue;
      marked.fill(1, at, at + needle.length);
    }
  }
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= folded.length; i++) {
    if (i === folded.length || marked[i] !== marked[start]) {
      const from = origin[start] ?? 0;
      const to = origin[i] ?? text.length;
      if (to > from) {
        const last = segments[segments.length - 1];
        const on = marked[start] === 1;
        if (last && last[1] === on) segments[segments.length - 1] = [last[0] + text.slice(from, to), on];
        else segments.push([text.slice(from, to), on]);
      }
      start = i;
    }
  }
  return segments;
}
