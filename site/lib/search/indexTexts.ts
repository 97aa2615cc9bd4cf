/**
 * The search index as the text of each file under `/search/` — what the endpoints serve — made
 * from the search records, and made again only when the records changed since the last time
 * (a digest of them): in a live build, an edit of something search does not hold (a
 * nomination's recommender, a programme's deadline) costs a digest instead of the index.
 * Used in the build's own thread and in the live build's index worker (indexWorker.ts) alike.
 */
import { createHash } from 'node:crypto';
import { FieldTermMemo } from './bm25.ts';
import { buildSearchIndex, type BuildOptions } from './buildIndex.ts';
import type { SearchRecord } from './records.ts';

export type SearchTexts = ReadonlyMap<string, string>;

/** Every index file as the JSON text the endpoint serves. */
export function searchTextsOf(records: readonly SearchRecord[], options: BuildOptions = {}): SearchTexts {
  return new Map([...buildSearchIndex(records, options).files].map(([path, value]) => [path, JSON.stringify(value)]));
}

/**
 * A maker that keeps its last records' digest and texts, and gives them again for the same
 * records; a new index reuses the last one's terms of every text the edit left alone
 * (bm25.ts `FieldTermMemo`).
 */
export function reusingSearchTexts(): (records: readonly SearchRecord[]) => { readonly texts: SearchTexts; readonly reused: boolean } {
  let last: { readonly digest: string; readonly texts: SearchTexts } | undefined;
  const memo = new FieldTermMemo();
  return (records) => {
    const digest = createHash('sha1').update(JSON.stringify(records)).digest('base64url');
    if (last?.digest === digest) return { texts: last.texts, reused: true };
    last = { digest, texts: searchTextsOf(records, { memo }) };
    return { texts: last.texts, reused: false };
  };
}
