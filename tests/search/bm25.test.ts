/**
 * site/lib/search/bm25.ts computes the terms and scores lunr's Builder computes: the same term
 * numbers, the same term order, the same postings, score for score. The reference is lunr
 * itself, driven exactly as the search index used to drive it (every field with its boost,
 * terms given as arrays, an empty pipeline), on the embedded dataset and on generated records
 * with document boosts, integer-like terms (`2019`) and prototype names (`constructor`). The
 * index files carry what the scores are made of, not the scores; the weights the engine computes
 * from them (weights.ts `normWeights`) are held equal to these, hence to lunr's.
 */
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { bm25Terms, objectKeyOrder } from '../../site/lib/search/bm25.ts';
import { buildSearchIndex, sortRecords } from '../../site/lib/search/buildIndex.ts';
import { SEARCH_FIELDS, searchPaths, type NormShard, type SearchStats, type TermShard } from '../../site/lib/search/format.ts';
import { normWeights } from '../../site/lib/search/weights.ts';
import { searchRecords, type SearchRecord } from '../../site/lib/search/records.ts';
import { indexTerms } from '../../site/lib/search/tokenize.ts';
import { benchRecords } from '../../scripts/lib/searchBench/datasets.ts';
import { embeddedRegister } from './harness.ts';

/** The index as lunr builds it, read back as bm25Terms' table. */
function lunrTable(records: readonly SearchRecord[]) {
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.ref('id');
  for (const field of SEARCH_FIELDS)
    builder.field(field.name, { boost: field.boost, extractor: (doc: object) => (doc as Record<string, string[]>)[field.name] ?? [] });
  records.forEach((record, i) => {
    const doc: Record<string, string | string[]> = { id: String(i) };
    for (const field of SEARCH_FIELDS)
      doc[field.name] =
        'raw' in field ? [...(record.fields[field.name] ?? [])] : (record.fields[field.name] ?? []).flatMap((text) => indexTerms(text, 'bigram'));
    builder.add(doc, record.boost ? { boost: record.boost } : undefined);
  });
  const index = builder.build() as unknown as { invertedIndex: Record<string, { _index: number }>; fieldVectors: Record<string, { elements: number[] }> };
  const terms = Object.keys(index.invertedIndex);
  const postings: number[][][] = Array.from({ length: terms.length }, () => []);
  const fieldNumber = new Map<string, number>(SEARCH_FIELDS.map((f, i) => [f.name, i]));
  for (const [fieldRef, vector] of Object.entries(index.fieldVectors)) {
    const slash = fieldRef.indexOf('/');
    const field = fieldNumber.get(fieldRef.slice(0, slash)) ?? -1;
    const doc = Number(fieldRef.slice(slash + 1));
    for (let i = 0; i < vector.elements.length; i += 2) postings[vector.elements[i] ?? 0]?.push([field, doc, Math.round((vector.elements[i + 1] ?? 0) * 1000)]);
  }
  return { terms, termIndex: Object.fromEntries(terms.map((t) => [t, index.invertedIndex[t]?._index])), postings };
}

const sorted = (list: number[][]) => [...list].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0));

function expectSameAsLunr(records: readonly SearchRecord[]): number {
  const want = lunrTable(records);
  const got = bm25Terms(records, 'bigram');
  expect(got.terms).toEqual(want.terms);
  expect({ ...got.termIndex }).toEqual(want.termIndex);
  expect(got.postings.length).toBe(want.postings.length);
  let compared = 0;
  got.postings.forEach((list, i) => {
    expect(sorted(list), want.terms[i]).toEqual(sorted(want.postings[i] ?? []));
    compared += list.length;
  });
  return compared;
}

/**
 * Every posting of the index files, weighed as the engine weighs them: `[field, doc, weight]`
 * per term. A term's fields come from several files (names and text shards, hot parts), and a
 * completion file repeats some: each (term, field) is taken once.
 */
function fileWeights(records: readonly SearchRecord[]): Map<string, number[][]> {
  const index = buildSearchIndex(records);
  const norms = [...index.files].filter(([path]) => /^norms\/\d+\.json$/.test(path)).map(([, shard]) => shard as NormShard);
  const weights = normWeights(index.manifest, index.files.get(searchPaths.stats) as SearchStats, norms);
  const out = new Map<string, number[][]>();
  const seen = new Set<string>();
  for (const [path, file] of index.files) {
    if (!/^(names|text|hot|pre)\//.test(path)) continue;
    for (const [term, df, encoded] of (file as TermShard).terms) {
      const weigh = weights(term, df);
      let list = out.get(term);
      if (!list) out.set(term, (list = []));
      const fields = new Map<number, number[][]>();
      let doc = 0;
      for (let i = 0; i + 2 < encoded.length; i += 3) {
        const field = encoded[i] ?? 0;
        if (!fields.has(field)) {
          fields.set(field, []);
          doc = 0;
        }
        doc += encoded[i + 1] ?? 0;
        fields.get(field)?.push([field, doc, weigh(field, doc, encoded[i + 2] ?? 0)]);
      }
      for (const [field, postings] of fields) {
        if (seen.has(`${field} ${term}`)) continue;
        seen.add(`${field} ${term}`);
        list.push(...postings);
      }
    }
  }
  return out;
}

function expectFilesWeighAsLunr(records: readonly SearchRecord[]): number {
  const ordered = sortRecords(records);
  const want = bm25Terms(ordered, 'bigram');
  const got = fileWeights(records);
  expect(got.size).toBe(want.terms.length);
  let compared = 0;
  for (const term of want.terms) {
    const expected = sorted(want.postings[want.termIndex[term] ?? -1] ?? []);
    expect(sorted(got.get(term) ?? []), term).toEqual(expected);
    compared += expected.length;
  }
  return compared;
}

describe('bm25Terms', () => {
  it('equals lunr on the embedded dataset, posting for posting', async () => {
    const records = searchRecords(await embeddedRegister());
    expect(records.some((r) => r.boost !== undefined)).toBe(true);
    expect(expectSameAsLunr(records)).toBeGreaterThan(9_000);
  });

  it('equals lunr on 3,000 generated records, with integer-like and prototype-named terms', async () => {
    const records = [...(await benchRecords(3_000, '.tmp/bench-search'))];
    records.push({ ...records[0]!, fields: { ...records[0]!.fields, name: ['constructor __proto__ toString 2019 110108'] } });
    const compared = expectSameAsLunr(records);
    expect(compared).toBeGreaterThan(50_000);
    expect(
      bm25Terms(records, 'bigram')
        .terms.slice(0, 3)
        .every((t) => /^\d+$/.test(t)),
    ).toBe(true);
  }, 120_000);

  it('is what the engine weighs the index files to, posting for posting (embedded dataset and 3,000 generated records)', async () => {
    expect(expectFilesWeighAsLunr(searchRecords(await embeddedRegister()))).toBeGreaterThan(9_000);
    const generated = await benchRecords(3_000, '.tmp/bench-search');
    const index = buildSearchIndex(generated);
    // Hot terms (df in stats.json) and several norms files are part of it.
    expect(Object.keys(index.manifest.hot).length).toBeGreaterThan(0);
    expect([...index.files.keys()].filter((path) => path.startsWith('norms/')).length).toBeGreaterThan(1);
    expect(expectFilesWeighAsLunr(generated)).toBeGreaterThan(50_000);
  }, 120_000);

  it('orders terms as Object.keys does: array indices ascending, then the rest as added', () => {
    expect(objectKeyOrder(['b', '10', 'a', '2', '01', '-1', '4294967295', '4294967294'])).toEqual([
      '2',
      '10',
      '4294967294',
      'b',
      'a',
      '01',
      '-1',
      '4294967295',
    ]);
    const object: Record<string, number> = {};
    for (const key of ['b', '10', 'a', '2', '01', '-1', '4294967295', '4294967294']) object[key] = 1;
    expect(objectKeyOrder(['b', '10', 'a', '2', '01', '-1', '4294967295', '4294967294'])).toEqual(Object.keys(object));
  });
});
