/**
 * The search index of this build: computed once per content generation (data/generation.ts)
 * from the register, then every `/search/…` endpoint returns its slice (the endpoints'
 * getStaticPaths list every file).
 */
import { perGeneration } from '../data/generation.ts';
import { getRegister } from '../data/loadRegister.ts';
import { buildSearchIndex, type SearchIndex } from './buildIndex.ts';
import { searchRecords } from './records.ts';

export const getSearchIndex: () => Promise<SearchIndex> = perGeneration(() => getRegister().then((register) => buildSearchIndex(searchRecords(register))));

/**
 * Every index file as the JSON text the endpoint serves, made once: the incremental build keys
 * each file by its text (contentKey), so a file whose bytes did not change is neither rendered
 * nor written.
 */
export const getSearchTexts: () => Promise<ReadonlyMap<string, string>> = perGeneration(() =>
  getSearchIndex().then((index) => new Map([...index.files].map(([path, value]) => [path, JSON.stringify(value)]))),
);
