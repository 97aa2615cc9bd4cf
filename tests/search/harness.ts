/**
 * The relevance suite's setup: the embedded dataset's register, the search index built from it
 * by the same function the site build uses, and the browser's query engine reading those files
 * (serialized and parsed, exactly as the browser receives them).
 */
import { createLocalSource } from '../../site/lib/data/sources.ts';
import { fetchRegister } from '../../site/lib/data/loadRegister.ts';
import type { Register } from '../../site/lib/data/register.ts';
import { buildSearchIndex, type BuildOptions, type SearchIndex } from '../../site/lib/search/buildIndex.ts';
import { SearchEngine } from '../../site/lib/search/engine.ts';
import { searchRecords } from '../../site/lib/search/records.ts';
import type { TermWeights } from '../../site/lib/search/weights.ts';

/** The build date the e2e tests pin, so standard states match the built site. */
export const TEST_TODAY = '2026-11-28';

let register: Promise<Register> | undefined;
export function embeddedRegister(): Promise<Register> {
  register ??= createLocalSource({ source: 'local', file: 'content/dataset.ndjson' }).then((source) => fetchRegister(source, TEST_TODAY));
  return register;
}

/** An engine over an index held in memory, as JSON text (what the endpoints would serve). */
export async function engineOver(index: SearchIndex): Promise<SearchEngine> {
  const texts = new Map([...index.files].map(([path, value]) => [path, JSON.stringify(value)]));
  return SearchEngine.open(async (path) => {
    const text = texts.get(path);
    if (text === undefined) throw new Error(`no index file ${path}`);
    return JSON.parse(text) as unknown;
  });
}

export async function embeddedEngine(options: BuildOptions = {}): Promise<SearchEngine> {
  return engineOver(buildSearchIndex(searchRecords(await embeddedRegister()), options));
}

/** For hand-made shards whose third number per posting is the weight itself (not a term frequency). */
export const GIVEN_WEIGHTS: TermWeights = () => (_field, _doc, weight) => weight;
