/**
 * The static files of the search index, as the build writes them under `/search/` and the
 * query engine reads them. Everything the browser needs is plain JSON. The files carry what
 * lunr's BM25 weights are made of (document and term frequencies, field lengths, boosts), not
 * the weights: the worker computes them as it loads a shard (weights.ts) and scores the
 * postings itself (postings.ts). So an edit of one record changes the files of the terms it
 * gains or loses, its norms file, the length totals and its display chunk, and no other posting (tests/search/editLocality.test.ts).
 *
 * - `manifest.json`: fields, shard counts, doc ranges (facets), hot terms.
 * - `names/<n>.json`, `text/<n>.json`: term shards. A term lives in shard
 *   `hash(key(term)) mod count` of its group; `names` holds the name, code and pinyin fields
 *   (small, answers most queries), `text` titles and descriptions (loaded after first paint).
 * - `hot/<id>.json`: one file per very frequent term (北京, 公司, information …), so the
 *   ordinary shards stay small; fetched only when a query has nothing more selective. Its
 *   name-field and title postings, when small enough, are apart in `hot/<id>.n.json` and
 *   `.t.json`: every query with the term reads those, so frequent bigrams of a phrase count.
 *   The id is a hash of the term (`hotFileIds`): it does not move when other terms come or go.
 * - `norms/<n>.json`: each document's field lengths and boost, in `NORM_FILES` files by doc
 *   number, which the engine weighs the postings with (weights.ts). Read by every query, whole.
 * - `stats.json`: the sum of every field's lengths and the hot terms' document frequencies:
 *   what changes with almost every edit, apart (a few KB), so that an edit rewrites neither the
 *   manifest nor every norms file nor every part of a hot term. Read by every query.
 * - `docs/<n>.json`: display records, `DOC_CHUNK` per file, fetched for the results shown.
 * - `del/<n>.json`: the deletion neighbourhood of every word (SymSpell): each word and its
 *   one-letter deletions, filed by variant, so a misspelled word finds the words within one or
 *   two edits by fetching the few files its own variants hash to, whatever is loaded already.
 * - `pre/<n>.json`: completions of split shard keys (completions.ts): per split key (`xin`), the
 *   shortest terms filed under longer keys, with their postings, so a query that is a split key
 *   completes from one file.
 * - `sound/<n>.json`: toneless pinyin of the CJK Unified Ideographs, filed by character, so a
 *   Chinese query is also matched by its syllables against the names' (homophone typos).
 */
import type { LocaleLike } from '../i18n/localize.ts';
import type { HanTokenizer } from './tokenize.ts';

export const SEARCH_FORMAT_VERSION = 3;

/** Record kinds in the order the results page groups them. */
export const SEARCH_KINDS = ['enterprise', 'standard', 'committee', 'award', 'program'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Indexed fields, their shard group and boost: name and code above title above description. */
export const SEARCH_FIELDS = [
  { name: 'name', group: 'names', boost: 10 },
  { name: 'code', group: 'names', boost: 10 },
  { name: 'pinyin', group: 'names', boost: 6 },
  // Syllable pairs of names (`hua_xin`), matched only by a Chinese query's own syllables.
  { name: 'sound', group: 'names', boost: 3, raw: true },
  { name: 'title', group: 'text', boost: 4 },
  { name: 'description', group: 'text', boost: 1 },
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number]['name'];
export type ShardGroup = (typeof SEARCH_FIELDS)[number]['group'];
export const SHARD_GROUPS: readonly ShardGroup[] = ['names', 'text'];

/** What a result shows: the record's name, code, a second line, and its facets. */
export interface SearchDoc {
  readonly kind: SearchKind;
  /** Language-neutral path, e.g. `/standards/gb-t-39204-2022/`. */
  readonly path: string;
  readonly name: LocaleLike;
  readonly code?: string;
  readonly detail?: LocaleLike;
  readonly level?: string;
  readonly year?: number;
}

/** A run of consecutive doc numbers with the same facets (docs are sorted by kind, level, year). */
export type DocRange = readonly [start: number, kind: SearchKind, level: string | null, year: number | null];

export interface SearchManifest {
  readonly version: typeof SEARCH_FORMAT_VERSION;
  readonly tokenizer: HanTokenizer;
  readonly fields: readonly SearchField[];
  readonly docCount: number;
  readonly docChunk: number;
  /** Documents per `norms/<n>.json` file. */
  readonly normChunk: number;
  readonly ranges: readonly DocRange[];
  readonly shards: Readonly<Record<ShardGroup, number>>;
  /** Shard-key prefixes split one character further (see `shardKey`). */
  readonly splits: readonly string[];
  /** Frequent terms with their own file (`hot/<id>.json`, all fields): term → id. */
  readonly hot: Readonly<Record<string, string>>;
  /** Hot terms' parts filed apart (`n` names fields, `t` title): term → the part letters. */
  readonly hotParts: Readonly<Record<string, string>>;
  /** Number of `del/<n>.json` files (0: no words). */
  readonly del: number;
  /** Number of `sound/<n>.json` files. */
  readonly sound: number;
  /** Number of `pre/<n>.json` files (0 or absent: no split keys). */
  readonly pre?: number;
}

/**
 * One term's postings in a shard: `[term, df, postings]`, postings a flat list of
 * `field, docDelta, tf` triples sorted by field then doc (doc numbers delta-coded per field,
 * which gzip likes). `df` is lunr's document frequency of the term, over every field (not only
 * those of this file): the (field, document) pairs holding it; 0 in a hot term's files, whose
 * df is in `stats.json` (one posting more in its names part changes no other part).
 */
export type ShardTerm = readonly [term: string, df: number, postings: readonly number[]];

export interface TermShard {
  readonly terms: readonly ShardTerm[];
}

/**
 * A norms file: documents `n × normChunk` to `(n + 1) × normChunk − 1` (manifest), as
 * `packNumbers` strings. `lengths[field]` unpacks to each document's length of that field (its
 * number of terms), `boost` to each document's index into `boosts`, its lunr document boost.
 * Packed, a document costs about 8 characters (JSON arrays: 16).
 */
export interface NormShard {
  readonly lengths: readonly string[];
  readonly boosts: readonly number[];
  readonly boost: string;
}

/** Digits of `packNumbers`: 32 that end a number, then 32 that continue it (all plain in JSON and URLs). */
const PACK_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyzWXYZ-_';
/** Digit value by character code (`PACK_DIGITS` are ASCII). */
const PACK_VALUE = new Uint8Array(128);
for (let i = 0; i < PACK_DIGITS.length; i++) PACK_VALUE[PACK_DIGITS.charCodeAt(i)] = i;

/**
 * Whole numbers ≥ 0 as one string: each in base 32, most significant digit first, every digit
 * but the last from the continuing half of `PACK_DIGITS` (0–31 take one character, up to 1,023
 * two, up to 32,767 three).
 * @example packNumbers([0, 12, 31, 32, 1000]) //=> '0CVb0_8'
 */
export function packNumbers(values: readonly number[]): string {
  let out = '';
  for (const value of values) {
    let v = Math.max(0, Math.floor(value));
    let digits = PACK_DIGITS[v % 32] ?? '';
    v = Math.floor(v / 32);
    while (v > 0) {
      digits = (PACK_DIGITS[32 + (v % 32)] ?? '') + digits;
      v = Math.floor(v / 32);
    }
    out += digits;
  }
  return out;
}

/**
 * The numbers of a `packNumbers` string, into `into` from `offset` (at most up to its end).
 * @example unpackNumbers('0CVb0_8', new Int32Array(5)) //=> Int32Array [0, 12, 31, 32, 1000]
 */
export function unpackNumbers<T extends Int32Array | Float64Array>(text: string, into: T, offset = 0): T {
  let at = offset;
  let value = 0;
  for (let i = 0; i < text.length && at < into.length; i++) {
    const digit = PACK_VALUE[text.charCodeAt(i) & 127] ?? 0;
    if (digit >= 32) value = value * 32 + (digit - 32);
    else {
      into[at++] = value * 32 + digit;
      value = 0;
    }
  }
  return into;
}

/** `stats.json`: what the weights need beside the postings and norms (weights.ts). */
export interface SearchStats {
  /** Per field (as the manifest's `fields`), the sum of every document's field length (lunr's average length × `docCount`). */
  readonly lengths: readonly number[];
  /** The hot terms' document frequencies (their files' entries carry 0): term → df. */
  readonly hot: Readonly<Record<string, number>>;
}

/**
 * Norms files, about: every query reads them all (more files, more requests before the first
 * results), an edit rewrites one (bigger files, more bytes per edit). At 18,000 records a file
 * is about 18 KB (0.13 % of the index), at 50,000 about 50 KB (≈ 7 KB gzip).
 */
export const NORM_FILES = 8;

/**
 * Documents per norms file for an index of `docCount` documents: an eighth, rounded up to a
 * multiple of 256 (so that a record more or less seldom moves every file's range).
 * @example normChunkFor(18_100) //=> 2304
 */
export function normChunkFor(docCount: number): number {
  return Math.max(256, Math.ceil(docCount / NORM_FILES / 256) * 256);
}

/** A deletion file: `[variant, word, word…]`, each variant with the indexed words it is a deletion of (or equal to). */
export type DeletionShard = ReadonlyArray<readonly string[]>;

/** A completion file: per split key `[key, term, term…]`, and those terms' postings (both groups). */
export interface CompletionShard extends TermShard {
  readonly keys: ReadonlyArray<readonly string[]>;
}

/** A sound file: `[syllable, characters]`, the characters (of this file) read that way. */
export type SoundShard = ReadonlyArray<readonly [syllable: string, chars: string]>;

/** The parts of a hot term filed apart: names fields, title. The rest (descriptions) stays in `hot/<id>.json`. */
export type HotPart = 'n' | 't';
export const HOT_PARTS: readonly HotPart[] = ['n', 't'];

/** Field numbers of a hot part, as a bit mask. */
export function hotPartFields(part: HotPart): number {
  let mask = 0;
  SEARCH_FIELDS.forEach((f, i) => {
    if (part === 'n' ? f.group === 'names' : f.name === 'title') mask |= 1 << i;
  });
  return mask;
}

/** Separator of the two syllables of a `sound` term: never produced by the tokenizer. */
export const SOUND_JOINER = '_';

/** Documents per `docs/<n>.json` file: small, because a result page touches a few dozen docs spread over the whole range. */
export const DOC_CHUNK = 64;

const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The shard key of a term: its first character for CJK (so a one-character prefix query needs
 * one shard), its first two characters otherwise, one character longer for every key the build
 * split because its terms outgrew a shard (20,000 codes all start `gb…`).
 * @example shardKey('gbt392042022', new Set(['gb', 'gbt'])) //=> 'gbt3'
 */
export function shardKey(term: string, splits: ReadonlySet<string> = NO_SPLITS): string {
  // Code units are characters unless the term has a surrogate pair (most terms: no copy needed).
  if (!SURROGATE.test(term)) {
    let length = CJK_START.test(term) ? 1 : 2;
    while (length < term.length && splits.has(term.slice(0, length))) length += 1;
    return term.slice(0, length);
  }
  const chars = Array.from(term);
  let length = CJK_START.test(term) ? 1 : 2;
  while (length < chars.length && splits.has(chars.slice(0, length).join(''))) length += 1;
  return chars.slice(0, length).join('');
}

const NO_SPLITS: ReadonlySet<string> = new Set();
const SURROGATE = /[\uD800-\uDFFF]/;

/** FNV-1a over UTF-16 code units: stable across Node and browsers. */
function fnv1a(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A key's file among `count` (FNV-1a modulo `count`). */
export function hashKey(key: string, count: number): number {
  return count > 0 ? fnv1a(key) % count : 0;
}

/**
 * The shard of a term. A prefix query lands in the shard of every term it can expand to,
 * unless the prefix is itself a split key (a two-letter prefix of thousands of codes); then it
 * expands over the terms already loaded only.
 */
export function shardOf(term: string, count: number, splits: ReadonlySet<string> = NO_SPLITS): number {
  return hashKey(shardKey(term, splits), count);
}

/** Paths of the index files, relative to the search root (`/search/`). */
export const searchPaths = {
  manifest: 'manifest.json',
  shard: (group: ShardGroup, n: number) => `${group}/${n}.json`,
  hot: (id: string) => `hot/${id}.json`,
  hotPart: (id: string, part: HotPart) => `hot/${id}.${part}.json`,
  norms: (n: number) => `norms/${n}.json`,
  stats: 'stats.json',
  docs: (chunk: number) => `docs/${chunk}.json`,
  del: (n: number) => `del/${n}.json`,
  sound: (n: number) => `sound/${n}.json`,
  pre: (n: number) => `pre/${n}.json`,
} as const;

/**
 * The file ids of the hot terms: the term's FNV-1a hash in base 36, so a term keeps its file
 * when other terms become hot or stop being hot. Two terms with the same hash (rare: a few
 * hundred hot terms in 2³² values) take the next free value, in term order.
 * @example hotFileIds(['北京'])['北京'] //=> '8653ym'
 */
export function hotFileIds(terms: readonly string[]): Record<string, string> {
  const ids = Object.create(null) as Record<string, string>;
  const taken = new Set<string>();
  for (const term of [...terms].sort()) {
    let hash = fnv1a(term);
    let id = hash.toString(36);
    while (taken.has(id)) id = (hash = (hash + 1) >>> 0).toString(36);
    taken.add(id);
    ids[term] = id;
  }
  return ids;
}
