/**
 * The search benchmark's Node half: recall per query kind on a user's FIRST query (a fresh
 * engine per query, nothing loaded) and on a warmed engine, whether both give the same top 10,
 * the gzip bytes a first query fetches, and warm per-keystroke latency in Node.
 */
import { gzipSync } from 'node:zlib';
import type { SearchIndex } from '../../../site/lib/search/buildIndex.ts';
import { SearchEngine } from '../../../site/lib/search/engine.ts';
import { percentile } from './measure.ts';

export interface KindQuery {
  readonly q: string;
  readonly kind: string;
  /** Any of these in the top 3 (the first of them first, when `first`). */
  readonly expect: readonly string[];
  readonly first?: boolean;
}

export interface KindRecall {
  readonly kind: string;
  readonly queries: number;
  readonly first3: number;
  readonly first10: number;
  readonly warm3: number;
}

export interface NodeRun {
  readonly kinds: readonly KindRecall[];
  /** recall@3 over all queries, first query. */
  readonly first3: number;
  readonly warm3: number;
  /** Queries whose first-query top 10 differs from the warm one. */
  readonly unstable: readonly string[];
  readonly misses: readonly string[];
  /** The queries whose first answer fetched most, with their gzip bytes. */
  readonly heaviest: ReadonlyArray<readonly [query: string, bytes: number, files: string]>;
  readonly coldBytesP50: number;
  readonly coldBytesP95: number;
  readonly warmP50: number;
  readonly warmP95: number;
}

/** The index as served: JSON text, with its gzip size. */
export function servedFiles(index: SearchIndex): Map<string, { text: string; gzip: number }> {
  return new Map(
    [...index.files].map(([path, value]) => {
      const text = JSON.stringify(value);
      return [path, { text, gzip: gzipSync(text, { level: 6 }).length }];
    }),
  );
}

async function openEngine(files: ReadonlyMap<string, { text: string; gzip: number }>, fetched?: Set<string>): Promise<SearchEngine> {
  return SearchEngine.open(async (path) => {
    const file = files.get(path);
    if (!file) throw new Error(`no index file ${path}`);
    fetched?.add(path);
    return JSON.parse(file.text) as unknown;
  });
}

async function top(engine: SearchEngine, query: string, n = 10): Promise<string[]> {
  const hits = (await engine.rankedRefs(query)).slice(0, n);
  const docs = await engine.docs(hits.map((h) => h.ref));
  return hits.map((h) => docs.get(h.ref)?.path ?? '?');
}

const found = (paths: readonly string[], r: KindQuery, n: number) =>
  r.first ? paths[0] !== undefined && r.expect.includes(paths[0]) : paths.slice(0, n).some((p) => r.expect.includes(p));

export async function nodeRun(index: SearchIndex, queries: readonly KindQuery[], warmQueries: readonly string[]): Promise<NodeRun> {
  const files = servedFiles(index);
  const warm = await openEngine(files);
  // Warm the shared engine with every query first, so its answers come from a well-loaded store.
  for (const r of queries) await top(warm, r.q);
  const byKind = new Map<string, { queries: number; first3: number; first10: number; warm3: number }>();
  const unstable: string[] = [];
  const misses: string[] = [];
  const coldBytes: number[] = [];
  const heavy: Array<readonly [string, number, string]> = [];
  let first3 = 0;
  let warm3 = 0;
  for (const r of queries) {
    const fetched = new Set<string>();
    const fresh = await openEngine(files, fetched);
    const cold = await top(fresh, r.q);
    const bytes = [...fetched].reduce((n, p) => n + (files.get(p)?.gzip ?? 0), 0);
    coldBytes.push(bytes);
    heavy.push([r.q, bytes, [...fetched].map((p) => `${p}:${Math.round((files.get(p)?.gzip ?? 0) / 1024)}`).join(' ')]);
    const hot = await top(warm, r.q);
    if (cold.join() !== hot.join()) unstable.push(r.q);
    const k = byKind.get(r.kind) ?? { queries: 0, first3: 0, first10: 0, warm3: 0 };
    k.queries += 1;
    if (found(cold, r, 3)) {
      k.first3 += 1;
      first3 += 1;
    } else misses.push(`${r.kind} ${JSON.stringify(r.q)} → ${cold.slice(0, 3).join(' ')} (want ${r.expect[0]})`);
    if (found(cold, r, 10)) k.first10 += 1;
    if (found(hot, r, 3)) {
      k.warm3 += 1;
      warm3 += 1;
    }
    byKind.set(r.kind, k);
  }
  // Warm per-keystroke latency: each prefix once to load, then timed.
  const prefixes = warmQueries.flatMap((q) =>
    Array.from(q).map((_, i) =>
      Array.from(q)
        .slice(0, i + 1)
        .join(''),
    ),
  );
  for (const p of prefixes) await top(warm, p);
  // Each prefix three times, its median kept: one GC pause or a neighbour's burst on a shared
  // machine is not the engine's latency.
  const times: number[] = [];
  for (const p of prefixes) {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await top(warm, p);
      runs.push(performance.now() - t);
    }
    times.push(percentile(runs, 50));
  }
  return {
    kinds: [...byKind].map(([kind, k]) => ({
      kind,
      queries: k.queries,
      first3: k.first3 / k.queries,
      first10: k.first10 / k.queries,
      warm3: k.warm3 / k.queries,
    })),
    first3: first3 / queries.length,
    warm3: warm3 / queries.length,
    unstable,
    misses,
    heaviest: heavy.sort((a, b) => b[1] - a[1]).slice(0, 12),
    coldBytesP50: percentile(coldBytes, 50),
    coldBytesP95: percentile(coldBytes, 95),
    warmP50: percentile(times, 50),
    warmP95: percentile(times, 95),
  };
}
