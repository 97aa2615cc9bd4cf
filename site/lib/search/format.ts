/**
 * The static files of the search index, as the build writes them under `/search/` and the
 * query engine reads them. Everything the browser needs is plain JSON; lunr runs only at build
 * time (terms, BM25 weights), and the worker scores the postings itself (postings.ts).
 *
 * - `manifest.json`: fields, shard counts, doc ranges (facets), hot terms.
 * - `names/<n>.json`, `text/<n>.json`: term shards. A term lives in shard
 *   `hash(key(term)) mod count` of its group; `names` holds the name, code and pinyin fields
 *   (small, answers most queries), `text` titles and descriptions (loaded after first paint).
 * - `hot/<termIndex>.json`: one file per very frequent term (北京, 公司, information …), so the
 *   ordinary shards stay small; fetched only when a query has nothing more selective. Its
 *   name-field and title postings, when small enough, are apart in `hot/<termIndex>.n.json` and
 *   `.t.json`: every query with the term reads those, so frequent bigrams of a phrase count.
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

export const SEARCH_FORMAT_VERSION = 2;

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
  readonly ranges: readonly DocRange[];
  readonly shards: Readonly<Record<ShardGroup, number>>;
  /** Shard-key prefixes split one character further (see `shardKey`). */
  readonly splits: readonly string[];
  /** Frequent terms with their own file (`hot/<termIndex>.json`, all fields): term → termIndex. */
  readonly hot: Readonly<Record<string, number>>;
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
 * One term's postings in a shard: `[term, termIndex, postings]`, postings a flat list of
 * `field, docDelta, score×1000` triples sorted by field then doc (doc numbers delta-coded per
 * field, which gzip likes). Scores are lunr's BM25 with field boosts, computed at build time.
 */
export type ShardTerm = readonly [term: string, termIndex: number, postings: readonly number[]];

export interface TermShard {
  readonly terms: readonly ShardTerm[];
}

/** A deletion file: `[variant, word, word…]`, each variant with the indexed words it is a deletion of (or equal to). */
export type DeletionShard = ReadonlyArray<readonly string[]>;

/** A completion file: per split key `[key, term, term…]`, and those terms' postings (both groups). */
export interface CompletionShard extends TermShard {
  readonly keys: ReadonlyArray<readonly string[]>;
}

/** A sound file: `[syllable, characters]`, the characters (of this file) read that way. */
export type SoundShard = ReadonlyArray<readonly [syllable: string, chars: string]>;

/** The parts of a hot term filed apart: names fields, title. The rest (descriptions) stays in `hot/<termIndex>.json`. */
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
  const chars = Array.from(term);
  let length = CJK_START.test(term) ? 1 : 2;
  while (length < chars.length && splits.has(chars.slice(0, length).join(''))) length += 1;
  return chars.slice(0, length).join('');
}

const NO_SPLITS: ReadonlySet<string> = new Set();

/** FNV-1a over UTF-16 code units: stable across Node and browsers. */
export function hashKey(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return count > 0 ? hash % count : 0;
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
  hot: (termIndex: number) => `hot/${termIndex}.json`,
  hotPart: (termIndex: number, part: HotPart) => `hot/${termIndex}.${part}.json`,
  docs: (chunk: number) => `docs/${chunk}.json`,
  del: (n: number) => `del/${n}.json`,
  sound: (n: number) => `sound/${n}.json`,
  pre: (n: number) => `pre/${n}.json`,
} as const;
