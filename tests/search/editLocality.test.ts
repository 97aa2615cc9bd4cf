/**
 * Issue 16: a one-record edit rewrites the search index's files of what it changed, not the
 * index. The files carry what lunr's scores are made of (format.ts), so an edit may change:
 * the shards holding the terms it adds or removes (and those whose document frequency it
 * changes), the norms file of the edited documents, `stats.json`, the display chunk of the
 * edited documents, and the deletion files of a word new to the index — and nothing else.
 * On 3,000 records (8 norms files, hot terms), for an edit of a description, of a title and of
 * an award's name (which every year of the award repeats).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FieldTermMemo, fieldTerms } from '../../site/lib/search/bm25.ts';
import { buildSearchIndex, sortRecords, type SearchIndex } from '../../site/lib/search/buildIndex.ts';
import {
  DOC_CHUNK,
  SEARCH_FIELDS,
  hashKey,
  hotFileIds,
  normChunkFor,
  packNumbers,
  searchPaths,
  unpackNumbers,
  type SearchManifest,
  type TermShard,
} from '../../site/lib/search/format.ts';
import type { SearchRecord } from '../../site/lib/search/records.ts';
import { deletionVariants, isTypoWord } from '../../site/lib/search/typos.ts';
import { benchRecords } from '../../scripts/lib/searchBench/datasets.ts';
import { indexChange, indexTexts } from '../../scripts/lib/searchBench/edits.ts';

/** The records with " (updated)" / "（已更新）" appended to `field` of those `pick` chooses (and to their display name, for a name or title). */
function edited(records: readonly SearchRecord[], pick: (r: SearchRecord) => boolean, field: 'name' | 'title' | 'description'): SearchRecord[] {
  return records.map((r) => {
    if (!pick(r)) return r;
    const values = (r.fields[field] ?? []).map((v, i) => (i === 0 ? `${v}（已更新）` : i === 1 ? `${v} (updated)` : v));
    const shown = field === 'description' ? r.doc.name : { zh: `${r.doc.name.zh}（已更新）`, en: r.doc.name.en ? `${r.doc.name.en} (updated)` : null };
    return { ...r, doc: { ...r.doc, name: shown }, fields: { ...r.fields, [field]: values } };
  });
}

/** Every term of a record, in every field. */
const termsOf = (r: SearchRecord): string[] => SEARCH_FIELDS.flatMap((f) => fieldTerms(r, f, 'bigram'));

/** Entries of a term file by term, as text. */
function entries(index: SearchIndex, path: string): Map<string, string> {
  const file = index.files.get(path) as TermShard | undefined;
  return new Map((file?.terms ?? []).map((entry) => [entry[0], JSON.stringify(entry)]));
}

/** Every term of the index's term files. */
function indexedTerms(index: SearchIndex): Set<string> {
  const out = new Set<string>();
  for (const [path, file] of index.files) if (/^(names|text|hot|pre)\//.test(path)) for (const entry of (file as TermShard).terms) out.add(entry[0]);
  return out;
}

interface Edit {
  readonly before: SearchIndex;
  readonly after: SearchIndex;
  /** Doc numbers of the edited records. */
  readonly docs: number[];
  /** Terms of the edited records, before and after. */
  readonly terms: Set<string>;
}

function applyEdit(records: readonly SearchRecord[], before: SearchIndex, pick: (r: SearchRecord) => boolean, field: 'name' | 'title' | 'description'): Edit {
  const next = edited(records, pick, field);
  const docs = sortRecords(next).flatMap((r, i) => (pick(r) ? [i] : []));
  const terms = new Set([...records.filter(pick).flatMap(termsOf), ...next.filter(pick).flatMap(termsOf)]);
  return { before, after: buildSearchIndex(next), docs, terms };
}

let records: SearchRecord[];
let base: SearchIndex;
const edits: Array<[string, () => Edit]> = [];
beforeAll(async () => {
  records = await benchRecords(3_000, '.tmp/bench-search');
  base = buildSearchIndex(records);
}, 120_000);

const enterprise = (r: SearchRecord) => r.doc.kind === 'enterprise' && (r.fields.description?.length ?? 0) >= 2;
const standard = (r: SearchRecord) => r.doc.kind === 'standard';
const samePath = (one: SearchRecord | undefined) => (r: SearchRecord) => r.doc.path === one?.doc.path;
const award = (r: SearchRecord) => r.doc.path.startsWith('/awards/beijing-quality-management-award/');
edits.push(
  ['an enterprise description', () => applyEdit(records, base, samePath(records.find(enterprise)), 'description')],
  ['a standard title', () => applyEdit(records, base, samePath(records.find(standard)), 'title')],
  ['an award name, in every year of the award', () => applyEdit(records, base, award, 'name')],
);

describe('one edit rewrites only the files of what it changed', () => {
  it('has several norms files and hot terms to keep apart', () => {
    const manifest = base.manifest as SearchManifest;
    expect(manifest.normChunk).toBe(normChunkFor(manifest.docCount));
    expect([...base.files.keys()].filter((p) => /^norms\/\d+\.json$/.test(p))).toHaveLength(Math.ceil(manifest.docCount / manifest.normChunk));
    expect(Math.ceil(manifest.docCount / manifest.normChunk)).toBeGreaterThan(4);
    expect(Object.keys(manifest.hot).length).toBeGreaterThan(10);
  });

  it.each(edits)('%s', (label, make) => {
    const { before, after, docs, terms } = make();
    expect(docs.length).toBeGreaterThan(0);
    const change = indexChange(indexTexts(before), indexTexts(after));
    expect(change.removed).toEqual([]);
    const manifest = after.manifest as SearchManifest;
    // A word new to the index (or gone from it) changes the deletion files its variants are filed in.
    const [had, has] = [indexedTerms(before), indexedTerms(after)];
    const newWords = [...terms].filter((t) => isTypoWord(t) && had.has(t) !== has.has(t));
    const delFiles = new Set(newWords.flatMap((w) => deletionVariants(w).map((v) => searchPaths.del(hashKey(v, manifest.del)))));
    const expected = {
      norms: [...new Set(docs.map((d) => searchPaths.norms(Math.floor(d / manifest.normChunk))))].sort(),
      docs: [...new Set(docs.map((d) => searchPaths.docs(Math.floor(d / DOC_CHUNK))))].sort(),
    };
    const got = { norms: change.changed.filter((p) => p.startsWith('norms/')), docs: change.changed.filter((p) => p.startsWith('docs/')) };
    expect(got.norms).toEqual(expected.norms);
    if (label.includes('description')) expect(got.docs).toEqual([]);
    else expect(got.docs).toEqual(expected.docs);
    expect(change.changed).toContain(searchPaths.stats);
    expect(change.changed).not.toContain(searchPaths.manifest);
    const termFiles = change.changed.filter((p) => /^(names|text|hot|pre)\//.test(p));
    expect(termFiles.length).toBeGreaterThan(0);
    for (const path of termFiles) {
      const old = entries(before, path);
      const now = entries(after, path);
      const differ = [...new Set([...old.keys(), ...now.keys()])].filter((term) => old.get(term) !== now.get(term));
      // Something of the edited records changed in the file, and nothing else did.
      expect(differ.length, path).toBeGreaterThan(0);
      for (const term of differ) expect(terms.has(term), `${path}: ${term}`).toBe(true);
    }
    // At most one file per group for each term (and a hot term's parts, a completion file).
    expect(termFiles.length).toBeLessThanOrEqual(terms.size * 4);
    for (const path of change.changed.filter((p) => p.startsWith('del/'))) expect(delFiles.has(path), path).toBe(true);
    const accounted = new Set([...termFiles, ...got.norms, ...got.docs, searchPaths.stats, ...change.changed.filter((p) => p.startsWith('del/'))]);
    expect(change.changed.filter((p) => !accounted.has(p))).toEqual([]);
  });
});

describe('index format pieces that keep edits local', () => {
  it('packs norms as digit strings and reads them back', () => {
    const values = [0, 1, 31, 32, 1000, 1023, 1024, 6329, 32_767, 32_768];
    expect(packNumbers([0, 12, 31, 32, 1000])).toBe('0CVb0_8');
    expect([...unpackNumbers(packNumbers(values), new Int32Array(values.length))]).toEqual(values);
    // Into a larger array from an offset; what does not fit is left out.
    expect([...unpackNumbers('12', new Int32Array(4), 2)]).toEqual([0, 0, 1, 2]);
    expect([...unpackNumbers('123', new Int32Array(2), 1)]).toEqual([0, 1]);
  });

  it('names a hot term’s file by its own hash, whatever other terms are hot', () => {
    const alone = hotFileIds(['北京']);
    expect(alone['北京']).toBe('8653ym');
    expect(hotFileIds(['公司', '北京', 'technology'])['北京']).toBe('8653ym');
    expect(Object.getPrototypeOf(hotFileIds(['constructor']))).toBe(null);
    expect(new Set(Object.values(hotFileIds(['a', 'b', 'c', 'd']))).size).toBe(4);
  });

  it('cuts the norms into eight files, their size a multiple of 256 documents', () => {
    expect(normChunkFor(0)).toBe(256);
    expect(normChunkFor(2_000)).toBe(256);
    expect(normChunkFor(18_125)).toBe(2_304);
    expect(normChunkFor(18_126)).toBe(2_304);
    expect(normChunkFor(50_000)).toBe(6_400);
  });
});

describe('a build reusing the previous build’s terms (the live build)', () => {
  it('writes the same files as a build from nothing, edit after edit', () => {
    const memo = new FieldTermMemo();
    const first = edited(records, samePath(records.find(standard)), 'title');
    const second = edited(first, award, 'name');
    for (const generation of [records, first, second, records]) {
      const fresh = indexTexts(buildSearchIndex(generation));
      const reused = indexTexts(buildSearchIndex(generation, { memo }));
      expect(reused.size).toBe(fresh.size);
      for (const [path, text] of fresh) expect(reused.get(path), path).toBe(text);
    }
  }, 60_000);
});
