/**
 * Relevance suite: every query must have its record in the top 3 (or first, where the edition
 * matters), on the engine the browser runs, over the shards the build writes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../site/lib/search/engine.ts';
import { buildSearchIndex } from '../../site/lib/search/buildIndex.ts';
import { searchRecords } from '../../site/lib/search/records.ts';
import { embeddedEngine, embeddedRegister, engineOver } from './harness.ts';
import { RELEVANCE_QUERIES } from './relevanceQueries.ts';

let engine: SearchEngine;
beforeAll(async () => {
  engine = await embeddedEngine();
});

async function topPaths(query: string, n = 3): Promise<string[]> {
  const hits = (await engine.rankedRefs(query)).slice(0, n);
  const docs = await engine.docs(hits.map((h) => h.ref));
  return hits.map((h) => docs.get(h.ref)?.path ?? '?');
}

describe('relevance suite', () => {
  it('has at least 80 queries and covers every category', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(RELEVANCE_QUERIES.map((r) => r.category)).size).toBe(15);
  });

  it.each(RELEVANCE_QUERIES.map((r) => [r.category, r.q, r.expect, r.first ?? false] as const))(
    '%s: %j finds %s',
    async (_category, query, expected, mustBeFirst) => {
      const top = await topPaths(query);
      if (mustBeFirst) expect(top[0]).toBe(expected);
      else expect(top).toContain(expected);
    },
  );
});

describe('ordering', () => {
  it('lists every edition of an undated code, newest first', async () => {
    expect(await topPaths('GB/T 7714', 5)).toEqual(['/standards/gb-t-7714-2015/', '/standards/gb-t-7714-2005/']);
    expect(await topPaths('DB11/T 9901', 5)).toEqual(['/standards/db11-t-9901-2025/', '/standards/db11-t-9901-2020/']);
  });

  it('puts the exact edition of a dated code first and the other editions after it', async () => {
    expect(await topPaths('GB/T 7714-2005', 5)).toEqual(['/standards/gb-t-7714-2005/', '/standards/gb-t-7714-2015/']);
  });

  it('ranks a name match above a description match', async () => {
    // 质量 is in award names and in many descriptions; the awards come first.
    const top = await topPaths('质量奖', 3);
    expect(top.every((p) => p.startsWith('/awards/'))).toBe(true);
  });
});

describe('first query', () => {
  it('gives the same top 10 on a fresh engine as on the warm one, for every query', async () => {
    const index = buildSearchIndex(searchRecords(await embeddedRegister()));
    const differ: string[] = [];
    for (const { q } of RELEVANCE_QUERIES) {
      const fresh = await engineOver(index);
      const cold = (await fresh.rankedRefs(q)).slice(0, 10).map((h) => h.ref);
      const hot = (await engine.rankedRefs(q)).slice(0, 10).map((h) => h.ref);
      if (cold.join() !== hot.join()) differ.push(q);
    }
    expect(differ).toEqual([]);
  });
});
