/**
 * The loaded part of the term index and the scoring loop over it, in place of rebuilding a
 * `lunr.Index` in the browser.
 *
 * The scores are lunr's own: lunr 2.3 scores a document as Σ over fields of
 * `queryVector · fieldVector / |queryVector|`, where a field vector holds the BM25 weight (field
 * boost included) of each term, which is exactly what the store computes per posting (weights.ts,
 * `score×1000`) from the term frequency a shard carries, the first time a query uses the term. `|queryVector|` is the same for every document of a query, so the ranking is
 * Σ over the query's terms of `clause boost × posting weight`: one pass over the postings of
 * the query's terms, into typed arrays. lunr instead builds match data for every matching field
 * and a `lunr.Index` over everything loaded (measured at 50,000 records: 290 ms for 北京, which
 * matches 28,727 records, plus 130 ms of rebuild after each new shard; this loop: see docs/design.md).
 *
 * Ties keep lunr's order too: first appearance by clause, expanded term, field, document
 * number. tests/search/postings.test.ts checks the rankings against `lunr.Index.query`.
 */
import { SEARCH_FIELDS, type TermShard } from './format.ts';
import type { TermWeights } from './weights.ts';

/** One query clause after planning. */
export interface Clause {
  readonly term: string;
  /** Matches every loaded term starting with `term` (the shortest `MAX_EXPANSIONS`). */
  readonly prefix: boolean;
  readonly word: boolean;
  /** Every result must match this clause (one of its expansions, for a prefix). */
  readonly required: boolean;
  /** Multiplies the clause's weights; a multiple of ½ keeps scores exact (see `SCALE`). */
  readonly boost?: number;
  /** Matches terms within one edit (insertion, deletion, substitution, transposition). */
  readonly fuzzy?: boolean;
  /** The index terms this clause stands for, chosen by the engine (typo candidates, sound pairs, expansions): used instead of `term`. */
  readonly terms?: readonly string[];
  /** Fields (bit mask by field number) a term may match in, for terms whose other fields were not read; all when absent. */
  readonly fieldsOf?: ReadonlyMap<string, number>;
}

/**
 * How matches are ordered. `score`: lunr's (Σ boost × weight). `coverage`: first by how many
 * clauses a document matched, then by how many of them one name, code or title field holds
 * (the query as one phrase in one field first), then by score.
 */
export type MatchOrder = 'score' | 'coverage';

export interface Matches {
  /** Matching documents, best first. */
  readonly refs: number[];
  /** The index terms the clauses expanded to. */
  readonly terms: ReadonlySet<string>;
}

/** Terms a prefix expands to, at most (the shortest ones). */
export const MAX_EXPANSIONS = 24;
/** At most this many required clauses (one bit each); the tokenizer caps a query at 16 terms. */
const MAX_REQUIRED = 31;
/** Scores are summed as integers: weights are `score×1000` integers, boosts multiples of ½. */
const SCALE = 2;
/** Sort keys pack `-score` above the first-seen position: positions below 2²¹ (2 million documents). */
const POSITION_BITS = 2 ** 21;

interface FieldPostings {
  readonly docs: number[];
  /** Term frequencies, as the shard carries them. */
  readonly tfs: number[];
  /** Weights (×1000), computed from `tfs` when a query first uses the term. */
  weights?: number[] | undefined;
}

/** The postings of one term, by field number (each field comes whole from one file). */
type TermPostings = Array<FieldPostings | undefined>;

const NO_MATCHES: Matches = { refs: [], terms: new Set() };

/** Fields whose co-occurring query terms count as a phrase (descriptions are too long for that). */
const PHRASE_FIELDS = SEARCH_FIELDS.map((f) => f.name !== 'description');
const FIELD_COUNT = SEARCH_FIELDS.length;
/** Coverage ordering packs the score into this many bits (scaled to the best score of the query). */
const SCORE_BITS = 2 ** 22;

function popcount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export class PostingStore {
  private readonly postings = new Map<string, TermPostings>();
  /** Per term, the document frequency its entries carry (format.ts `ShardTerm`). */
  private readonly frequencies = new Map<string, number>();
  private weights: TermWeights | undefined;
  /** Terms, sorted (prefix expansion by binary search); new terms wait in `pending` until needed. */
  private sorted: string[] = [];
  private pending: string[] = [];
  private readonly score: Float64Array;
  private readonly mask: Uint32Array;
  /** `seen[doc] === query` when the current query touched doc (no clearing between queries). */
  private readonly seen: Uint32Array;
  /** Per document and field, the clauses matched there (coverage ordering only; allocated on first use). */
  private fieldMask: Uint32Array | undefined;
  private query = 0;

  constructor(private readonly docCount: number) {
    this.score = new Float64Array(docCount);
    this.mask = new Uint32Array(docCount);
    this.seen = new Uint32Array(docCount);
  }

  /** Whether a term is loaded. */
  has(term: string): boolean {
    return this.postings.has(term);
  }

  /**
   * How term frequencies become weights (the index's norms, weights.ts): needed before the
   * first `match`, not before `add`, so shards and norms may arrive in any order.
   */
  useWeights(weights: TermWeights): void {
    if (this.weights === weights) return;
    this.weights = weights;
    for (const byField of this.postings.values()) for (const field of byField) if (field) field.weights = undefined;
  }

  /**
   * Add a shard's terms (postings delta-coded per field, see format.ts `ShardTerm`). A field
   * comes whole from each file that carries it, so a field already loaded from another file
   * (a completion file and the term's own shard) is skipped, not added twice.
   */
  add(shard: TermShard): void {
    for (const [term, df, encoded] of shard.terms) {
      if (!this.frequencies.has(term)) this.frequencies.set(term, df);
      let byField = this.postings.get(term);
      if (!byField) {
        byField = [];
        this.postings.set(term, byField);
        this.pending.push(term);
      }
      let field = -1;
      let doc = 0;
      let current: FieldPostings | undefined;
      for (let i = 0; i + 2 < encoded.length; i += 3) {
        const f = encoded[i] ?? 0;
        if (f !== field) {
          field = f;
          doc = 0;
          current = byField[f] === undefined ? (byField[f] = { docs: [], tfs: [] }) : undefined;
        }
        if (!current) continue;
        doc += encoded[i + 1] ?? 0;
        current.docs.push(doc);
        current.tfs.push(encoded[i + 2] ?? 0);
      }
    }
  }

  /** Documents with a term in any field. */
  docsWith(term: string): Set<number> {
    const out = new Set<number>();
    for (const field of this.postings.get(term) ?? []) for (const doc of field?.docs ?? []) out.add(doc);
    return out;
  }

  /**
   * Loaded terms starting with a prefix, shortest first, at most `limit`: what the user is
   * typing most likely completes to a short term.
   */
  expand(prefix: string, allow?: (term: string) => boolean, limit = MAX_EXPANSIONS): string[] {
    const terms = this.terms();
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((terms[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < terms.length && (terms[i] ?? '').startsWith(prefix); i++) if (!allow || allow(terms[i] ?? '')) out.push(terms[i] ?? '');
    return out.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, limit);
  }

  /** Loaded terms within one edit of a word, in sorted order. */
  near(word: string): string[] {
    return this.terms().filter((term) => withinOneEdit(word, term));
  }

  /**
   * The documents matching the clauses, best first: every required clause matched (in any
   * field), ranked by Σ boost × weight over the matched terms.
   */
  match(clauses: readonly Clause[], ordering: MatchOrder = 'score'): Matches {
    // 1. Expand clauses to index terms: the query vector (term → summed boost) and, per
    //    required clause, one bit that its terms set (coverage: every clause has a bit, the
    //    required ones first).
    const boosts = new Map<string, number>();
    const bits = new Map<string, number>();
    const fieldsOf = new Map<string, number>();
    for (const clause of clauses) for (const [term, mask] of clause.fieldsOf ?? []) fieldsOf.set(term, (fieldsOf.get(term) ?? 0) | mask);
    // One clause: every match covers it alike, so the score alone orders (and costs less).
    const coverage = ordering === 'coverage' && clauses.length > 1;
    const expanded = clauses.map((clause) =>
      clause.terms
        ? clause.terms.filter((t) => this.postings.has(t))
        : clause.fuzzy
          ? this.near(clause.term)
          : clause.prefix
            ? this.expand(clause.term)
            : this.postings.has(clause.term)
              ? [clause.term]
              : [],
    );
    let required = 0;
    clauses.forEach((clause, i) => {
      const terms = expanded[i] ?? [];
      if (clause.required) {
        if (terms.length === 0 || required === MAX_REQUIRED) required = -1;
        if (required < 0) return;
        for (const term of terms) bits.set(term, (bits.get(term) ?? 0) | (1 << required));
        required += 1;
      }
      for (const term of terms) boosts.set(term, (boosts.get(term) ?? 0) + (clause.boost ?? 1) * SCALE);
    });
    if (required < 0) return NO_MATCHES;
    const all = required === 0 ? 0 : (2 ** required - 1) >>> 0;
    if (coverage) {
      let bit = required;
      clauses.forEach((clause, i) => {
        if (clause.required || bit === MAX_REQUIRED) return;
        for (const term of expanded[i] ?? []) bits.set(term, (bits.get(term) ?? 0) | (1 << bit));
        bit += 1;
      });
      this.fieldMask ??= new Uint32Array(this.docCount * FIELD_COUNT);
    }
    const fieldMask = coverage ? this.fieldMask : undefined;

    // 2. One pass over the postings, accumulating into typed arrays.
    const query = this.nextQuery();
    const { score, mask, seen } = this;
    const order: number[] = [];
    // Coverage with required clauses: their terms first; an optional term then only adds to
    // documents already seen (the others cannot match), which spares walking every document of
    // a frequent optional term into the arrays.
    const requiredBits = all;
    const terms = [...boosts];
    if (fieldMask && requiredBits !== 0)
      terms.sort((a, b) => Number(((bits.get(b[0]) ?? 0) & requiredBits) !== 0) - Number(((bits.get(a[0]) ?? 0) & requiredBits) !== 0));
    for (const [term, boost] of terms) {
      const bit = bits.get(term) ?? 0;
      const onlySeen = fieldMask !== undefined && requiredBits !== 0 && (bit & requiredBits) === 0;
      const allowed = fieldsOf.get(term);
      (this.postings.get(term) ?? []).forEach((field, f) => {
        if (!field || (allowed !== undefined && !((allowed >> f) & 1))) return;
        const { docs } = field;
        const weights = this.weightsOf(term, f, field);
        const phrase = fieldMask && PHRASE_FIELDS[f];
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i] ?? 0;
          if (seen[doc] !== query) {
            if (onlySeen) continue;
            seen[doc] = query;
            score[doc] = 0;
            mask[doc] = 0;
            if (fieldMask) fieldMask.fill(0, doc * FIELD_COUNT, doc * FIELD_COUNT + FIELD_COUNT);
            order.push(doc);
          }
          score[doc] = (score[doc] ?? 0) + boost * (weights[i] ?? 0);
          mask[doc] = (mask[doc] ?? 0) | bit;
          if (phrase) fieldMask[doc * FIELD_COUNT + f] = (fieldMask[doc * FIELD_COUNT + f] ?? 0) | bit;
        }
      });
    }

    // 3. Keep the documents that matched every required clause; sort by score, then first seen,
    //    with one numeric key per document (a typed-array sort, no comparator calls).
    const keys: number[] = [];
    if (fieldMask) {
      // Coverage (≤ 31 clauses, ≤ 31 in one field: 10 bits) above the score scaled to 22 bits.
      let best = 1;
      for (const doc of order) if (((mask[doc] ?? 0) & all) === all) best = Math.max(best, score[doc] ?? 0);
      for (let position = 0; position < order.length; position++) {
        const doc = order[position] ?? 0;
        const m = mask[doc] ?? 0;
        if ((m & all) !== all) continue;
        let inField = 0;
        for (let f = 0; f < FIELD_COUNT; f++) inField = Math.max(inField, popcount(fieldMask[doc * FIELD_COUNT + f] ?? 0));
        const rank = (popcount(m) * 32 + inField) * SCORE_BITS + Math.floor(((score[doc] ?? 0) / best) * (SCORE_BITS - 1));
        keys.push(-rank * POSITION_BITS + position);
      }
    } else {
      for (let position = 0; position < order.length; position++) {
        const doc = order[position] ?? 0;
        if (mask[doc] === all) keys.push(-Math.round(score[doc] ?? 0) * POSITION_BITS + position);
      }
    }
    const sortedKeys = Float64Array.from(keys).sort();
    const refs = new Array<number>(sortedKeys.length);
    for (let i = 0; i < sortedKeys.length; i++) {
      const key = sortedKeys[i] ?? 0;
      refs[i] = order[key - Math.floor(key / POSITION_BITS) * POSITION_BITS] ?? 0;
    }
    return { refs, terms: new Set(boosts.keys()) };
  }

  /** A field's weights, computed on first use. */
  private weightsOf(term: string, f: number, field: FieldPostings): number[] {
    if (field.weights) return field.weights;
    if (!this.weights) throw new Error('PostingStore.match before useWeights: the norms must be loaded first');
    const weigh = this.weights(term, this.frequencies.get(term) ?? 0);
    const { docs, tfs } = field;
    const weights = new Array<number>(docs.length);
    for (let i = 0; i < docs.length; i++) weights[i] = weigh(f, docs[i] ?? 0, tfs[i] ?? 0);
    field.weights = weights;
    return weights;
  }

  private terms(): string[] {
    if (this.pending.length > 0) {
      this.sorted = mergeSorted(this.sorted, this.pending.sort());
      this.pending = [];
    }
    return this.sorted;
  }

  private nextQuery(): number {
    this.query += 1;
    if (this.query === 0xffffffff) {
      this.seen.fill(0);
      this.query = 1;
    }
    return this.query;
  }
}

function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out = new Array<string>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = (a[i] ?? '') < (b[j] ?? '') ? (a[i++] ?? '') : (b[j++] ?? '');
  while (i < a.length) out[k++] = a[i++] ?? '';
  while (j < b.length) out[k++] = b[j++] ?? '';
  return out;
}

/**
 * Whether two words are at most one edit apart, counting a swap of neighbours as one edit
 * (lunr's fuzzy matching does the same).
 * @example withinOneEdit('sofware', 'software') //=> true
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length > b.length) return withinOneEdit(b, a);
  if (b.length - a.length > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return a.slice(i) === b.slice(i + 1); // insertion
}
