/**
 * The one tokenizer of the search index, used at build time (index terms) and in the browser
 * (query terms), so both sides always agree.
 *
 * Chinese has no spaces and lunr's stock pipeline deletes every Han character (its trimmer
 * strips `\W`), so Han runs become overlapping bigrams: `信息安全` → 信息 · 息安 · 安全. The last
 * character of each run is also kept as a unigram, so every character starts some term and a
 * one-character query becomes the prefix query `安*`. Bigrams beat `Intl.Segmenter` on the
 * relevance suite (see tests/search/tokenizerComparison.test.ts and docs/design.md "Search").
 * Letters and digits form words, folded (NFKC, lower case, no diacritics); no stemmer, because
 * stemming ruined English typo recall in the measurements.
 */

/** How Han runs are cut: overlapping bigrams (the default) or `Intl.Segmenter` words. */
export type HanTokenizer = 'bigram' | 'segmenter';

/** CJK scripts without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** One run: a CJK run, or a run of letters and digits. Everything else separates. */
const RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}])+/gu;
const MARKS = /\p{M}+/gu;

/**
 * Fold text the way both sides compare it: NFKC (full-width → ASCII), lower case, no accents.
 * @example foldText('ＧＢ／Ｔ Lüzhou') //=> 'gb/t luzhou'
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC');
}

export interface Run {
  readonly text: string;
  readonly cjk: boolean;
}

/**
 * Split folded text into CJK runs and word runs.
 * @example textRuns('GB/T 39204 信息安全') //=> [{text:'gb'}, {text:'t'}, {text:'39204'}, {text:'信息安全', cjk:true}]
 */
export function textRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const match of foldText(text).matchAll(RUN)) {
    const run = match[0];
    runs.push({ text: run, cjk: CJK.test(run) });
  }
  return runs;
}

/**
 * Overlapping bigrams of a CJK run, plus its last character as a unigram.
 * @example hanBigrams('智芯微联') //=> ['智芯', '芯微', '微联', '联']
 */
export function hanBigrams(run: string): string[] {
  const chars = Array.from(run);
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  const last = chars[chars.length - 1];
  if (last !== undefined) out.push(last);
  return out;
}

let segmenter: Intl.Segmenter | undefined;
/** Words of a CJK run by ICU's dictionary segmenter (the alternative measured against bigrams). */
export function segmentHan(run: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return Array.from(segmenter.segment(run), (s) => s.segment).filter((s) => s.trim() !== '');
}

const SPACES = /^\s+$/u;

/**
 * Index terms of a text (duplicates kept: lunr counts term frequency). Two CJK runs apart by
 * spaces only also give the bigram across the space (unless `bridges` is false): Chinese titles
 * set their elements apart (`区块链 供应链 技术要求`), people type them without
 * (`供应链技术要求`, whose 链技 bigram would otherwise be in no title).
 * @example indexTerms('供应链 技术') //=> ['供应', '应链', '链', '链技', '技术', '术']
 */
export function indexTerms(text: string, han: HanTokenizer = 'bigram', bridges = true): string[] {
  const out: string[] = [];
  const folded = foldText(text);
  let previous = '';
  let end = 0;
  for (const match of folded.matchAll(RUN)) {
    const run = match[0];
    const cjk = CJK.test(run);
    if (cjk && bridges && han === 'bigram' && previous && SPACES.test(folded.slice(end, match.index))) out.push(`${previous}${Array.from(run)[0] ?? ''}`);
    // A loop, not `push(...terms)`: a run of 125,000 Han characters would overflow the call stack.
    if (cjk) for (const term of han === 'bigram' ? hanBigrams(run) : segmentHan(run)) out.push(term);
    else out.push(run);
    previous = cjk ? (Array.from(run).at(-1) ?? '') : '';
    end = match.index + run.length;
  }
  return out;
}

/** Longest query the engine reads; the rest is ignored (a 10,000-character paste is not a search). */
export const MAX_QUERY_LENGTH = 200;
/** Most terms one query turns into; beyond this, extra terms add cost and no precision. */
export const MAX_QUERY_TERMS = 16;

/** One term of a query. `prefix`: the term may be the start of a longer index term. */
export interface QueryTerm {
  readonly term: string;
  readonly prefix: boolean;
  /** Letters/digits word (fuzzy matching applies) rather than a CJK gram. */
  readonly word: boolean;
}

/**
 * The terms of a query, through the same tokenizer as the index. The word being typed (the
 * last one, when the query does not end in a space) is a prefix; a lone CJK character is a
 * prefix, because the index only holds it as the start of bigrams.
 * @example queryTerms('zhixin 芯') //=> [{term:'zhixin', prefix:false}, {term:'芯', prefix:true}]
 */
export function queryTerms(query: string, han: HanTokenizer = 'bigram'): QueryTerm[] {
  const clipped = Array.from(query).slice(0, MAX_QUERY_LENGTH).join('');
  const runs = textRuns(clipped);
  const typing = !/\s$/u.test(clipped);
  const seen = new Set<string>();
  const out: QueryTerm[] = [];
  const add = (term: string, prefix: boolean, word: boolean) => {
    const key = `${term}${prefix ? '*' : ''}`;
    if (seen.has(key) || out.length >= MAX_QUERY_TERMS) return;
    seen.add(key);
    out.push({ term, prefix, word });
  };
  runs.forEach((run, i) => {
    const last = i === runs.length - 1;
    if (!run.cjk) {
      // A one-letter prefix would expand to a whole shard of terms; two letters are enough to type.
      add(run.text, last && typing && run.text.length >= 2, true);
      return;
    }
    const chars = Array.from(run.text);
    if (chars.length === 1) {
      add(run.text, true, false);
      return;
    }
    const grams = han === 'bigram' ? hanBigrams(run.text).slice(0, -1) : segmentHan(run.text);
    for (const gram of grams) add(gram, han === 'segmenter' && Array.from(gram).length === 1, false);
  });
  return out;
}
