/**
 * Typo tolerance for words, independent of what the engine has loaded: the build files every
 * indexed word under itself and its one-letter deletions (SymSpell's deletion neighbourhood,
 * `del/<n>.json` by variant); a query word looks up its own variants, so a misspelling in the
 * first letters finds its word as surely as one in the middle. Shared by build and engine.
 */

/** Words shorter than this are not corrected (three letters are within one edit of too much). */
export const TYPO_MIN_LENGTH = 4;
/** …nor longer than this: a longer word is a paste, not a typo. */
export const TYPO_MAX_LENGTH = 24;
/** Words this long may be two edits away (a shared one-deletion variant already finds many). */
export const TWO_EDITS_FROM = 8;

const WORD = /^[a-z]+$/;

/** Whether a term is a word the deletion index holds (letters only: codes and years are not corrected). */
export function isTypoWord(term: string): boolean {
  return term.length >= TYPO_MIN_LENGTH && term.length <= TYPO_MAX_LENGTH && WORD.test(term);
}

/**
 * The word and its one-letter deletions, without repeats.
 * @example deletionVariants('data') //=> ['data', 'ata', 'dta', 'daa', 'dat']
 */
export function deletionVariants(word: string): string[] {
  const out = new Set<string>([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}

/** Most edits allowed between a query word and an indexed word. */
export function typoBudget(word: string): number {
  return word.length >= TWO_EDITS_FROM ? 2 : 1;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), or `max + 1` once
 * it is certainly above `max`.
 * @example editDistance('sofware', 'software', 2) //=> 1
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[b.length] ?? max + 1, max + 1);
}
