import { describe, expect, it } from 'vitest';
import type { NodeRun } from '../../../scripts/lib/searchBench/nodeRun.ts';
import { checkSearchTargets, formatKindTable, formatSearchTable, type SearchRow } from '../../../scripts/lib/searchBench/table.ts';

const node: NodeRun = {
  kinds: [
    { kind: 'code', queries: 41, first3: 1, first10: 1, warm3: 1 },
    { kind: 'g-phrase', queries: 20, first3: 0.9, first10: 1, warm3: 0.9 },
  ],
  first3: 0.967,
  warm3: 0.967,
  unstable: [],
  misses: [],
  heaviest: [],
  coldBytesP50: 60 * 1024,
  coldBytesP95: 250 * 1024,
  warmP50: 0.4,
  warmP95: 12.5,
};

const sizes = { files: 1509, raw: 46_514 * 1024, gzip: 8689 * 1024, brotli: 7127 * 1024, maxShardGzip: 49 * 1024 };
const row = (engine: SearchRow['engine'], records: number, over: Partial<SearchRow> = {}): SearchRow => ({
  engine,
  records,
  buildMs: 23_200,
  sizes,
  coldMs: 268,
  coldMsMax: 301,
  coldBytes: 83_803,
  warmP50: 0.2,
  warmP95: 7.7,
  recall: 0.922,
  ...over,
});

describe('search benchmark table', () => {
  it('prints one Markdown row per engine and size', () => {
    const table = formatSearchTable([row('ours', 50_000, { node }), row('pagefind', 50_000, { recall: 0.76, warmP95: 268.3 })]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[2]).toBe(
      '| ours     | 50000   | 23.2 s | 1509  | 46514 KB | 8689 KB | 7127 KB | 49 KB        | 268 ms             | 301 ms   | 82 KB      | 0.2 ms   | 7.7 ms   | 0.922    | 0.967    | 250 KB          | 12.5 ms       |',
    );
    expect(table[3]).toBe(
      '| pagefind | 50000   | 23.2 s | 1509  | 46514 KB | 8689 KB | 7127 KB | 49 KB        | 268 ms             | 301 ms   | 82 KB      | 0.2 ms   | 268.3 ms | 0.760    |          |                 |               |',
    );
  });

  it('prints first-query recall per kind', () => {
    expect(formatKindTable(node).split('\n')).toEqual([
      '| kind     | queries | first @3 | first @10 | warm @3 |',
      '| -------- | ------- | -------- | --------- | ------- |',
      '| code     | 41      | 1.000    | 1.000     | 1.000   |',
      '| g-phrase | 20      | 0.900    | 1.000     | 0.900   |',
      '| all      | 61      | 0.967    |           | 0.967   |',
      'first-query gzip p50 60 KB, p95 250 KB; Node warm p50 0.4 ms, p95 12.5 ms; first ≠ warm: 0',
    ]);
  });

  it('checks recall at every size and speed and bytes at the largest', () => {
    const rows = [
      row('ours', 1000, { recall: 0.8 }),
      row('pagefind', 1000, { recall: 0.818 }),
      row('ours', 50_000, { warmP95: 91, coldBytes: 400 * 1024, node }),
      row('pagefind', 50_000, { recall: 0.76 }),
    ];
    expect(checkSearchTargets(rows)).toEqual([
      "recall@3 at 1,000 records ≥ Pagefind's: 0.800 vs 0.818 — NOT met",
      "recall@3 at 50,000 records ≥ Pagefind's: 0.922 vs 0.760 — met",
      'warm p95 at 50,000 records ≤ 16 ms: 91.0 ms — NOT met',
      'cold first results at 50,000 records ≤ 500 ms (slowest of the cold queries): 301 ms — met',
      'cold transfer at 50,000 records ≤ 300 KB gzip (Chromium, p50 of the cold queries): 400 KB — NOT met',
      'index build at 50,000 records ≤ 30 s: 23.2 s — met',
      'first-query gzip at 50,000 records ≤ 300 KB at p95 (every suite query, fresh engine): 250 KB — met',
      'warm p95 in Node at 50,000 records ≤ 16 ms: 12.5 ms — met',
      'first-query recall@3 at 50,000 records ≥ 0.98: 0.967 — NOT met',
      'no query kind below 0.95 at 50,000 records: lowest g-phrase 0.900 — NOT met',
      'first query = warm query (top 10) at 50,000 records: 0 differ — met',
    ]);
  });
});
