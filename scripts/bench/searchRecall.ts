/**
 * Search recall on a user's first query, per query kind, in Node only (no Chromium, no
 * Pagefind): the quick loop while tuning the engine. `npm run bench:search` prints the same
 * table beside the browser measurements.
 *
 *   npx tsx scripts/bench/searchRecall.ts [--sizes 1000,10000,50000] [--misses]
 */
import { buildSearchIndex } from '../../site/lib/search/buildIndex.ts';
import { benchRecords } from '../lib/searchBench/datasets.ts';
import { nodeRun } from '../lib/searchBench/nodeRun.ts';
import { benchQueries } from '../lib/searchBench/suite.ts';
import { formatKindTable, WARM_QUERIES } from '../lib/searchBench/table.ts';

const sizesArg = process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? process.argv[process.argv.indexOf('--sizes') + 1];
const sizes = (sizesArg && /^[\d,]+$/.test(sizesArg) ? sizesArg : '1000,10000,50000').split(',').map(Number);
for (const size of sizes) {
  const records = await benchRecords(size, '.tmp/bench-search');
  const started = performance.now();
  const index = buildSearchIndex(records);
  const buildMs = performance.now() - started;
  const queries = benchQueries(records);
  const run = await nodeRun(index, queries, WARM_QUERIES);
  console.log(`\n${records.length} records, build ${(buildMs / 1000).toFixed(1)} s, ${index.files.size} files`);
  console.log(formatKindTable(run));
  if (process.argv.includes('--misses')) console.log(run.misses.join('\n'));
  if (process.argv.includes('--bytes'))
    for (const [q, bytes, files] of run.heaviest) console.log(`${Math.round(bytes / 1024)} KB ${JSON.stringify(q)}: ${files}`);
  if (run.unstable.length > 0) console.log(`first ≠ warm top 10: ${run.unstable.map((q) => JSON.stringify(q)).join(', ')}`);
}
