/**
 * The search index of this build: computed once per content generation (data/generation.ts)
 * from the register, then every `/search/…` endpoint returns its slice (the endpoints'
 * getStaticPaths list every file).
 *
 * In a live build (one process, many generations) the index is made in a thread of its own
 * (indexWorker.ts), started as soon as a rebuild's content is checked, and made again only
 * when the search records changed (indexTexts.ts).
 */
import { liveBuildEnabled, onGeneration, perGeneration } from '../data/generation.ts';
import { getRegister } from '../data/loadRegister.ts';
import { reusingSearchTexts, searchTextsOf, type SearchTexts } from './indexTexts.ts';
import { searchTextsInThread } from './indexWorker.ts';
import { searchRecords } from './records.ts';

const inThisThread = reusingSearchTexts();

const textsOfGeneration: () => Promise<SearchTexts> = perGeneration(async () => {
  const records = searchRecords(await getRegister());
  // A one-off build has no next generation: a digest of the records would be spent for nothing.
  if (!liveBuildEnabled()) return searchTextsOf(records);
  const inThread = searchTextsInThread(records);
  if (inThread) {
    try {
      return await inThread;
    } catch (error) {
      // The thread is gone (indexWorker.ts stops using it); the same index is made here.
      console.warn(`${error instanceof Error ? error.message : String(error)}; making the search index in the build's thread.`);
    }
  }
  return inThisThread(records).texts;
});

// A live rebuild asks for the index as soon as its content is checked, so the thread makes it
// while the other pages are worked out.
if (liveBuildEnabled()) onGeneration('search index', () => textsOfGeneration());

/**
 * Every index file as the JSON text the endpoint serves, made once per index: the incremental
 * build keys each file by its text (contentKey), so a file whose bytes did not change is
 * neither rendered nor written.
 */
export const getSearchTexts = (): Promise<SearchTexts> => textsOfGeneration();
