/**
 * Filter-as-you-type over an award list (runs in the browser island and in unit tests).
 * fuse.js gives typo tolerance (docs/design.md, "Search"); the keys (names, pinyin, initials) are
 * computed at build time by awardsPinyin.ts, so pinyin-pro never reaches the bundle.
 */
import Fuse from 'fuse.js';

/** One entry of the list as the island sees it: an id and strings to match. */
export interface FilterEntry {
  /** The enterprise slug, also `data-entry-id` on its row. */
  readonly id: string;
  /** Chinese and English names and short names. */
  readonly names: readonly string[];
  /** Full pinyin without tones, compact and spaced (`zhixinweilian`, `zhi xin wei lian`). */
  readonly pinyin: readonly string[];
  /** Pinyin initials (`bjzxwlkjgfyxgs`, `zxwl`). */
  readonly initials: readonly string[];
}

/**
 * Bitap score limit: 0.3 allows one error in a 4–6 letter query (`Zhixn` → Zhixin) but none in
 * a 1–3 letter one, so `zx` or `智芯` match only as written. Fuse's default 0.6 let `zhixin`
 * also match 华信 (`huaxin`, two errors).
 */
export const FILTER_THRESHOLD = 0.3;

/** Lower case without diacritics: `Lüzhou` → `luzhou`. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A filter over entries: the ids that match a query, all ids for a blank one. Entries that
 * contain the query as written win; only when none does, fuse's typo-tolerant matches show
 * (so `zhixin` lists 智芯微联 alone, not also 墨知 for "Mozhi Intelligence", one edit away).
 */
export function createFilter(entries: readonly FilterEntry[]): (query: string) => Set<string> {
  const fuse = new Fuse(entries, {
    keys: ['names', 'pinyin', 'initials'],
    threshold: FILTER_THRESHOLD,
    // Names are long (北京…有限公司); a match anywhere counts, not only near the start.
    ignoreLocation: true,
    // Lüzhou is found by `luzhou`.
    ignoreDiacritics: true,
  });
  const all = new Set(entries.map((e) => e.id));
  const haystacks = entries.map((e) => ({ id: e.id, keys: [...e.names, ...e.pinyin, ...e.initials].map(fold) }));
  return (query) => {
    const q = query.normalize('NFKC').trim();
    if (!q) return all;
    const folded = fold(q);
    const exact = haystacks.filter((h) => h.keys.some((k) => k.includes(folded))).map((h) => h.id);
    if (exact.length > 0) return new Set(exact);
    return new Set(fuse.search(q).map((r) => r.item.id));
  };
}
