/**
 * The terms, frequencies and field lengths of the search records, and from them the BM25 scores
 * (weights.ts), exactly as lunr's Builder computes them (lunr 2.3: `add`,
 * `calculateAverageFieldLengths`, `createFieldVectors`, `lunr.idf`, with an empty pipeline and
 * terms given as arrays) — the same term numbers, the same floats, the same rounding — without what the index files never use: Token and FieldRef objects, field
 * vectors, the token set (a trie of every term) and the Index. At 50,000 records that was two
 * thirds of the search index's build time. tests/search/bm25.test.ts compares the two on the
 * embedded dataset and on generated records, posting by posting.
 */
import { SEARCH_FIELDS } from './format.ts';
import type { SearchRecord } from './records.ts';
import { indexTerms, type HanTokenizer } from './tokenize.ts';
import { bm25Weight, idf } from './weights.ts';

export interface TermStats {
  /** Every term, in the order `Object.keys(lunr.Index.invertedIndex)` gives them. */
  readonly terms: readonly string[];
  /** A term's number: the order in which lunr first met it. */
  readonly termIndex: Readonly<Record<string, number>>;
  /** Per term number, lunr's document frequency: the (field, document) pairs holding it. */
  readonly df: readonly number[];
  /** Postings per term number: `[fieldNumber, doc, tf]`, in lunr's field-vector order. */
  readonly postings: number[][][];
  /** Per field number, each document's field length (its number of terms). */
  readonly lengths: ReadonlyArray<readonly number[]>;
  /** Per field number, the sum of its lengths (lunr's average is this over the document count). */
  readonly totals: readonly number[];
}

export interface TermTable {
  readonly terms: readonly string[];
  readonly termIndex: Readonly<Record<string, number>>;
  /** Postings per term number: `[fieldNumber, doc, score×1000]`, in lunr's field-vector order. */
  readonly postings: number[][][];
}

/** The terms of a record's field, as lunr's tokenizer makes them from an array: each as a lower-case string. */
export function fieldTerms(record: SearchRecord, field: (typeof SEARCH_FIELDS)[number], tokenizer: HanTokenizer): string[] {
  const values = record.fields[field.name] ?? [];
  const terms = 'raw' in field ? [...values] : values.flatMap((text) => indexTerms(text, tokenizer));
  return terms.map((term) => String(term ?? '').toLowerCase());
}

/**
 * `fieldTerms` remembered from one call of `next()` to the next: a live build (one process, many
 * content generations) tokenizes only the texts an edit changed. The memo is keyed by each
 * field value's text (a record's field is the concatenation of its values' terms), and each
 * generation keeps the texts it met, so it holds one register's worth at most.
 * @example const memo = new FieldTermMemo(); termStats(records, 'bigram', memo.next('bigram'))
 */
export class FieldTermMemo {
  private previous = new Map<string, readonly string[]>();
  private tokenizer: HanTokenizer | undefined;

  /** The terms function of one build: reuses the previous build's terms of the same text (by the same tokenizer). */
  next(tokenizer: HanTokenizer): typeof fieldTerms {
    const previous = this.tokenizer === tokenizer ? this.previous : new Map<string, readonly string[]>();
    const current = new Map<string, readonly string[]>();
    this.previous = current;
    this.tokenizer = tokenizer;
    return (record, field) => {
      const values = record.fields[field.name] ?? [];
      if ('raw' in field) return values.map((term) => String(term ?? '').toLowerCase());
      const terms: string[] = [];
      for (const text of values) {
        let known = current.get(text);
        if (!known) {
          known = previous.get(text) ?? indexTerms(text, tokenizer).map((term) => String(term ?? '').toLowerCase());
          current.set(text, known);
        }
        for (const term of known) terms.push(term);
      }
      return terms;
    };
  }
}

/**
 * What lunr's scores are made of, for `records` (doc numbers are their positions): terms in
 * lunr's order, document and term frequencies, field lengths.
 * @example termStats(records, 'bigram').postings[0] //=> [[0, 12, 1], …]
 */
export function termStats(records: readonly SearchRecord[], tokenizer: HanTokenizer, termsOf = fieldTerms): TermStats {
  const fieldCount = SEARCH_FIELDS.length;
  const numbers = new Map<string, number>();
  const documentsWithTerm: number[] = [];
  const postings: number[][][] = [];
  const lengths: number[][] = SEARCH_FIELDS.map(() => new Array<number>(records.length).fill(0));
  const totals: number[] = new Array<number>(fieldCount).fill(0);
  const tf = new Map<string, number>();
  records.forEach((record, doc) => {
    for (let f = 0; f < fieldCount; f += 1) {
      const field = SEARCH_FIELDS[f];
      if (!field) continue;
      const terms = termsOf(record, field, tokenizer);
      tf.clear();
      for (const term of terms) {
        tf.set(term, (tf.get(term) ?? 0) + 1);
        if (!numbers.has(term)) {
          numbers.set(term, numbers.size);
          documentsWithTerm.push(0);
          postings.push([]);
        }
      }
      for (const [term, frequency] of tf) {
        const index = numbers.get(term) ?? 0;
        documentsWithTerm[index] = (documentsWithTerm[index] ?? 0) + 1;
        postings[index]?.push([f, doc, frequency]);
      }
      (lengths[f] as number[])[doc] = terms.length;
      totals[f] = (totals[f] ?? 0) + terms.length;
    }
  });
  const termIndex = Object.create(null) as Record<string, number>;
  for (const [term, index] of numbers) termIndex[term] = index;
  return { terms: objectKeyOrder([...numbers.keys()]), termIndex, df: documentsWithTerm, postings, lengths, totals };
}

/**
 * Terms and scores of `records` (doc numbers are their positions), equal to lunr's: the
 * weights weights.ts computes from `termStats`, as the engine computes them from the files.
 * @example bm25Terms(records, 'bigram').postings[0] //=> [[0, 12, 4213], …]
 */
export function bm25Terms(records: readonly SearchRecord[], tokenizer: HanTokenizer): TermTable {
  const stats = termStats(records, tokenizer);
  const documentCount = records.length;
  const averages = stats.totals.map((total) => total / documentCount);
  const postings = stats.postings.map((list, index) => {
    const termIdf = idf(stats.df[index] ?? 0, documentCount);
    return list.map(([f = 0, doc = 0, tf = 0]) => [
      f,
      doc,
      bm25Weight(termIdf, tf, stats.lengths[f]?.[doc] ?? 0, averages[f] ?? 0, SEARCH_FIELDS[f]?.boost || 1, records[doc]?.boost || 1),
    ]);
  });
  return { terms: stats.terms, termIndex: stats.termIndex, postings };
}

/** 2³² − 1: an array index is below it (ECMA-262 §6.1.7, "array index"). */
const ARRAY_INDEX_LIMIT = 4_294_967_295;

const isArrayIndex = (key: string): boolean => {
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < ARRAY_INDEX_LIMIT && String(n) === key;
};

/**
 * Keys in the order `Object.keys` gives for an object they were added to in this order:
 * array indices ascending, then the other strings in insertion order (ECMA-262 OrdinaryOwnPropertyKeys).
 * @example objectKeyOrder(['b', '10', 'a', '2']) //=> ['2', '10', 'b', 'a']
 */
export function objectKeyOrder(keys: readonly string[]): string[] {
  const indices = keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
  return [...indices, ...keys.filter((key) => !isArrayIndex(key))];
}
