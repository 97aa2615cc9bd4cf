/**
 * The browser's scoring loop (postings.ts) against lunr's own `Index.query` as the oracle:
 * the same shards loaded into a `lunr.Index` must find the same documents, and our order must
 * be one lunr's scores allow (ties aside), for every relevance query's strict and typo clauses.
 */
import lunr from 'lunr';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../site/lib/search/buildIndex.ts';
import { searchPaths, type NormShard, type SearchStats, type SearchManifest, type TermShard } from '../../site/lib/search/format.ts';
import { PostingStore, withinOneEdit, type Clause } from '../../site/lib/search/postings.ts';
import { searchRecords } from '../../site/lib/search/records.ts';
import { queryTerms } from '../../site/lib/search/tokenize.ts';
import { normWeights, type TermWeights } from '../../site/lib/search/weights.ts';
import { GIVEN_WEIGHTS, embeddedRegister } from './harness.ts';
import { RELEVANCE_QUERIES } from './relevanceQueries.ts';

/** A `lunr.Index` over shard files, as the engine built it before postings.ts (lunr 2.3 `Index.load` takes the same attributes). */
function lunrOver(manifest: SearchManifest, shards: readonly TermShard[], weights: TermWeights): lunr.Index {
  const invertedIndex: Record<string, Record<string, object> & { _index: number }> = Object.create(null);
  const elements = new Map<string, Array<[number, number]>>();
  for (const shard of shards) {
    for (const [term, df, postings] of shard.terms) {
      const posting = (invertedIndex[term] ??= Object.assign(Object.fromEntries(manifest.fields.map((f) => [f, {}])), {
        _index: Object.keys(invertedIndex).length,
      }));
      const termIndex = posting._index;
      const weigh = weights(term, df);
      let field = -1;
      let doc = 0;
      for (let i = 0; i + 2 < postings.length; i += 3) {
        if (postings[i] !== field) [field, doc] = [postings[i] ?? 0, 0];
        doc += postings[i + 1] ?? 0;
        const name = manifest.fields[field] ?? 'name';
        (posting[name] as Record<string, object>)[String(doc)] = {};
        const fieldRef = `${name}/${doc}`;
        if (!elements.has(fieldRef)) elements.set(fieldRef, []);
        elements.get(fieldRef)?.push([termIndex, weigh(field, doc, postings[i + 2] ?? 0) / 1000]);
      }
    }
  }
  const fieldVectors = Object.fromEntries([...elements].map(([ref, pairs]) => [ref, new lunr.Vector(pairs.sort((a, b) => a[0] - b[0]).flat())]));
  const tokenSet = (lunr.TokenSet as unknown as { fromArray(sorted: string[]): lunr.TokenSet }).fromArray(Object.keys(invertedIndex).sort());
  return new lunr.Index({
    invertedIndex,
    fieldVectors,
    tokenSet,
    fields: [...manifest.fields],
    pipeline: new lunr.Pipeline(),
  } as unknown as lunr.Index.Attributes);
}

/** lunr's answer to the clauses, prefix clauses expanded as the store expands them. */
function lunrMatch(index: lunr.Index, store: PostingStore, clauses: readonly Clause[]): Map<number, number> {
  const groups: Array<Set<string>> = [];
  const results = index.query((q) => {
    for (const c of clauses) {
      const presence = c.required ? lunr.Query.presence.REQUIRED : lunr.Query.presence.OPTIONAL;
      const boost = c.boost ?? 1;
      if (c.prefix && !c.fuzzy) {
        const expansions = store.expand(c.term);
        if (expansions.length === 0 && c.required) q.term(c.term, { usePipeline: false, presence });
        for (const term of expansions) q.term(term, { usePipeline: false, presence: lunr.Query.presence.OPTIONAL, boost });
        if (c.required) groups.push(new Set(expansions));
      } else {
        q.term(c.term, { usePipeline: false, presence, boost, wildcard: lunr.Query.wildcard.NONE, ...(c.fuzzy ? { editDistance: 1 } : {}) });
      }
    }
  });
  // lunr answers a query without clauses with every document (score 0): that is no match.
  const kept = results.filter((r) => r.score > 0 && groups.every((g) => Object.keys(r.matchData.metadata).some((t) => g.has(t))));
  return new Map(kept.map((r) => [Number(r.ref), r.score]));
}

let store: PostingStore;
let index: lunr.Index;
beforeAll(async () => {
  const built = buildSearchIndex(searchRecords(await embeddedRegister()));
  const shards = [...built.files].filter(([path]) => /^(names|text|hot)\//.test(path)).map(([, shard]) => shard as TermShard);
  const norms = [...built.files].filter(([path]) => /^norms\/\d+\.json$/.test(path)).map(([, norm]) => norm as NormShard);
  const weights = normWeights(built.manifest, built.files.get(searchPaths.stats) as SearchStats, norms);
  store = new PostingStore(built.manifest.docCount);
  for (const shard of shards) store.add(shard);
  store.useWeights(weights);
  index = lunrOver(built.manifest, shards, weights);
  expect(built.files.has(searchPaths.manifest)).toBe(true);
});

/** Strict (every term required, the last word a prefix) and relaxed (optional, fuzzy words) clauses. */
function clauseSets(query: string): Clause[][] {
  const terms = queryTerms(query);
  const strict = terms.map((t) => ({ ...t, required: true }));
  const relaxed = terms.flatMap((t): Clause[] => [
    { ...t, required: false },
    ...(t.word && t.term.length >= 4 ? [{ ...t, prefix: false, required: false, fuzzy: true, boost: 0.5 }] : []),
  ]);
  return [strict, relaxed];
}

describe('PostingStore.match agrees with lunr.Index.query', () => {
  const queries = [...new Set([...RELEVANCE_QUERIES.map((r) => r.q), '北京', '中', '信息', 'gb', 'standard', 'quality award 2024'])];
  it.each(queries)('%s', (query) => {
    for (const clauses of clauseSets(query)) {
      const oracle = lunrMatch(index, store, clauses);
      const ours = store.match(clauses).refs;
      expect(new Set(ours)).toEqual(new Set(oracle.keys()));
      // Our order is lunr's score order (equal scores may come in either order).
      for (let i = 1; i < ours.length; i++) expect(oracle.get(ours[i] ?? -1) ?? 0).toBeLessThanOrEqual((oracle.get(ours[i - 1] ?? -1) ?? 0) + 1e-9);
    }
  });
});

describe('PostingStore on a hand-made shard', () => {
  // Fields: 0 name, 1 code. Postings: field, doc delta, weight×1000 (taken as given).
  const shard: TermShard = {
    terms: [
      ['信息', 0, [0, 1, 500, 0, 2, 500, 1, 2, 100]], // name: docs 1, 3; code: doc 2
      ['安全', 1, [0, 3, 900]], // name: doc 3
      ['信', 2, [0, 4, 50]], // name: doc 4
      ['software', 3, [0, 5, 300]],
      ['softwares', 4, [0, 6, 200]],
    ],
  };
  const fresh = () => {
    const s = new PostingStore(8);
    s.add(shard);
    s.useWeights(GIVEN_WEIGHTS);
    return s;
  };

  it('ranks by summed weight, ties in first-seen order, required clauses filter', () => {
    const s = fresh();
    expect(s.match([{ term: '信息', prefix: false, word: false, required: true }]).refs).toEqual([1, 3, 2]);
    expect(
      s.match([
        { term: '信息', prefix: false, word: false, required: false },
        { term: '安全', prefix: false, word: false, required: false },
      ]).refs,
    ).toEqual([3, 1, 2]);
    expect(
      s.match([
        { term: '信息', prefix: false, word: false, required: true },
        { term: '安全', prefix: false, word: false, required: true },
      ]).refs,
    ).toEqual([3]);
    expect(
      s.match([
        { term: '网络', prefix: false, word: false, required: true },
        { term: '信息', prefix: false, word: false, required: false },
      ]).refs,
    ).toEqual([]);
  });

  it('expands a prefix to the shortest loaded terms and a fuzzy word to terms one edit away', () => {
    const s = fresh();
    expect(s.expand('信')).toEqual(['信', '信息']);
    expect(s.match([{ term: '信', prefix: true, word: false, required: true }]).refs).toEqual([1, 3, 2, 4]);
    expect(s.near('sofware')).toEqual(['software']);
    expect(s.match([{ term: 'softwar', prefix: false, word: true, required: false, fuzzy: true }]).refs).toEqual([5]);
    expect(s.match([{ term: 'nothing', prefix: true, word: true, required: false }]).refs).toEqual([]);
  });

  it('merges terms of shards loaded later into the prefix order', () => {
    const s = fresh();
    expect(s.expand('soft')).toEqual(['software', 'softwares']);
    s.add({ terms: [['soft', 5, [0, 7, 10]]] });
    expect(s.expand('soft')).toEqual(['soft', 'software', 'softwares']);
    expect(s.docsWith('信息')).toEqual(new Set([1, 3, 2]));
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['software', 'software', true],
    ['sofware', 'software', true],
    ['softwaer', 'software', true],
    ['sxftware', 'software', true],
    ['softwarex', 'software', true],
    ['oftware', 'software', true],
    ['sfotwaer', 'software', false],
    ['soft', 'software', false],
    ['dta', 'data', true],
    ['adta', 'data', true],
    ['dtaa', 'data', true],
    ['', 'a', true],
    ['ab', 'ba', true],
    ['abc', 'cba', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});
