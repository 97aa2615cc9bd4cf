/**
 * The query engine: the same module runs in the browser's search worker and in Node (the
 * relevance suite, the benchmark). It fetches the static index files it needs through
 * `fetchJson`, keeps the term shards loaded so far (postings.ts scores them as lunr would), and
 * answers:
 *
 * 1. a standard code (`gbt39204`, `ＧＢ／Ｔ　３９２０４`, `JR/T 146-`) → the code's compact keys
 *    (a prefix when undated), newest edition first;
 * 2. otherwise every query term required (CJK bigrams, words, the word being typed as a prefix),
 *    the documents holding most of the query in one name, code or title field first;
 * 3. when that finds less than a page: every term optional, ranked by how many clauses match,
 *    with the words within one or two edits of a misspelled word (the deletion files) and the
 *    names that sound like a Chinese query (its characters' syllables against the names').
 *
 * Which files a query reads depends on the query and the manifest only, and a term counts only
 * when its own file was read for this query: the first query of a fresh engine and the same
 * query on a warm one give the same answer.
 *
 * No query-string parser is involved (lunr's `idx.search('ISO/IEC 30141:2018')` throws):
 * clauses are built from the tokenizer's terms.
 */
import { compactCode, parseStandardCode, type StandardCode } from '../domain/standardCode.ts';
import {
  HOT_PARTS,
  SEARCH_KINDS,
  SOUND_JOINER,
  hashKey,
  hotPartFields,
  searchPaths,
  shardKey,
  shardOf,
  type DeletionShard,
  type DocRange,
  type HotPart,
  type NormShard,
  type SearchStats,
  type SearchDoc,
  type SearchKind,
  type CompletionShard,
  type SearchManifest,
  type SoundShard,
  type TermShard,
} from './format.ts';
import { PostingStore, type Clause, type Matches } from './postings.ts';
import { normWeights, type TermWeights } from './weights.ts';
import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS, indexTerms, queryTerms, textRuns, type QueryTerm } from './tokenize.ts';
import { editDistance } from '../domain/editDistance.ts';
import { deletionVariants, isTypoWord, typoBudget } from './typos.ts';

/** Where index files come from: `fetch` in the browser, the file system or memory in Node. */
export type FetchJson = (path: string) => Promise<unknown>;

export interface SearchFilters {
  readonly kind?: SearchKind | undefined;
  readonly level?: string | undefined;
  readonly year?: number | undefined;
}

export interface SearchHit {
  readonly ref: number;
  readonly kind: SearchKind;
  readonly level: string | null;
  readonly year: number | null;
}

export interface ShownHit extends SearchHit {
  readonly doc: SearchDoc;
}

export interface ResultGroup {
  readonly kind: SearchKind;
  readonly total: number;
  readonly hits: readonly ShownHit[];
}

export type FacetCounts = ReadonlyArray<readonly [value: string, count: number]>;

export interface SearchResponse {
  readonly query: string;
  /** Matches after filters. */
  readonly total: number;
  readonly groups: readonly ResultGroup[];
  /** Counts per facet value, each counted with the other facets' filters applied. */
  readonly facets: { readonly kind: FacetCounts; readonly level: FacetCounts; readonly year: FacetCounts };
  /** No record matched every term: these are near matches (typos, partial matches). */
  readonly approximate: boolean;
  /** False for the early answer from names only, before the full-text shards arrived. */
  readonly complete: boolean;
}

export interface SearchOptions {
  readonly filters?: SearchFilters;
  /** Results shown per kind (docs are fetched only for these). */
  readonly perKind?: number;
  /** Called with an early answer from the name shards, before full text loads. */
  readonly onPartial?: (response: SearchResponse) => void;
}

/** Fewer strict matches than this (a page) and the typo-tolerant stage joins in, after them. */
export const FEW_RESULTS = 10;
/** Weight of a frequent term the strict stage does not require (it still counts, a little). */
const HOT_BOOST = 0.5;
/** Candidates reordered by the text they show (see `rerank`). */
const RERANK = 24;
/** Near matches kept: enough to fill a page, not every doc sharing one bigram. */
const NEAR_LIMIT = 50;
/** Queries longer than this are not standard codes (saves the parser from pastes). */
const MAX_CODE_LENGTH = 48;
/** Words a misspelled word may stand for, closest first. */
const MAX_CANDIDATES = 16;
/** Readings per character tried for its sound (多音字). */
const MAX_READINGS = 2;
/** Weight of a typo candidate or a sound pair against the exact term (below it: exact first). */
const NEAR_BOOST = 0.5;
/**
 * Bigrams a one-character Chinese prefix (`芯`) expands to, at most. Its bigrams are all two
 * characters long, so "the shortest completions first" would keep the first 24 in code-point
 * order (`芯片`, `芯千` … but never `芯睿`): all of them count, ranked by score. At 50,000
 * records a character starts at most ~120 bigrams (all in the character's own shard).
 */
const MAX_HAN_EXPANSIONS = 512;
/** One CJK character. */
const HAN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
/** What a code query may end in while being typed: `JR/T 146-`, `ISO 9001:`. */
const TRAILING_SEPARATORS = /[\s\-—–_:：/.．／]+$/u;

interface Plan {
  readonly clauses: Clause[];
  /** The query's terms (for the relaxed stage); empty for a code. */
  readonly terms: readonly QueryTerm[];
  /** Clauses of a code's relaxed stage (the undated code as a prefix). */
  readonly codeRelaxed?: Clause[];
  /** Set for a standard-code query: compact keys, edition ordering. */
  readonly code?: { readonly undated: string };
  /** Files per loading step: names first, then full text. */
  readonly files: { readonly names: string[]; readonly text: string[] };
  /** Every file this plan reads (a term counts only when its file is among them). */
  readonly read: Set<string>;
  /** Words a misspelled query word was taken for (filled by the relaxed stage). */
  readonly alternatives: Map<string, readonly string[]>;
  /** Sound pairs a query bigram was read as (filled by the relaxed stage). */
  readonly sounds: Map<string, readonly string[]>;
}

/** Delays before the second and third attempt at an index file (a dropped request, a busy CDN). */
export const RETRY_DELAYS_MS: readonly number[] = [150, 600];

/** `fetchJson` that tries each file up to three times before it gives up. */
function withRetries(fetchJson: FetchJson): FetchJson {
  return async (path) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await fetchJson(path);
      } catch (error) {
        const delay = RETRY_DELAYS_MS[attempt];
        if (delay === undefined) throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}

/** Drop a cached promise when it rejects, so the next query fetches again instead of failing forever. */
function forgetOnFailure<K>(cache: Map<K, Promise<unknown>>, key: K, pending: Promise<unknown>): void {
  pending.catch(() => {
    if (cache.get(key) === pending) cache.delete(key);
  });
}

/** What a result shows, as the rerank compares it: its terms, and its texts without separators (all; the short names). */
interface ShownText {
  readonly words: Set<string>;
  readonly compact: string[];
  readonly short: string[];
}

/** Folded text without separators, to find a query inside a name as one phrase. */
/** Levels whose prefixes come mandatory, recommended (`/T`) and guidance (`/Z`): GB, YD, DB11 … */
const SIBLING_LEVELS: ReadonlySet<string> = new Set(['national', 'industry', 'local']);

/**
 * Compact undated keys of the same number under the sibling prefixes of a Chinese code:
 * `GB 39204` → `gbt39204`, `gbz39204`; `YD/T 1171` → `yd1171`, `ydz1171`.
 * @example siblingPrefixKeys(parseStandardCode('GB 39204')!) //=> ['gbt39204', 'gbz39204']
 */
export function siblingPrefixKeys(code: StandardCode): string[] {
  if (!SIBLING_LEVELS.has(code.level) || code.kind !== 'standard') return [];
  const base = code.prefix.replace(/\s*\/\s*[TZ]?$/i, '').trim();
  if (!/^[A-Z]+\d*$/i.test(base)) return [];
  const own = code.compactUndated;
  return [base, `${base}/T`, `${base}/Z`].map((prefix) => compactCode(`${prefix} ${code.number}`)).filter((key) => key !== own);
}

function compactText(text: string): string {
  return textRuns(text)
    .map((r) => r.text)
    .join('');
}

export class SearchEngine {
  private readonly loaded = new Map<string, Promise<void>>();
  private readonly postings: PostingStore;
  private readonly docChunks = new Map<number, Promise<SearchDoc[]>>();
  private readonly hotParts: ReadonlyMap<string, string>;
  private readonly hotKeys: string[];
  /** Term → hot file id: a Map, because a query term is data (`constructor` is no key of the index). */
  private readonly hot: ReadonlyMap<string, string>;
  /** The postings' weights, once every norms file is in (the first shard loaded asks for them). */
  private weights: Promise<TermWeights> | undefined;
  private readonly fetchJson: FetchJson;
  private readonly splits: ReadonlySet<string>;
  /** Deletion files by number: variant → words. */
  private readonly deletions = new Map<number, Promise<Map<string, readonly string[]>>>();
  /** Sound files by number: character → syllables. */
  private readonly sounds = new Map<number, Promise<Map<string, string[]>>>();
  private readonly shown = new Map<number, ShownText>();
  /** Completion files read so far: path → split key → its completions. */
  private readonly completions = new Map<string, ReadonlyMap<string, readonly string[]>>();
  private lastHits: { query: string; hits: SearchHit[]; approximate: boolean } | undefined;

  private constructor(
    readonly manifest: SearchManifest,
    fetchJson: FetchJson,
  ) {
    this.fetchJson = withRetries(fetchJson);
    // A Map, so a query term such as `constructor` is never read off a prototype.
    this.hot = new Map(Object.entries(manifest.hot));
    this.hotParts = new Map(Object.entries(manifest.hotParts ?? {}));
    this.hotKeys = [...this.hot.keys()];
    this.splits = new Set(manifest.splits);
    this.postings = new PostingStore(manifest.docCount);
  }

  /**
   * Open the index: fetch the manifest (about a kilobyte per thousand facet ranges), and start
   * on the norms every query needs (the worker opens the engine when the box gets focus).
   */
  static async open(fetchJson: FetchJson): Promise<SearchEngine> {
    const manifest = (await fetchJson(searchPaths.manifest)) as SearchManifest;
    const engine = new SearchEngine(manifest, fetchJson);
    // A failure is the first query's to retry (loadWeights forgets a failed attempt).
    engine.loadWeights().catch(() => undefined);
    return engine;
  }

  /** Search; never throws for any input (empty, huge, emoji, lunr syntax): at worst no results. */
  async search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const plan = this.plan(query);
    if (!plan) return this.present(query, [], false, true, options);
    const cached = this.lastHits?.query === query ? this.lastHits : undefined;
    if (cached) return this.present(query, cached.hits, cached.approximate, true, options);

    await this.load(plan.files.names);
    if (options.onPartial && plan.files.text.some((f) => !this.loaded.has(f))) {
      const early = this.strict(plan);
      if (early.length > 0) options.onPartial(await this.present(query, early, false, false, options));
    }
    await this.load(plan.files.text);
    const { hits, approximate } = await this.rank(plan, query);
    this.lastHits = { query, hits, approximate };
    return this.present(query, hits, approximate, true, options);
  }

  /**
   * All matches of a query in rank order (for tests and the benchmark). `strictOnly`: only the
   * every-term-required stage, without typo fallbacks (to measure a tokenizer on its own).
   */
  async rankedRefs(query: string, { strictOnly = false } = {}): Promise<SearchHit[]> {
    const plan = this.plan(query);
    if (!plan) return [];
    await this.load([...plan.files.names, ...plan.files.text]);
    return strictOnly ? this.strict(plan) : (await this.rank(plan, query)).hits;
  }

  /** The facets of a doc number, from the sorted ranges (binary search). */
  facetsOf(ref: number): SearchHit {
    const ranges = this.manifest.ranges;
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((ranges[mid]?.[0] ?? 0) <= ref) lo = mid;
      else hi = mid - 1;
    }
    const range: DocRange = ranges[lo] ?? [0, 'enterprise', null, null];
    return { ref, kind: range[1], level: range[2], year: range[3] };
  }

  /** Display records for doc numbers (fetched in chunks, cached). */
  async docs(refs: readonly number[]): Promise<Map<number, SearchDoc>> {
    const chunkSize = this.manifest.docChunk;
    const chunks = [...new Set(refs.map((r) => Math.floor(r / chunkSize)))];
    await Promise.all(chunks.map((c) => this.chunk(c)));
    const out = new Map<number, SearchDoc>();
    for (const ref of refs) {
      const doc = (await this.chunk(Math.floor(ref / chunkSize)))[ref % chunkSize];
      if (doc) out.set(ref, doc);
    }
    return out;
  }

  private chunk(n: number): Promise<SearchDoc[]> {
    let chunk = this.docChunks.get(n);
    if (!chunk) {
      chunk = this.fetchJson(searchPaths.docs(n)).then((d) => d as SearchDoc[]);
      this.docChunks.set(n, chunk);
      forgetOnFailure(this.docChunks, n, chunk);
    }
    return chunk;
  }

  // ---- planning -------------------------------------------------------------------------

  /** A standard code, also while being typed: `JR/T 146-` is `JR/T 146` as a prefix. */
  private codeOf(trimmed: string): StandardCode | undefined {
    if (trimmed.length > MAX_CODE_LENGTH) return undefined;
    const code = parseStandardCode(trimmed);
    if (code || !TRAILING_SEPARATORS.test(trimmed)) return code;
    return parseStandardCode(trimmed.replace(TRAILING_SEPARATORS, ''));
  }

  private plan(query: string): Plan | undefined {
    const trimmed = query.trim();
    if (trimmed === '') return undefined;
    const code = this.codeOf(trimmed);
    if (code) {
      const clauses: Clause[] =
        code.year === undefined
          ? [{ term: code.compactUndated, prefix: true, word: true, required: true }]
          : [{ term: code.compact, prefix: false, word: true, required: true }];
      // Near matches: every edition, and the same number under the sibling prefix people mix up
      // (`GB 39204` for `GB/T 39204`, `DB11 1918` for `DB11/T 1918`): any of them.
      const codeRelaxed: Clause[] = [code.compactUndated, ...siblingPrefixKeys(code)].map((term) => ({ term, prefix: true, word: true, required: false }));
      const files = this.filesFor([...clauses, ...codeRelaxed], true);
      return {
        clauses,
        terms: [],
        codeRelaxed,
        code: { undated: code.compactUndated },
        files,
        read: new Set([...files.names, ...files.text]),
        alternatives: new Map(),
        sounds: new Map(),
      };
    }
    const terms = queryTerms(trimmed, this.manifest.tokenizer);
    if (terms.length === 0) return undefined;
    const clauses = this.strictClauses(terms);
    const files = this.filesFor([...clauses, ...terms.map((t) => ({ ...t, required: false }))], terms.length === 1);
    return { clauses, terms, files, read: new Set([...files.names, ...files.text]), alternatives: new Map(), sounds: new Map() };
  }

  private isHot(clause: Clause): boolean {
    return !clause.prefix && this.hot.has(clause.term);
  }

  private hotExpansions(prefix: string): string[] {
    return this.hotKeys.filter((k) => k.startsWith(prefix));
  }

  /**
   * Every term required, except that very frequent terms (北京, 公司 …) are left out when the
   * query has something more selective: they would cost a big file and select almost nothing.
   */
  private strictClauses(terms: readonly QueryTerm[]): Clause[] {
    const clauses: Clause[] = terms.map((t) => ({ term: t.term, prefix: t.prefix, word: t.word, required: true }));
    const selective = clauses.filter((c) => !this.isHot(c));
    if (selective.length === 0) return clauses;
    const frequent = clauses.filter((c) => this.isHot(c)).map((c) => ({ ...c, required: false, boost: HOT_BOOST }));
    return [...selective.map((c) => (c.prefix && selective.length > 1 && this.hotExpansions(c.term).length > 0 ? { ...c, required: false } : c)), ...frequent];
  }

  /** A hot term's files: its names and title parts, and with `full` the rest (descriptions). */
  private hotFiles(term: string, full: boolean): string[] {
    const index = this.hot.get(term);
    if (index === undefined) return [];
    const parts = [...(this.hotParts.get(term) ?? '')].filter((p): p is HotPart => (HOT_PARTS as readonly string[]).includes(p));
    return [...parts.map((p) => searchPaths.hotPart(index, p)), ...(full ? [searchPaths.hot(index)] : [])];
  }

  /** Files of the clauses: each term's names and text shard; hot files only for required or lone clauses. */
  private filesFor(clauses: readonly Clause[], single: boolean): Plan['files'] {
    const names = new Set<string>();
    const text = new Set<string>();
    const hot = new Set<string>();
    const { shards } = this.manifest;
    for (const clause of clauses) {
      for (const file of this.hotFiles(clause.term, clause.required || single)) hot.add(file);
      if (clause.prefix && (single || clause.required))
        for (const k of this.hotExpansions(clause.term)) for (const file of this.hotFiles(k, true)) hot.add(file);
      names.add(searchPaths.shard('names', shardOf(clause.term, shards.names, this.splits)));
      text.add(searchPaths.shard('text', shardOf(clause.term, shards.text, this.splits)));
      const pre = this.completionFile(clause);
      if (pre && (single || clause.required)) names.add(pre);
    }
    return { names: [...names, ...hot], text: [...text] };
  }

  /** The completion file of a prefix that is itself a split shard key (`xin`), if any (completions.ts). */
  private completionFile(clause: Clause): string | undefined {
    const count = this.manifest.pre ?? 0;
    if (!clause.prefix || count === 0 || !this.splits.has(shardKey(clause.term, this.splits))) return undefined;
    return searchPaths.pre(hashKey(clause.term, count));
  }

  /** A split key's completions, when this plan read its completion file. */
  private completionsOf(plan: Plan, clause: Clause): ReadonlySet<string> {
    const file = this.completionFile(clause);
    return new Set(file && plan.read.has(file) ? (this.completions.get(file)?.get(clause.term) ?? []) : []);
  }

  /** Whether a term's postings were read for this plan (its hot file or a part of it, or its names shard). */
  private planned(plan: Plan, term: string): boolean {
    const hotIndex = this.hot.get(term);
    if (hotIndex !== undefined) return this.hotFiles(term, true).some((f) => plan.read.has(f));
    return plan.read.has(searchPaths.shard('names', shardOf(term, this.manifest.shards.names, this.splits)));
  }

  /** The fields a hot term's read parts cover, when its main file was not read (undefined: all fields). */
  private readFields(plan: Plan, term: string): number | undefined {
    const index = this.hot.get(term);
    if (index === undefined || plan.read.has(searchPaths.hot(index))) return undefined;
    let mask = 0;
    for (const part of HOT_PARTS) if (plan.read.has(searchPaths.hotPart(index, part))) mask |= hotPartFields(part);
    return mask;
  }

  /**
   * A clause with its index terms chosen from what this plan read: a prefix expands to the
   * terms filed under the prefix's own shard key (or hot and read), never to terms that other
   * queries happened to load.
   */
  private resolve(plan: Plan, clause: Clause): Clause {
    let terms: string[];
    if (clause.terms) terms = clause.terms.filter((t) => this.planned(plan, t));
    else if (!clause.prefix) terms = this.planned(plan, clause.term) ? [clause.term] : [];
    else {
      const key = shardKey(clause.term, this.splits);
      // A split key (`xin`) completes to the terms of its completion file, when read.
      const completions = this.completionsOf(plan, clause);
      terms = this.postings.expand(
        clause.term,
        (t) => (this.hot.has(t) ? this.planned(plan, t) : (shardKey(t, this.splits) === key && this.planned(plan, t)) || completions.has(t)),
        clause.word ? undefined : MAX_HAN_EXPANSIONS,
      );
    }
    const fieldsOf = new Map<string, number>();
    for (const t of terms) {
      const mask = this.readFields(plan, t);
      if (mask !== undefined) fieldsOf.set(t, mask);
    }
    return { ...clause, terms, ...(fieldsOf.size > 0 ? { fieldsOf } : {}) };
  }

  // ---- loading --------------------------------------------------------------------------

  private load(paths: readonly string[]): Promise<unknown> {
    return Promise.all(
      paths.map((path) => {
        let done = this.loaded.get(path);
        if (!done) {
          // The norms come with the first shards; a shard is added as it arrives, weighed when a query uses its terms.
          done = Promise.all([
            this.fetchJson(path).then((shard) => {
              this.postings.add(shard as TermShard);
              const keys = (shard as Partial<CompletionShard>).keys;
              if (keys) this.completions.set(path, new Map(keys.map((row) => [row[0] ?? '', row.slice(1)])));
            }),
            this.loadWeights(),
          ]).then(() => undefined);
          this.loaded.set(path, done);
          // A file that failed (after its retries) fails this query only: the next one asks again.
          forgetOnFailure(this.loaded, path, done);
        }
        return done;
      }),
    );
  }

  /** Every norms file (read by the first query, with its shards), as the postings' weights. */
  private loadWeights(): Promise<TermWeights> {
    if (!this.weights) {
      const { docCount, normChunk } = this.manifest;
      const count = normChunk > 0 ? Math.ceil(docCount / normChunk) : 0;
      const pending = Promise.all([this.fetchJson(searchPaths.stats), ...Array.from({ length: count }, (_, n) => this.fetchJson(searchPaths.norms(n)))]).then(
        ([totals, ...norms]) => {
          const weights = normWeights(this.manifest, totals as SearchStats, norms as NormShard[]);
          this.postings.useWeights(weights);
          return weights;
        },
      );
      this.weights = pending;
      pending.catch(() => {
        if (this.weights === pending) this.weights = undefined;
      });
    }
    return this.weights;
  }

  private deletionFile(n: number): Promise<Map<string, readonly string[]>> {
    let file = this.deletions.get(n);
    if (!file) {
      file = this.fetchJson(searchPaths.del(n)).then((rows) => new Map((rows as DeletionShard).map((row) => [row[0] ?? '', row.slice(1)])));
      this.deletions.set(n, file);
      forgetOnFailure(this.deletions, n, file);
    }
    return file;
  }

  private soundFile(n: number): Promise<Map<string, string[]>> {
    let file = this.sounds.get(n);
    if (!file) {
      file = this.fetchJson(searchPaths.sound(n)).then((rows) => {
        const byChar = new Map<string, string[]>();
        for (const [syllable, chars] of rows as SoundShard) for (const char of chars) byChar.set(char, [...(byChar.get(char) ?? []), syllable]);
        return byChar;
      });
      this.sounds.set(n, file);
      forgetOnFailure(this.sounds, n, file);
    }
    return file;
  }

  /** Indexed words within the typo budget of a word, closest first (then shortest, then alphabetical). */
  private async typoCandidates(word: string): Promise<string[]> {
    const count = this.manifest.del;
    if (count === 0) return [];
    const variants = deletionVariants(word);
    const files = await Promise.all([...new Set(variants.map((v) => hashKey(v, count)))].map((n) => this.deletionFile(n).then((file) => [n, file] as const)));
    const byNumber = new Map(files);
    const budget = typoBudget(word);
    const found = new Map<string, number>();
    for (const variant of variants) {
      for (const candidate of byNumber.get(hashKey(variant, count))?.get(variant) ?? []) {
        if (found.has(candidate) || candidate === word) continue;
        const distance = editDistance(word, candidate, budget);
        if (distance <= budget) found.set(candidate, distance);
      }
    }
    return [...found]
      .sort((a, b) => a[1] - b[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_CANDIDATES)
      .map(([w]) => w);
  }

  /**
   * Sound pairs (`hua_xin`) of the query's Chinese runs where one of the characters' own bigrams
   * is in no record (the wrong character of a homophone typo breaks its two bigrams), through
   * the sound files: per bigram, the pairs it may be read as.
   */
  private async soundPairs(terms: readonly QueryTerm[], query: string): Promise<Array<readonly [bigram: string, pairs: string[]]>> {
    const runs = textRuns(Array.from(query).slice(0, MAX_QUERY_LENGTH).join(''))
      .filter((r) => r.cjk)
      .map((r) => Array.from(r.text))
      .filter((chars) => chars.length >= 2);
    if (runs.length === 0 || this.manifest.sound === 0 || terms.length === 0) return [];
    const count = this.manifest.sound;
    const readings = async (char: string) => ((await this.soundFile(hashKey(char, count))).get(char) ?? []).slice(0, MAX_READINGS);
    const pairs: Array<readonly [string, string[]]> = [];
    const seen = new Set<string>();
    const known = new Set(terms.map((t) => t.term));
    for (const chars of runs) {
      const broken = this.broken(chars, known);
      if (!broken.includes(true)) continue;
      // Every pair of the run by its sound, not only the broken ones: a name read like the whole
      // query (永立通信 for 永力通信) then outranks texts that hold the other bigrams by chance
      // (服务能力 通用要求 holds 力通 across its space).
      const read = await Promise.all(chars.map((c) => readings(c)));
      for (let i = 0; i + 1 < chars.length; i++) {
        if (!known.has(`${chars[i]}${chars[i + 1]}`)) continue;
        const options = (read[i] ?? []).flatMap((a) => (read[i + 1] ?? []).map((b) => `${a}${SOUND_JOINER}${b}`));
        const key = options.join();
        if (options.length > 0 && !seen.has(key) && pairs.length < MAX_QUERY_TERMS) {
          seen.add(key);
          pairs.push([`${chars[i]}${chars[i + 1]}`, options]);
        }
      }
    }
    return pairs;
  }

  /**
   * Per character of a run, whether the bigram it starts is in no record. Only a query term
   * (`known`) can tell, its shard being read for the query; a bigram past the term limit is
   * not broken, whatever earlier queries loaded.
   */
  private broken(chars: readonly string[], known: ReadonlySet<string>): boolean[] {
    return chars.map((c, i) => {
      const bigram = `${c}${chars[i + 1] ?? ''}`;
      return i + 1 < chars.length && known.has(bigram) && !this.hot.has(bigram) && !this.postings.has(bigram);
    });
  }

  /**
   * Characters that start a broken bigram of the query's Chinese runs (and end no whole one),
   * where the bigram is not a homophone either (no name reads like it), as prefix clauses: the
   * character anywhere. `诺数据` (诺凯数据 with a character left out) breaks 诺数, and 诺 still
   * tells 诺凯数据 from the other …数据. Their shard is the broken bigram's, read.
   */
  private loneChars(plan: Plan, query: string): Clause[] {
    const out: Clause[] = [];
    const known = new Set(plan.terms.map((t) => t.term));
    for (const run of textRuns(Array.from(query).slice(0, MAX_QUERY_LENGTH).join(''))) {
      const chars = Array.from(run.text);
      if (!run.cjk || chars.length < 2) continue;
      const broken = this.broken(chars, known);
      chars.forEach((c, i) => {
        const heard = (plan.sounds.get(`${c}${chars[i + 1] ?? ''}`) ?? []).some((pair) => this.postings.has(pair));
        if (broken[i] && (i === 0 || broken[i - 1]) && !heard && out.length < MAX_QUERY_TERMS)
          out.push({ term: c, prefix: true, word: false, required: false, boost: NEAR_BOOST });
      });
    }
    return out;
  }

  // ---- ranking --------------------------------------------------------------------------

  private strict(plan: Plan): SearchHit[] {
    const clauses = plan.clauses.map((c) => this.resolve(plan, c));
    const matches = this.postings.match(clauses, plan.code ? 'score' : 'coverage');
    const hits = matches.refs.map((ref) => this.facetsOf(ref));
    return plan.code ? this.editionOrder(matches, hits, plan.code.undated) : hits;
  }

  /** Standards of the queried code first, newest edition first; then the rest by score. */
  private editionOrder(matches: Matches, hits: SearchHit[], undated: string): SearchHit[] {
    const family = matches.terms.has(undated) ? this.postings.docsWith(undated) : new Set<number>();
    const rank = new Map(hits.map((h, i) => [h.ref, i]));
    return [...hits].sort((a, b) => {
      const fa = family.has(a.ref) ? 0 : 1;
      const fb = family.has(b.ref) ? 0 : 1;
      return fa - fb || (fa === 0 ? (b.year ?? 0) - (a.year ?? 0) : 0) || (rank.get(a.ref) ?? 0) - (rank.get(b.ref) ?? 0);
    });
  }

  /**
   * The relaxed clauses: every query term optional (hot ones only if their file was read),
   * each misspelled word's candidates, each sound pair of the Chinese runs. Loads the files
   * those need: deletion and sound files first, then the candidates' shards.
   */
  private async relaxedClauses(plan: Plan, query: string): Promise<Clause[]> {
    const clauses: Clause[] = plan.terms.map((t) => ({
      term: t.term,
      prefix: t.prefix,
      word: t.word,
      required: false,
      ...(this.isHot({ ...t, required: false }) ? { boost: HOT_BOOST } : {}),
    }));
    const misspelled = plan.terms.filter(
      (t) =>
        t.word &&
        isTypoWord(t.term) &&
        !this.hot.has(t.term) &&
        !(this.resolve(plan, { ...t, required: false }).terms ?? []).some((term) => this.postings.has(term)),
    );
    const [candidates, sounds] = await Promise.all([Promise.all(misspelled.map((t) => this.typoCandidates(t.term))), this.soundPairs(plan.terms, query)]);
    candidates.forEach((words, i) => plan.alternatives.set(misspelled[i]?.term ?? '', words));
    for (const [bigram, pairs] of sounds) plan.sounds.set(bigram, pairs);
    const extra: Clause[] = [
      ...candidates
        .filter((c) => c.length > 0)
        .map((terms, i): Clause => ({ term: misspelled[i]?.term ?? '', prefix: false, word: true, required: false, boost: NEAR_BOOST, terms })),
      ...sounds.map(([, terms]): Clause => ({ term: terms[0] ?? '', prefix: false, word: false, required: false, boost: NEAR_BOOST, terms })),
    ];
    const files = new Set<string>();
    const { shards } = this.manifest;
    for (const clause of extra) {
      for (const term of clause.terms ?? []) {
        if (this.hot.has(term)) for (const file of this.hotFiles(term, true)) files.add(file);
        else {
          files.add(searchPaths.shard('names', shardOf(term, shards.names, this.splits)));
          if (clause.word) files.add(searchPaths.shard('text', shardOf(term, shards.text, this.splits)));
        }
      }
    }
    for (const file of files) plan.read.add(file);
    await this.load([...files]);
    return [...clauses, ...extra, ...this.loneChars(plan, query)].map((c) => this.resolve(plan, c));
  }

  /**
   * The best `RERANK` candidates reordered by the text they show (name, short name, code):
   * an enterprise's short name beginning with the whole query first, then any shown text holding it, then the most query terms in it (every bigram counts here,
   * the frequent ones the index stage leaves out included; a typo's candidate word or a
   * completed prefix half). Then the index order. Reads the display records, which the
   * results need anyway.
   */
  private async rerank(plan: Plan, query: string, hits: SearchHit[]): Promise<SearchHit[]> {
    if (plan.code || plan.terms.length < 1 || hits.length < 2) return hits;
    const head = hits.slice(0, RERANK);
    const docs = await this.docs(head.map((h) => h.ref));
    const phrase = compactText(Array.from(query).slice(0, MAX_QUERY_LENGTH).join(''));
    const alternatives = plan.alternatives;
    // Docs holding each sound pair (a bigram read like the name's: a homophone typo).
    const soundDocs = new Map([...plan.sounds].map(([bigram, pairs]) => [bigram, pairs.map((p) => this.postings.docsWith(p))]));
    const han = [...new Set(Array.from(phrase).filter((c) => HAN.test(c)))];
    const scored = head.map((hit, index) => {
      const shown = this.shownText(hit.ref, docs.get(hit.ref));
      const words = shown.words;
      // A short name that begins with the query (the brand being typed), then any shown text holding it.
      const exact = phrase.length === 0 ? 0 : shown.short.some((t) => t.startsWith(phrase)) ? 2 : shown.compact.some((t) => t.includes(phrase)) ? 1 : 0;
      let cover = 0;
      for (const t of plan.terms) {
        if (words.has(t.term)) cover += 2;
        else if (
          (t.prefix && [...words].some((w) => w.startsWith(t.term))) ||
          (alternatives.get(t.term) ?? []).some((w) => words.has(w)) ||
          (soundDocs.get(t.term) ?? []).some((docs) => docs.has(hit.ref))
        )
          cover += 1;
      }
      // Then the most of the query's characters anywhere in it: 航乐光电 for 航乐电光 (two swapped), 安鼎通信 for 安鼎信.
      let chars = 0;
      for (const c of han) if (shown.compact.some((t) => t.includes(c))) chars += 1;
      return { hit, index, exact, cover, chars };
    });
    scored.sort((a, b) => b.exact - a.exact || b.cover - a.cover || b.chars - a.chars || a.index - b.index);
    return [...scored.map((s) => s.hit), ...hits.slice(RERANK)];
  }

  /** The terms and compact forms of what a result shows (memoized per doc). */
  private shownText(ref: number, doc: SearchDoc | undefined): ShownText {
    let shown = this.shown.get(ref);
    if (!shown) {
      const texts = doc ? [doc.name.zh, doc.name.en, doc.detail?.zh, doc.detail?.en, doc.code].filter((t): t is string => Boolean(t)) : [];
      const short = doc?.kind === 'enterprise' ? [doc.detail?.zh, doc.detail?.en].filter((t): t is string => Boolean(t)) : [];
      shown = {
        words: new Set(texts.flatMap((t) => indexTerms(t, this.manifest.tokenizer, false))),
        compact: texts.map(compactText),
        short: short.map(compactText),
      };
      if (doc) this.shown.set(ref, shown);
    }
    return shown;
  }

  private async rank(plan: Plan, query = ''): Promise<{ hits: SearchHit[]; approximate: boolean }> {
    const strict = this.strict(plan);
    if (strict.length >= FEW_RESULTS) return { hits: await this.rerank(plan, query, strict), approximate: false };
    const seen = new Set(strict.map((h) => h.ref));
    const out = [...strict];
    let near: SearchHit[];
    if (plan.code) near = this.strict({ ...plan, clauses: plan.codeRelaxed ?? [] });
    else {
      const relaxed = await this.relaxedClauses(plan, query);
      near = this.postings
        .match(relaxed, 'coverage')
        .refs.slice(0, NEAR_LIMIT)
        .map((ref) => this.facetsOf(ref));
    }
    for (const hit of near) {
      if (seen.has(hit.ref)) continue;
      seen.add(hit.ref);
      out.push(hit);
    }
    return { hits: await this.rerank(plan, query, out), approximate: strict.length === 0 && out.length > 0 };
  }

  // ---- presenting -----------------------------------------------------------------------

  private async present(query: string, hits: readonly SearchHit[], approximate: boolean, complete: boolean, options: SearchOptions): Promise<SearchResponse> {
    const filters = options.filters ?? {};
    const perKind = options.perKind ?? 10;
    const keep = (h: SearchHit, skip: keyof SearchFilters | undefined) =>
      (skip === 'kind' || !filters.kind || h.kind === filters.kind) &&
      (skip === 'level' || !filters.level || h.level === filters.level) &&
      (skip === 'year' || filters.year === undefined || h.year === filters.year);
    const count = (facet: keyof SearchFilters, valueOf: (h: SearchHit) => string | null): FacetCounts => {
      const counts = new Map<string, number>();
      for (const h of hits) {
        const value = valueOf(h);
        if (value !== null && keep(h, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      return [...counts];
    };
    const filtered = hits.filter((h) => keep(h, undefined));
    // Groups in the order of their best hit: an award-list query shows awards first, a name an
    // enterprise; the rank across kinds is the ranker's, not a fixed order of kinds.
    const groups = SEARCH_KINDS.map((kind) => {
      const all = filtered.filter((h) => h.kind === kind);
      return { kind, total: all.length, shown: all.slice(0, perKind), first: all[0] === undefined ? Infinity : filtered.indexOf(all[0]) };
    })
      .filter((g) => g.total > 0)
      .sort((a, b) => a.first - b.first);
    const docs = await this.docs(groups.flatMap((g) => g.shown.map((h) => h.ref)));
    const byKind = new Map(count('kind', (h) => h.kind));
    return {
      query,
      total: filtered.length,
      groups: groups.map((g) => ({
        kind: g.kind,
        total: g.total,
        hits: g.shown.flatMap((h) => {
          const doc = docs.get(h.ref);
          return doc ? [{ ...h, doc }] : [];
        }),
      })),
      facets: {
        kind: SEARCH_KINDS.filter((k) => byKind.has(k)).map((k) => [k, byKind.get(k) ?? 0] as const),
        level: count('level', (h) => h.level),
        year: [...count('year', (h) => (h.year === null ? null : String(h.year)))].sort((a, b) => Number(b[0]) - Number(a[0])),
      },
      approximate,
      complete,
    };
  }
}
