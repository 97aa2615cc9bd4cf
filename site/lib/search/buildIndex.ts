/**
 * Build the whole search index from search records: the terms, frequencies and field lengths
 * lunr's BM25 scores are made of (bm25.ts), once; the result is cut into static files by term
 * (format.ts), and the engine weighs the postings as it loads them (weights.ts).
 * Pure function of its input, so the site build, the relevance suite and the benchmark share it.
 */
import {
  DOC_CHUNK,
  SEARCH_FIELDS,
  SEARCH_FORMAT_VERSION,
  SEARCH_KINDS,
  HOT_PARTS,
  normChunkFor,
  SHARD_GROUPS,
  hashKey,
  hotFileIds,
  packNumbers,
  hotPartFields,
  searchPaths,
  shardKey,
  shardOf,
  type DeletionShard,
  type DocRange,
  type NormShard,
  type SearchStats,
  type SearchDoc,
  type SearchField,
  type SearchManifest,
  type ShardGroup,
  type ShardTerm,
} from './format.ts';
import { completionShards } from './completions.ts';
import { soundShards } from './pinyin.ts';
import type { SearchRecord } from './records.ts';
import { termStats, type FieldTermMemo } from './bm25.ts';
import type { HanTokenizer } from './tokenize.ts';
import { deletionVariants, isTypoWord } from './typos.ts';

/**
 * Aim for term shards of about this many bytes of JSON (≈ 4 KB gzip): a query touches a few
 * shards, and the cold budget is 300 KB gzip for everything up to first results. An edit
 * rewrites the shards of the terms it adds or removes (one per term and group), so the
 * smaller they are the less an edit writes (issue 16: ≤ 1 % of the index per edit).
 */
export const TARGET_SHARD_BYTES = 12_000;
/**
 * A shard key is split (its terms filed by a longer key) when they would fill this many shards:
 * a one-character Chinese prefix (`芯`) finds every bigram it starts in its own key's shard
 * until then.
 */
export const SPLIT_SHARDS = 2;
/**
 * A term with more postings than this (all fields) gets its own file, so it never bloats an
 * ordinary shard. Counted in postings, not bytes, so whether a term is hot depends on its own
 * postings only (≈ 12 KB of JSON when the files carried scores, format 2).
 */
export const HOT_TERM_POSTINGS = 1_250;
/** A hot term's names or title postings up to this size are filed apart (≈ 16 KB gzip), read by every query with the term. */
export const HOT_PART_BYTES = 45_000;
/**
 * Deletion files of about this many bytes: a misspelled word of n letters fetches up to n + 1
 * of them (≈ 3 KB gzip each).
 */
export const TARGET_DELETION_BYTES = 8_000;
/** Sound files: ~21,000 ideographs' readings (≈ 90 KB of JSON) in this many files. */
export const SOUND_FILES = 16;

const LEVEL_ORDER = ['international', 'national', 'industry', 'local', 'group', 'municipal', 'district'];

export interface SearchIndex {
  readonly manifest: SearchManifest;
  /** Every file under `/search/`, by path relative to it, as the value to serialize. */
  readonly files: ReadonlyMap<string, unknown>;
}

export interface BuildOptions {
  readonly tokenizer?: HanTokenizer;
  readonly targetShardBytes?: number;
  /** Field terms of the previous build, for a process that builds the index again and again (the live build). */
  readonly memo?: FieldTermMemo;
}

/**
 * The records in doc-number order: by kind, level and year, so facets are ranges of doc numbers
 * (no per-doc bytes), then by path (an edit keeps every doc number; a new or deleted record
 * shifts those after it).
 */
export function sortRecords(records: readonly SearchRecord[]): SearchRecord[] {
  const kindRank = (r: SearchRecord) => SEARCH_KINDS.indexOf(r.doc.kind);
  const levelRank = (r: SearchRecord) => (r.doc.level ? LEVEL_ORDER.indexOf(r.doc.level) : -1);
  return [...records].sort(
    (a, b) =>
      kindRank(a) - kindRank(b) ||
      levelRank(a) - levelRank(b) ||
      (a.doc.year ?? 0) - (b.doc.year ?? 0) ||
      (a.doc.path < b.doc.path ? -1 : a.doc.path > b.doc.path ? 1 : 0),
  );
}

function docRanges(docs: readonly SearchDoc[]): DocRange[] {
  const ranges: DocRange[] = [];
  let previous = '';
  docs.forEach((doc, i) => {
    const key = `${doc.kind}|${doc.level ?? ''}|${doc.year ?? ''}`;
    if (key !== previous) ranges.push([i, doc.kind, doc.level ?? null, doc.year ?? null]);
    previous = key;
  });
  return ranges;
}

/** Flatten postings into delta-coded triples (format.ts `ShardTerm`). */
function encodePostings(list: number[][]): number[] {
  const sorted = [...list].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0));
  const out: number[] = [];
  let field = -1;
  let doc = 0;
  for (const [f = 0, d = 0, s = 0] of sorted) {
    if (f !== field) {
      field = f;
      doc = 0;
    }
    out.push(f, d - doc, s);
    doc = d;
  }
  return out;
}

/** Longest shard key the build may grow to: enough to spread codes and USCCs (all `91110108…` in Haidian). */
const MAX_KEY_LENGTH = 12;

/**
 * Split shard keys whose terms would not fit one shard, one character at a time, until every
 * key's terms fit (or the key is as long as its terms). Without this, the 20,000 compact codes
 * starting `gb` made one names shard of 1.2 MB.
 */
function splitKeys(entries: Readonly<Record<ShardGroup, ShardTerm[]>>, sizeOf: ReadonlyMap<ShardTerm, number>, target: number): Set<string> {
  const splits = new Set<string>();
  // Terms by their current key, per group; a split re-keys only the terms under the split key.
  interface Bucket {
    bytes: number;
    /** Some term is longer than the key (so a longer key would spread them). */
    longer: boolean;
    readonly terms: ShardTerm[];
  }
  const buckets = Object.fromEntries(SHARD_GROUPS.map((group) => [group, new Map<string, Bucket>()])) as Record<ShardGroup, Map<string, Bucket>>;
  const place = (group: ShardGroup, entry: ShardTerm) => {
    const key = shardKey(entry[0], splits);
    let bucket = buckets[group].get(key);
    if (!bucket) buckets[group].set(key, (bucket = { bytes: 0, longer: false, terms: [] }));
    bucket.bytes += sizeOf.get(entry) ?? 0;
    // The key is a prefix of the term: longer in characters iff longer in code units.
    bucket.longer ||= entry[0].length > key.length;
    bucket.terms.push(entry);
  };
  for (const group of SHARD_GROUPS) for (const entry of entries[group]) place(group, entry);
  for (let round = 0; round < MAX_KEY_LENGTH; round++) {
    const added = new Set<string>();
    for (const group of SHARD_GROUPS) {
      for (const [key, bucket] of buckets[group]) if (bucket.bytes > target && bucket.longer && Array.from(key).length < MAX_KEY_LENGTH) added.add(key);
    }
    if (added.size === 0) break;
    for (const key of added) splits.add(key);
    for (const group of SHARD_GROUPS) {
      for (const key of added) {
        const bucket = buckets[group].get(key);
        if (!bucket) continue;
        buckets[group].delete(key);
        for (const entry of bucket.terms) place(group, entry);
      }
    }
  }
  return splits;
}

const GROUP_OF_FIELD: readonly ShardGroup[] = SEARCH_FIELDS.map((f) => f.group);
const TYPO_FIELDS: readonly boolean[] = SEARCH_FIELDS.map((f) => f.name !== 'pinyin' && f.name !== 'sound' && f.name !== 'code');

/** The deletion neighbourhood of the indexed words, filed by variant (format.ts `DeletionShard`). */
function deletionShards(terms: readonly string[]): DeletionShard[] {
  const words = new Map<string, string[]>();
  let bytes = 0;
  for (const term of terms) {
    for (const variant of deletionVariants(term)) {
      let list = words.get(variant);
      if (!list) {
        words.set(variant, (list = []));
        bytes += variant.length + 6;
      }
      list.push(term);
      bytes += term.length + 3;
    }
  }
  const count = words.size === 0 ? 0 : Math.max(1, Math.ceil(bytes / TARGET_DELETION_BYTES));
  const shards: string[][][] = Array.from({ length: count }, () => []);
  for (const [variant, list] of [...words].sort((a, b) => (a[0] < b[0] ? -1 : 1))) shards[hashKey(variant, count)]?.push([variant, ...list.sort()]);
  return shards;
}

/** Each document's field lengths and boost, `chunk` documents per file (format.ts `NormShard`). */
function normShards(records: readonly SearchRecord[], lengths: ReadonlyArray<readonly number[]>, chunk: number): NormShard[] {
  const shards: NormShard[] = [];
  for (let start = 0; start < records.length; start += chunk) {
    const end = Math.min(records.length, start + chunk);
    const boosts: number[] = [];
    const boost = records.slice(start, end).map((record) => {
      const value = record.boost || 1;
      const known = boosts.indexOf(value);
      return known >= 0 ? known : boosts.push(value) - 1;
    });
    shards.push({ lengths: lengths.map((field) => packNumbers(field.slice(start, end))), boosts, boost: packNumbers(boost) });
  }
  return shards;
}

/**
 * The complete index: manifest, term shards, hot-term files, norms, doc chunks, deletion and sound files.
 * @example buildSearchIndex(searchRecords(register)).files.get('manifest.json')
 */
export function buildSearchIndex(input: readonly SearchRecord[], options: BuildOptions = {}): SearchIndex {
  const tokenizer = options.tokenizer ?? 'bigram';
  const target = options.targetShardBytes ?? TARGET_SHARD_BYTES;
  const records = sortRecords(input);
  const docs = records.map((r) => r.doc);
  const { terms, termIndex: numbers, df, postings, lengths, totals } = termStats(records, tokenizer, options.memo?.next(tokenizer));

  // Split each term's postings by group; measure; pick hot terms and shard counts.
  const entries: Record<ShardGroup, ShardTerm[]> = { names: [], text: [] };
  const hotTerms: ShardTerm[] = [];
  const bytes: Record<ShardGroup, number> = { names: 0, text: 0 };
  const sizeOf = new Map<ShardTerm, number>();
  // Words that correct typos: in names, titles or descriptions (a pinyin-only term is a spelling of a name, not a word).
  const typoWords: string[] = [];
  for (const term of terms) {
    const termIndex = numbers[term] ?? 0;
    const all = postings[termIndex] ?? [];
    if (all.length === 0) continue;
    if (isTypoWord(term) && all.some((p) => TYPO_FIELDS[p[0] ?? 0])) typoWords.push(term);
    const frequency = df[termIndex] ?? 0;
    if (all.length > HOT_TERM_POSTINGS) {
      hotTerms.push([term, frequency, []]);
      continue;
    }
    for (const group of SHARD_GROUPS) {
      const mine = all.filter((p) => GROUP_OF_FIELD[p[0] ?? 0] === group);
      if (mine.length === 0) continue;
      const entry: ShardTerm = [term, frequency, encodePostings(mine)];
      const size = JSON.stringify(entry).length;
      entries[group].push(entry);
      sizeOf.set(entry, size);
      bytes[group] += size + 1;
    }
  }

  const splits = splitKeys(entries, sizeOf, target * SPLIT_SHARDS);
  const files = new Map<string, unknown>();
  const shardCounts = {} as Record<ShardGroup, number>;
  for (const group of SHARD_GROUPS) {
    const count = Math.max(1, Math.ceil(bytes[group] / target));
    shardCounts[group] = count;
    const shards: ShardTerm[][] = Array.from({ length: count }, () => []);
    for (const entry of entries[group]) shards[shardOf(entry[0], count, splits)]?.push(entry);
    shards.forEach((shard, n) => files.set(searchPaths.shard(group, n), { terms: shard }));
  }
  // No prototype: a term is data (`constructor`, `__proto__` must be plain keys).
  const hot = hotFileIds(hotTerms.map((entry) => entry[0]));
  const hotParts: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const entry of hotTerms) {
    const [term] = entry;
    const id = hot[term] ?? '';
    let rest = postings[numbers[term] ?? 0] ?? [];
    let parts = '';
    for (const part of HOT_PARTS) {
      const fields = hotPartFields(part);
      const mine = rest.filter((p) => (fields >> (p[0] ?? 0)) & 1);
      if (mine.length === 0) continue;
      const partEntry: ShardTerm = [term, 0, encodePostings(mine)];
      if (JSON.stringify(partEntry).length > HOT_PART_BYTES) continue;
      files.set(searchPaths.hotPart(id, part), { terms: [partEntry] });
      parts += part;
      rest = rest.filter((p) => !((fields >> (p[0] ?? 0)) & 1));
    }
    if (parts) hotParts[term] = parts;
    files.set(searchPaths.hot(id), { terms: [[term, 0, encodePostings(rest)]] });
  }
  const normChunk = normChunkFor(docs.length);
  normShards(records, lengths, normChunk).forEach((shard, n) => files.set(searchPaths.norms(n), shard));
  const hotFrequencies = Object.create(null) as Record<string, number>;
  for (const [term, frequency] of hotTerms) hotFrequencies[term] = frequency;
  const stats: SearchStats = { lengths: totals, hot: hotFrequencies };
  files.set(searchPaths.stats, stats);
  for (let start = 0; start < docs.length || start === 0; start += DOC_CHUNK) {
    files.set(searchPaths.docs(start / DOC_CHUNK), docs.slice(start, start + DOC_CHUNK));
    if (docs.length === 0) break;
  }
  const deletions = deletionShards(typoWords);
  deletions.forEach((shard, n) => files.set(searchPaths.del(n), shard));
  soundShards(SOUND_FILES, (char) => hashKey(char, SOUND_FILES)).forEach((shard, n) => files.set(searchPaths.sound(n), shard));
  const completions = completionShards([entries.names, entries.text], splits);
  completions.forEach((shard, n) => files.set(searchPaths.pre(n), shard));

  const manifest: SearchManifest = {
    version: SEARCH_FORMAT_VERSION,
    tokenizer,
    fields: SEARCH_FIELDS.map((f) => f.name) as SearchField[],
    docCount: docs.length,
    docChunk: DOC_CHUNK,
    normChunk,
    ranges: docRanges(docs),
    shards: shardCounts,
    splits: [...splits].sort(),
    hot,
    hotParts,
    del: deletions.length,
    sound: SOUND_FILES,
    pre: completions.length,
  };
  files.set(searchPaths.manifest, manifest);
  return { manifest, files };
}
