import { describe, expect, it } from 'vitest';
import { checkSearchTargets, formatSearchTable, type SearchRow } from '../../../scripts/lib/searchBench/table.ts';

const sizes = { files: 1509, raw: 46_514 * 1024, gzip: 8689 * 1024, brotli: 7127 * 1024, maxShardGzip: 49 * 1024 };
const row = (engine: SearchRow['engine'], records: number, over: Partial<SearchRow> = {}): SearchRow => ({
  engine,
  records,
  buildMs: 23_200,
  sizes,
  coldMs: 268,
  coldBytes: 83_803,
  warmP50: 0.2,
  warmP95: 7.7,
  recall: 0.922,
  ...over,
});

describe('search benchmark table', () => {
  it('prints one Markdown row per engine and size', () => {
    const table = formatSearchTable([row('lunr+fuse', 50_000), row('pagefind', 50_000, { recall: 0.76, warmP95: 268.3 })]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[2]).toBe('| lunr+fuse | 50000   | 23.2 s | 1509  | 46514 KB | 8689 KB | 7127 KB | 49 KB        | 268 ms             | 82 KB      | 0.2 ms   | 7.7 ms   | 0.922    |');
  });

  it('checks recall at every size and speed and bytes at the largest', () => {
    const rows = [row('lunr+fuse', 1000, { recall: 0.8 }), row('pagefind', 1000, { recall: 0.818 }), row('lunr+fuse', 50_000, { warmP95: 91, coldBytes: 400 * 1024 }), row('pagefind', 50_000, { recall: 0.76 })];
    expect(checkSearchTargets(rows)).toEqual([
      "recall@3 at 1,000 records ≥ Pagefind's: 0.800 vs 0.818 — NOT met",
      "recall@3 at 50,000 records ≥ Pagefind's: 0.922 vs 0.760 — met",
      'warm p95 at 50,000 records ≤ 16 ms: 91.0 ms — NOT met',
      'cold first results at 50,000 records ≤ 500 ms: 268 ms — met',
      'cold transfer at 50,000 records ≤ 300 KB gzip: 400 KB — NOT met',
    ]);
  });
});
