/**
 * The search engine at scale: the embedded dataset plus generated records (10,000 by default;
 * `SEARCH_SCALE=50000` for the size the benchmark reports), with queries of the kinds that
 * lose at scale made from the generated records (scripts/lib/searchBench/generatedQueries.ts):
 * English typos in the first and middle letters, homophone typos among look-alike names, long
 * phrases of frequent bigrams, partial codes with a trailing separator, a brand's pinyin as typed;
 * and more of the relevance suite's own kinds (names, fragments, title words, pinyin, initials,
 * English words and typos, Chinese slips, codes, mixed scripts).
 *
 * Every query runs on a FRESH engine (a user's first query, nothing loaded) and must find its
 * record in the top 3; and its top 10 must equal the warm engine's (every earlier query loaded).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../site/lib/search/buildIndex.ts';
import { SearchEngine } from '../../site/lib/search/engine.ts';
import { benchRecords } from '../../scripts/lib/searchBench/datasets.ts';
import { generatedQueries, type GeneratedQuery } from '../../scripts/lib/searchBench/generatedQueries.ts';
import { RELEVANCE_QUERIES } from './relevanceQueries.ts';

const SIZE = Number(process.env['SEARCH_SCALE'] ?? 10_000);

let texts: Map<string, string>;
let queries: GeneratedQuery[];
let warm: SearchEngine;

const open = () =>
  SearchEngine.open(async (path) => {
    const text = texts.get(path);
    if (text === undefined) throw new Error(`no index file ${path}`);
    return JSON.parse(text) as unknown;
  });

async function top(engine: SearchEngine, query: string, n = 10): Promise<string[]> {
  const hits = (await engine.rankedRefs(query)).slice(0, n);
  const docs = await engine.docs(hits.map((h) => h.ref));
  return hits.map((h) => docs.get(h.ref)?.path ?? '?');
}

beforeAll(async () => {
  const records = await benchRecords(SIZE, '.tmp/search-scale');
  texts = new Map([...buildSearchIndex(records).files].map(([path, value]) => [path, JSON.stringify(value)]));
  queries = generatedQueries(records);
  warm = await open();
  for (const q of [...RELEVANCE_QUERIES.map((r) => r.q), ...queries.map((g) => g.q)]) await top(warm, q);
}, 300_000);

describe(`search at ${SIZE.toLocaleString('en')} records`, () => {
  it('has at least 20 generated queries of each kind', () => {
    const kinds = new Map<string, number>();
    for (const q of queries) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
    expect([...kinds.keys()].sort()).toEqual([
      'code',
      'code-undated',
      'en-typo',
      'en-words',
      'g-code-partial',
      'g-en-typo-first',
      'g-en-typo-middle',
      'g-phrase',
      'g-pinyin-brand',
      'g-pinyin-syllable',
      'g-zh-homophone',
      'initials',
      'mixed',
      'pinyin',
      'zh-fragment',
      'zh-name',
      'zh-title',
      'zh-typo',
    ]);
    for (const count of kinds.values()) expect(count).toBeGreaterThanOrEqual(20);
  });

  it('finds every generated query’s record in the top 3 of a first query (first, where the edition matters)', async () => {
    const misses: string[] = [];
    for (const q of queries) {
      const paths = (await top(await open(), q.q)).slice(0, 3);
      const found = q.first ? q.expect.includes(paths[0] ?? '') : paths.some((p) => q.expect.includes(p));
      if (!found) misses.push(`${q.kind} ${q.q} → ${paths.join(' ')}`);
    }
    expect(misses).toEqual([]);
  });

  it('gives a first query the same top 10 as a warm engine, for every query', async () => {
    const differ: string[] = [];
    for (const q of [...RELEVANCE_QUERIES.map((r) => r.q), ...queries.map((g) => g.q)]) {
      const [first, again] = [await top(await open(), q), await top(warm, q)];
      if (first.join() !== again.join()) differ.push(q);
    }
    expect(differ).toEqual([]);
  });
});
