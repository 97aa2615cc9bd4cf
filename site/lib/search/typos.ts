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
