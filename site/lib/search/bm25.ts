/**
 * The terms and BM25 scores of the search records, computed exactly as lunr's Builder computes
 * them (lunr 2.3: `add`, `calculateAverageFieldLengths`, `createFieldVectors`, `lunr.idf`, with
 * an empty pipeline and terms given as arrays) — the same term numbers, the same floats, the
 * same rounding — without what the index files never use: Token and FieldRef objects, field
 * vectors, the token set (a trie of every term) and the Index. At 50,000 records that was two
 * thirds of the search index's build time. tests/search/bm25.test.ts compares the two on the
 * embedded dataset and on generated records, posting by posting.
 */
import { SEARCH_FIELDS } from './format.ts';
import type { SearchRecord } from './records.ts';
import { indexTerms, type HanTokenizer } from './tokenize.ts';

/** lunr's defaults. */
const K1 = 1.2;
const B = 0.75;

export interface TermTable {
  /** Every term, in the order `Object.keys(lunr.Index.invertedIndex)` gives them. */
  readonly terms: readonly string[];
  /** A term's number: the order in which lunr first met it. */
  readonly termIndex: Readonly<Record<string, number>>;
  /** Postings per term number: `[fieldNumber, doc, score×1000]`, in lunr's field-vector order. */
  readonly postings: number[][][];
}

/** The terms of a record's field, as lunr's tokenizer makes them from an array: each as a lower-case string. */
function fieldTerms(record: SearchRecord, field: (typeof SEARCH_FIELDS)[number], tokenizer: HanTokenizer): string[] {
  const values = record.fields[field.name] ?? [];
  const terms = 'raw' in field ? [...values] : values.flatMap((text) => indexTerms(text, tokenizer));
  return terms.map((term) => String(term ?? '').toLowerCase());
}

/**
 * Terms and scores of `records` (doc numbers are their positions), equal to lunr's.
 * @example bm25Terms(records, 'bigram').postings[0] //=> [[0, 12, 4213], …]
 */
export function bm25Terms(records: readonly SearchRecord[], tokenizer: HanTokenizer): TermTable {
  const fieldCount = SEARCH_FIELDS.length;
  const numbers = new Map<string, number>();
  const documentsWithTerm: number[] = [];
  /** Per record and field (record-major, as lunr's fieldRefs): term → frequency, and the field's length. */
  const frequencies: Array<Map<string, number>> = [];
  const lengths: number[] = [];
  const totalLength: number[] = new Array<number>(fieldCount).fill(0);
  for (const record of records) {
    for (let f = 0; f < fieldCount; f += 1) {
      const field = SEARCH_FIELDS[f];
      if (!field) continue;
      const terms = fieldTerms(record, field, tokenizer);
      const tf = new Map<string, number>();
      for (const term of terms) {
        const seen = tf.get(term);
        tf.set(term, (seen ?? 0) + 1);
        let index = numbers.get(term);
        if (index === undefined) {
          index = numbers.size;
          numbers.set(term, index);
          documentsWithTerm[index] = 0;
        }
        // lunr.idf counts (field, document) pairs.
        if (seen === undefined) documentsWithTerm[index] = (documentsWithTerm[index] ?? 0) + 1;
      }
      frequencies.push(tf);
      lengths.push(terms.length);
      totalLength[f] = (totalLength[f] ?? 0) + terms.length;
    }
  }

  const documentCount = records.length;
  const averageLength = totalLength.map((total) => total / documentCount);
  const idf = documentsWithTerm.map((df) => Math.log(1 + Math.abs((documentCount - df + 0.5) / (df + 0.5))));
  const postings: number[][][] = Array.from({ length: numbers.size }, () => []);
  for (let doc = 0, ref = 0; doc < documentCount; doc += 1) {
    const docBoost = records[doc]?.boost || 1;
    for (let f = 0; f < fieldCount; f += 1, ref += 1) {
      const tf = frequencies[ref];
      if (!tf) continue;
      const fieldLength = lengths[ref] ?? 0;
      const fieldBoost = SEARCH_FIELDS[f]?.boost || 1;
      const average = averageLength[f] ?? 0;
      for (const [term, frequency] of tf) {
        const index = numbers.get(term) ?? 0;
        // lunr's expression, operation for operation, so the floats are the same.
        let score = ((idf[index] ?? 0) * ((K1 + 1) * frequency)) / (K1 * (1 - B + B * (fieldLength / average)) + frequency);
        score *= fieldBoost;
        score *= docBoost;
        const withPrecision = Math.round(score * 1000) / 1000;
        postings[index]?.push([f, doc, Math.round(withPrecision * 1000)]);
      }
    }
  }
  const termIndex = Object.create(null) as Record<string, number>;
  for (const [term, index] of numbers) termIndex[term] = index;
  return { terms: objectKeyOrder([...numbers.keys()]), termIndex, postings };
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
