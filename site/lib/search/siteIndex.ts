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

let texts: Promise<ReadonlyMap<string, string>> | undefined;

/**
 * Every index file as the JSON text the endpoint serves, made once: the incremental build keys
 * each file by its text (contentKey), so a file whose bytes did not change is neither rendered
 * nor written.
 */
export function getSearchTexts(): Promise<ReadonlyMap<string, string>> {
  texts ??= getSearchIndex().then((index) => new Map([...index.files].map(([path, value]) => [path, JSON.stringify(value)])));
  return texts;
}
