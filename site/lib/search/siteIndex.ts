/**
 * The search index of this build: computed once per content generation (data/generation.ts)
 * from the register, then every `/search/…` endpoint returns its slice (the endpoints'
 * getStaticPaths list every file).
 *
 * The index is a pure function of the search records, so a live build (one process, many
 * generations) reuses the last one when the records are the same as last time — an edit of
 * something search does not hold (a nomination's recommender, a programme's deadline) costs
 * a digest of the records instead of the whole index. When the records did change, the build
 * reuses the previous one's terms of every text the edit left alone (bm25.ts `FieldTermMemo`):
 * at 18,000 records a repeated build and its JSON took 2.4 s, now 1.5 s.
 */
import { createHash } from 'node:crypto';
import { liveBuildEnabled, perGeneration } from '../data/generation.ts';
import { getRegister } from '../data/loadRegister.ts';
import { FieldTermMemo } from './bm25.ts';
import { buildSearchIndex, type SearchIndex } from './buildIndex.ts';
import { searchRecords, type SearchRecord } from './records.ts';

interface Built {
  readonly digest: string;
  readonly index: SearchIndex;
  texts?: ReadonlyMap<string, string>;
}

let last: Built | undefined;
/** The live build's terms of the last generation's texts. */
const memo = new FieldTermMemo();

function indexOf(records: readonly SearchRecord[]): Built {
  // A one-off build has no next generation: the digest would be spent for nothing.
  if (!liveBuildEnabled()) return { digest: '', index: buildSearchIndex(records) };
  const digest = createHash('sha1').update(JSON.stringify(records)).digest('base64url');
  if (last?.digest !== digest) last = { digest, index: buildSearchIndex(records, { memo }) };
  return last;
}

const builtOfGeneration: () => Promise<Built> = perGeneration(() => getRegister().then((register) => indexOf(searchRecords(register))));

/**
 * Every index file as the JSON text the endpoint serves, made once per index: the incremental
 * build keys each file by its text (contentKey), so a file whose bytes did not change is
 * neither rendered nor written.
 */
export const getSearchTexts = (): Promise<ReadonlyMap<string, string>> =>
  builtOfGeneration().then((built) => (built.texts ??= new Map([...built.index.files].map(([path, value]) => [path, JSON.stringify(value)]))));
