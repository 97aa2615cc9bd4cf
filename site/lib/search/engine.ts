/**
 * The query engine: the same module runs in the browser's search worker and in Node (the
 * relevance suite, the benchmark). It fetches the static index files it needs through
 * `fetchJson`, keeps the term shards loaded so far (postings.ts scores them as lunr would), and
 * answers:
 *
 * 1. a standard code (`gbt39204`, `ＧＢ／Ｔ　３９２０４`) → the code's compact keys, newest edition first;
 * 2. otherwise every query term required (CJK bigrams, words, the word being typed as a prefix);
 * 3. when that finds little: terms optional with fuzzy words (one edit), and fuse.js over names.
 *
 * No query-string parser is involved (lunr's `idx.search('ISO/IEC 30141:2018')` throws):
 * clauses are built from the tokenizer's terms.
 */
import Fuse from 'fuse.js';
import { parseStandardCode } from '../domain/standardCode.ts';
import {
  SEARCH_KINDS,
  searchPaths,
  shardOf,
  type DocRange,
  type FuseEntry,
  type SearchDoc,
  type SearchKind,
  type SearchManifest,
  type TermShard,
} from './format.ts';
import { PostingStore, type Clause, type Matches } from './postings.ts';
import { queryTerms, type QueryTerm } from './tokenize.ts';

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

/** Fewer strict matches than this and the typo-tolerant stages join in. */
export const FEW_RESULTS = 3;
/**
 * fuse.js's per-name (Bitap) threshold: 0 exact … 1 anything. 0.55 admits one wrong character
 * in a two-character name (华心 for 华信 scores 0.5); the ranking puts the best first.
 */
const FUSE_THRESHOLD = 0.55;
/** A fuse match this close outranks the partial term matches. */
const FUSE_STRONG = 0.2;
/** Near matches kept per stage: enough to fill a page, not every doc sharing one bigram. */
const NEAR_LIMIT = 50;
/** Fuzzy matching (one edit) only for words this long: shorter ones match too much… */
const FUZZY_MIN_LENGTH = 4;
/** …and no longer than this: a longer word is a paste, not a typo. */
const FUZZY_MAX_LENGTH = 24;
/** Queries longer than this are not standard codes (saves the parser from pastes). */
const MAX_CODE_LENGTH = 48;

interface Plan {
  readonly clauses: Clause[];
  /** Clauses for the typo stage (optional terms, fuzzy words). */
  readonly relaxed: Clause[];
  /** Set for a standard-code query: compact keys, edition ordering. */
  readonly code?: { readonly undated: string };
  /** Files per loading step: names first, then full text. */
  readonly files: { readonly names: string[]; readonly text: string[] };
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

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export class SearchEngine {
  private readonly loaded = new Map<string, Promise<void>>();
  private readonly postings: PostingStore;
  private readonly docChunks = new Map<number, Promise<SearchDoc[]>>();
  private readonly hotKeys: string[];
  /** Term → hot file: a Map, because a query term is data (`constructor` is no key of the index). */
  private readonly hot: ReadonlyMap<string, number>;
  private readonly fetchJson: FetchJson;
  private readonly splits: ReadonlySet<string>;
  private fuse: Promise<Fuse<FuseEntry>> | undefined;
  private lastHits: { query: string; hits: SearchHit[]; approximate: boolean } | undefined;

  private constructor(
    readonly manifest: SearchManifest,
    fetchJson: FetchJson,
  ) {
    this.fetchJson = withRetries(fetchJson);
    this.hot = new Map(Object.entries(manifest.hot));
    this.hotKeys = [...this.hot.keys()];
    this.splits = new Set(manifest.splits);
    this.postings = new PostingStore(manifest.docCount);
  }

  /** Open the index: fetch the manifest (about a kilobyte per thousand facet ranges). */
  static async open(fetchJson: FetchJson): Promise<SearchEngine> {
    const manifest = (await fetchJson(searchPaths.manifest)) as SearchManifest;
    return new SearchEngine(manifest, fetchJson);
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
    const { hits, approximate } = await this.rank(query, plan);
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
    return strictOnly ? this.strict(plan) : (await this.rank(query, plan)).hits;
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

  private plan(query: string): Plan | undefined {
    const trimmed = query.trim();
    if (trimmed === '') return undefined;
    const code = trimmed.length <= MAX_CODE_LENGTH ? parseStandardCode(trimmed) : undefined;
    if (code) {
      const clauses: Clause[] = code.year === undefined ? [{ term: code.compactUndated, prefix: true, word: true, required: true }] : [{ term: code.compact, prefix: false, word: true, required: true }];
      const relaxed: Clause[] = [{ term: code.compactUndated, prefix: true, word: true, required: true }];
      return { clauses, relaxed, code: { undated: code.compactUndated }, files: this.filesFor([...clauses, ...relaxed]) };
    }
    const terms = queryTerms(trimmed, this.manifest.tokenizer);
    if (terms.length === 0) return undefined;
    const clauses = this.strictClauses(terms);
    const relaxed: Clause[] = terms.flatMap((t): Clause[] => [
      { term: t.term, prefix: t.prefix, word: t.word, required: false },
      ...(t.word && t.term.length >= FUZZY_MIN_LENGTH && t.term.length <= FUZZY_MAX_LENGTH ? [{ term: t.term, prefix: false, word: true, required: false, fuzzy: true, boost: 0.5 }] : []),
    ]);
    return { clauses, relaxed, files: this.filesFor([...clauses, ...relaxed.filter((c) => !this.isHot(c))]) };
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
    return selective.map((c) => (c.prefix && selective.length > 1 && this.hotExpansions(c.term).length > 0 ? { ...c, required: false } : c));
  }

  private filesFor(clauses: readonly Clause[]): Plan['files'] {
    const names = new Set<string>();
    const text = new Set<string>();
    const hot = new Set<string>();
    const { shards } = this.manifest;
    const single = clauses.length === 1;
    for (const clause of clauses) {
      const hotIndex = this.hot.get(clause.term);
      if (hotIndex !== undefined) hot.add(searchPaths.hot(hotIndex));
      if (clause.prefix && (single || clause.required)) for (const k of this.hotExpansions(clause.term)) hot.add(searchPaths.hot(this.hot.get(k) ?? 0));
      names.add(searchPaths.shard('names', shardOf(clause.term, shards.names, this.splits)));
      text.add(searchPaths.shard('text', shardOf(clause.term, shards.text, this.splits)));
    }
    return { names: [...names, ...hot], text: [...text] };
  }

  // ---- loading --------------------------------------------------------------------------

  private load(paths: readonly string[]): Promise<unknown> {
    return Promise.all(
      paths.map((path) => {
        let done = this.loaded.get(path);
        if (!done) {
          done = this.fetchJson(path).then((shard) => this.postings.add(shard as TermShard));
          this.loaded.set(path, done);
          // A file that failed (after its retries) fails this query only: the next one asks again.
          forgetOnFailure(this.loaded, path, done);
        }
        return done;
      }),
    );
  }

  // ---- ranking --------------------------------------------------------------------------

  private strict(plan: Plan): SearchHit[] {
    const matches = this.postings.match(plan.clauses);
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

  private async rank(query: string, plan: Plan): Promise<{ hits: SearchHit[]; approximate: boolean }> {
    const strict = this.strict(plan);
    if (strict.length >= FEW_RESULTS) return { hits: strict, approximate: false };
    const seen = new Set(strict.map((h) => h.ref));
    const out = [...strict];
    const push = (refs: Iterable<number>) => {
      for (const ref of refs) {
        if (seen.has(ref)) continue;
        seen.add(ref);
        out.push(this.facetsOf(ref));
      }
    };
    const near = plan.code ? this.strict({ ...plan, clauses: plan.relaxed }) : this.postings.match(plan.relaxed).refs.slice(0, NEAR_LIMIT).map((ref) => this.facetsOf(ref));
    // fuse.js costs ~8 µs per name per query: only for Chinese (the one-edit match covers
    // typos in words, not a wrong character in a two-character name) and only when terms found little.
    const fuzzy = plan.code || strict.length + near.length >= FEW_RESULTS || !CJK_CHAR.test(query) ? [] : await this.fuseSearch(query);
    push(fuzzy.filter((f) => f.score <= FUSE_STRONG).map((f) => f.ref));
    push(near.map((h) => h.ref));
    push(fuzzy.map((f) => f.ref));
    return { hits: out, approximate: strict.length === 0 && out.length > 0 };
  }

  private async fuseSearch(query: string): Promise<Array<{ ref: number; score: number }>> {
    // Bitap works on patterns up to 32 characters; a typo search needs no more.
    const pattern = Array.from(query.normalize('NFKC').trim()).slice(0, 32).join('');
    if (pattern.length < 2 || this.manifest.fuseCount === 0) return [];
    this.fuse ??= this.fetchJson(searchPaths.fuse).then(
      (list) => new Fuse(list as FuseEntry[], { keys: [{ name: 'names', getFn: (e: FuseEntry) => [...e[1]] }], includeScore: true, ignoreLocation: true, threshold: FUSE_THRESHOLD }),
    );
    this.fuse.catch(() => (this.fuse = undefined));
    const fuse = await this.fuse;
    return fuse.search(pattern, { limit: 20 }).map((r) => ({ ref: r.item[0], score: r.score ?? 1 }));
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
    const groups = SEARCH_KINDS.map((kind) => {
      const all = filtered.filter((h) => h.kind === kind);
      return { kind, total: all.length, shown: all.slice(0, perKind) };
    }).filter((g) => g.total > 0);
    const docs = await this.docs(groups.flatMap((g) => g.shown.map((h) => h.ref)));
    const byKind = new Map(count('kind', (h) => h.kind));
    return {
      query,
      total: filtered.length,
      groups: groups.map((g) => ({ kind: g.kind, total: g.total, hits: g.shown.flatMap((h) => { const doc = docs.get(h.ref); return doc ? [{ ...h, doc }] : []; }) })),
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
