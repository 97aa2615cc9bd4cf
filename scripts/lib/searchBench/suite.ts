/**
 * The benchmark's relevance queries at one size: the hand-written suite
 * (tests/search/relevanceQueries.ts) judged at scale by the records it names as well as its
 * target (alike.ts), and the queries made from the generated records (generatedQueries.ts).
 */
import type { SearchRecord } from '../../../site/lib/search/records.ts';
import { RELEVANCE_QUERIES } from '../../../tests/search/relevanceQueries.ts';
import { AlikeJudge } from './alike.ts';
import { generatedQueries } from './generatedQueries.ts';
import type { KindQuery } from './nodeRun.ts';

/** Queries generated per kind: with the hand-written ones, every kind holds at least this many. */
export const GENERATED_PER_KIND = 20;

/** The hand-written suite at this size. A query that must put one edition first (a code, an award's year) is judged by that record alone. */
export function suiteQueries(records: readonly SearchRecord[], judge = new AlikeJudge(records)): KindQuery[] {
  return RELEVANCE_QUERIES.map((r) =>
    r.first ? { q: r.q, kind: r.category, expect: [r.expect], first: true } : { q: r.q, kind: r.category, expect: judge.alike(r.q, r.expect) },
  );
}

export function benchQueries(records: readonly SearchRecord[], judge = new AlikeJudge(records)): KindQuery[] {
  return [...suiteQueries(records, judge), ...generatedQueries(records, GENERATED_PER_KIND, judge)];
}
