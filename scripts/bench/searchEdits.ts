/**
 * Search index edit benchmark (not a test): how much of the index one edit rewrites (issue 16:
 * ≤ 1 % of its bytes), without building the site.
 *
 *   npx tsx scripts/bench/searchEdits.ts [--scale 50000 | --file dataset.ndjson]
 *
 * Generates the dataset of `--scale` documents as `npm run bench` does (or reads `--file`),
 * builds the search index, then applies the build benchmark's five edits in turn
 * (scripts/lib/bench/incremental.ts `editRecord`) and prints, per edit, the share of the index's
 * bytes in files that are new or different, by file group (scripts/lib/searchBench/edits.ts).
 * The incremental build benchmark (`npm run bench -- --incremental`) measures the same on the
 * built site. Exits 1 when an edit rewrites more than 1 %.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fetchRegister } from '../../site/lib/data/loadRegister.ts';
import { createLocalSource } from '../../site/lib/data/sources.ts';
import { buildSearchIndex } from '../../site/lib/search/buildIndex.ts';
import { searchRecords } from '../../site/lib/search/records.ts';
import { generateNdjson } from '../lib/generate/index.ts';
import { BENCH_BUILD_DATE } from '../lib/bench/builds.ts';
import { EDIT_KINDS, SEARCH_WRITE_TARGET, editRecord } from '../lib/bench/incremental.ts';
import { formatChange, indexChange, indexTexts } from '../lib/searchBench/edits.ts';

const WORK = '.tmp/search-edits';
const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
};

mkdirSync(WORK, { recursive: true });
let file = arg('--file');
if (!file) {
  const scale = Number(arg('--scale') ?? 50_000);
  file = join(WORK, `generated-${scale}.ndjson`);
  writeFileSync(file, generateNdjson({ scale }));
}
const edited = join(WORK, 'edited.ndjson');

async function textsOf(path: string): Promise<{ texts: Map<string, string>; ms: number; records: number }> {
  const records = searchRecords(await fetchRegister(await createLocalSource({ source: 'local', file: path }), BENCH_BUILD_DATE));
  const started = performance.now();
  const index = buildSearchIndex(records);
  return { texts: indexTexts(index), ms: performance.now() - started, records: records.length };
}

let ndjson = readFileSync(file, 'utf8');
let before = await textsOf(file);
console.log(`${file}: ${before.records} search records, ${before.texts.size} files, built in ${(before.ms / 1000).toFixed(1)} s`);
let worst = 0;
for (const kind of EDIT_KINDS) {
  const edit = editRecord(ndjson, kind);
  ndjson = edit.text;
  writeFileSync(edited, ndjson);
  const after = await textsOf(edited);
  const change = indexChange(before.texts, after.texts);
  worst = Math.max(worst, change.totalBytes === 0 ? 0 : change.changedBytes / change.totalBytes);
  console.log(formatChange(`${kind} ${edit.id}:`, change));
  before = after;
}
const ok = worst <= SEARCH_WRITE_TARGET;
console.log(`most of one edit: ${(100 * worst).toFixed(2)} % of the index ≤ ${100 * SEARCH_WRITE_TARGET} % — ${ok ? 'met' : 'NOT met'}`);
process.exitCode = ok ? 0 : 1;
