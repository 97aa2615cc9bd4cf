/**
 * The search index of this build: computed once per process from the register, then every
 * `/search/…` endpoint returns its slice (the endpoints' getStaticPaths list every file).
 */
import { getRegister } from '../data/loadRegister.ts';
import { buildSearchIndex, type SearchIndex } from './buildIndex.ts';
import { searchRecords } from './records.ts';

let cached: Promise<SearchIndex> | undefined;

export function getSearchIndex(): Promise<SearchIndex> {
  cached ??= getRegister().then((register) => buildSearchIndex(searchRecords(register)));
  return cached;
}
