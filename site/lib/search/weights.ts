/**
 * lunr 2.3's BM25 weight of one posting, as one function shared by the build's reference
 * (bm25.ts, held equal to lunr by tests/search/bm25.test.ts) and the engine, which computes the
 * weights when it loads a shard: the files carry what the weight is made of — each term's
 * document frequency, each posting's term frequency, each document's field lengths and boost
 * and the field lengths' totals (`norms/`) — and not the weight itself, so an edit of
 * one record changes the files of its own terms and its own norms, not every posting of every
 * term whose field's average length moved (docs/decisions.md D12).
 */
import { SEARCH_FIELDS, unpackNumbers, type NormShard, type SearchStats, type SearchManifest } from './format.ts';

/** lunr's defaults. */
const K1 = 1.2;
const B = 0.75;

/**
 * lunr's inverse document frequency: `df` counts the (field, document) pairs holding the term.
 * @example idf(1, 1000) //=> 6.5032…
 */
export function idf(df: number, documentCount: number): number {
  return Math.log(1 + Math.abs((documentCount - df + 0.5) / (df + 0.5)));
}

/**
 * The weight of a term in one field of one document, ×1000 and rounded as lunr rounds it
 * (to three decimals, then ×1000 to an integer): lunr's expression, operation for operation,
 * so the floats are the same.
 * @example bm25Weight(idf(1, 1000), 1, 4, 4, 10, 1) //=> 65033
 */
export function bm25Weight(termIdf: number, tf: number, fieldLength: number, averageLength: number, fieldBoost: number, docBoost: number): number {
  let score = (termIdf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (fieldLength / averageLength)) + tf);
  score *= fieldBoost;
  score *= docBoost;
  const withPrecision = Math.round(score * 1000) / 1000;
  return Math.round(withPrecision * 1000);
}

/** The weight (×1000) of each posting of a term, given the term and its entry's document frequency (format.ts `ShardTerm`). */
export type TermWeights = (term: string, df: number) => (field: number, doc: number, tf: number) => number;

/**
 * The weights of the index's postings, from `stats.json` and the norms files (all of them, in
 * order): lunr's average field length is the total over the document count; a hot term's df
 * is the one in the stats.
 * @example normWeights(manifest, stats, norms)('华信', 3)(0, 12, 1) //=> 41230
 */
export function normWeights(manifest: Pick<SearchManifest, 'docCount' | 'normChunk'>, stats: SearchStats, norms: readonly NormShard[]): TermWeights {
  const documentCount = manifest.docCount;
  const averages = stats.lengths.map((total) => total / documentCount);
  // A Map: a term is data (`constructor`).
  const hot = new Map(Object.entries(stats.hot));
  const lengths = SEARCH_FIELDS.map(() => new Int32Array(documentCount));
  const boosts = new Float64Array(documentCount).fill(1);
  const boostIndex = new Int32Array(documentCount);
  norms.forEach((shard, n) => {
    const start = n * manifest.normChunk;
    shard.lengths.forEach((field, f) => {
      const into = lengths[f];
      if (into) unpackNumbers(field, into, start);
    });
    unpackNumbers(shard.boost, boostIndex, start);
    for (let doc = start; doc < Math.min(documentCount, start + manifest.normChunk); doc++) boosts[doc] = shard.boosts[boostIndex[doc] ?? 0] ?? 1;
  });
  const fieldBoosts = SEARCH_FIELDS.map((f) => f.boost || 1);
  return (term, df) => {
    const termIdf = idf(df === 0 ? (hot.get(term) ?? 0) : df, documentCount);
    return (field, doc, tf) => bm25Weight(termIdf, tf, lengths[field]?.[doc] ?? 0, averages[field] ?? 0, fieldBoosts[field] ?? 1, boosts[doc] ?? 1);
  };
}
