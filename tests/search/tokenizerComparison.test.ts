/**
 * Bigrams against `Intl.Segmenter` on the relevance suite (issue 7: measure both, keep the
 * winner). The index builder takes either; the site ships bigrams.
 */
import { describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../site/lib/search/engine.ts';
import type { HanTokenizer } from '../../site/lib/search/tokenize.ts';
import { embeddedEngine } from './harness.ts';
import { RELEVANCE_QUERIES, type QueryCategory, type RelevanceQuery } from './relevanceQueries.ts';

/** Fragments that cut across the words a segmenter sees: what people paste or half-remember. */
const CROSS_WORD: readonly RelevanceQuery[] = [
  ['芯微联', '/enterprises/zhixin-tech/'],
  ['微联', '/enterprises/zhixin-tech/'],
  ['信数智', '/enterprises/huaxin-data/'],
  ['信网盾', '/enterprises/anxin-security/'],
  ['宇云图', '/enterprises/chenyu-cloudmap/'],
  ['设施安全保护', '/standards/gb-t-39204-2022/'],
  ['献著录', '/standards/gb-t-7714-2015/'],
  ['需氧量', '/standards/hj-9806-2025/'],
  ['足迹核算', '/standards/sj-t-9803-2025/'],
  ['园区建设', '/standards/db11-t-9901-2025/'],
  ['度学习框', '/standards/t-cesa-9101-2023/'],
  ['村质量', '/awards/zhongguancun-quality-award/'],
].map(([q, expect]) => ({ q: q ?? '', expect: expect ?? '', category: 'zh-fragment' }));

async function recall(engine: SearchEngine, category: QueryCategory | 'cross-word' | undefined, strictOnly: boolean): Promise<number> {
  const queries = category === 'cross-word' ? CROSS_WORD : RELEVANCE_QUERIES.filter((r) => !category || r.category === category);
  let found = 0;
  for (const r of queries) {
    const hits = (await engine.rankedRefs(r.q, { strictOnly })).slice(0, 3);
    const docs = await engine.docs(hits.map((h) => h.ref));
    const paths = hits.map((h) => docs.get(h.ref)?.path);
    if (r.first ? paths[0] === r.expect : paths.includes(r.expect)) found += 1;
  }
  return found / queries.length;
}

describe('tokenizer comparison', () => {
  it('bigrams recall at least as much as Intl.Segmenter, overall and on Chinese queries', async () => {
    const table: Record<string, Record<HanTokenizer, number>> = {};
    const engines = { bigram: await embeddedEngine({ tokenizer: 'bigram' }), segmenter: await embeddedEngine({ tokenizer: 'segmenter' }) };
    // Lunr alone (every term required, no fuse.js), which is what the tokenizer decides…
    for (const category of [undefined, 'zh-name', 'zh-fragment', 'zh-title', 'cross-word'] as const) {
      table[`lunr only: ${category ?? 'all'}`] = {
        bigram: await recall(engines.bigram, category, true),
        segmenter: await recall(engines.segmenter, category, true),
      };
    }
    // …and the full engine, where the typo fallbacks hide part of the difference.
    table['full engine: all'] = { bigram: await recall(engines.bigram, undefined, false), segmenter: await recall(engines.segmenter, undefined, false) };
    table['full engine: cross-word'] = {
      bigram: await recall(engines.bigram, 'cross-word', false),
      segmenter: await recall(engines.segmenter, 'cross-word', false),
    };
    console.table(table);
    for (const row of Object.values(table)) expect(row.bigram).toBeGreaterThanOrEqual(row.segmenter);
    expect(table['full engine: all']?.bigram).toBe(1);
    expect(table['lunr only: cross-word']?.bigram).toBe(1);
  });
});
