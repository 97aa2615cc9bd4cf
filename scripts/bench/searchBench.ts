/**
 * Search benchmark (not a test): lunr + fuse shards against Pagefind on the same pages.
 *
 *   npm run bench:search [-- --sizes 1000,10000,50000]
 *
 * For each size: build both indexes from the same records (the embedded dataset plus generated
 * ones), serve them on loopback with gzip, and in headless Chromium measure the cold time from
 * navigation to first results painted with the bytes transferred, warm per-keystroke latency,
 * and recall@3 on the relevance suite (judged at each size by the records a query names as well
 * as its target, scripts/lib/searchBench/alike.ts). Answers are checked before anything is timed.
 * In Node, for our engine: recall per query kind on a FIRST query (a fresh engine per query)
 * over the relevance suite and queries made from the generated records, the first query's
 * gzip bytes, warm latency (scripts/lib/searchBench/nodeRun.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build as esbuild } from 'esbuild';
import * as pagefind from 'pagefind';
import { chromium, type Browser } from 'playwright-core';
import { buildSearchIndex } from '../../site/lib/search/buildIndex.ts';
import { benchRecords } from '../lib/searchBench/datasets.ts';
import { AlikeJudge } from '../lib/searchBench/alike.ts';
import { nodeRun, type KindQuery } from '../lib/searchBench/nodeRun.ts';
import { benchQueries, suiteQueries } from '../lib/searchBench/suite.ts';
import { measureFiles, percentile } from '../lib/searchBench/measure.ts';
import { recordHtml } from '../lib/searchBench/pages.ts';
import { serveStatic } from '../lib/searchBench/server.ts';
import { checkSearchTargets, formatKindTable, formatSearchTable, WARM_QUERIES, type SearchRow } from '../lib/searchBench/table.ts';

const WORK = '.tmp/bench-search';
/** Typical first queries, one per family: a name, pinyin, a code, English words, an award with a year. */
const COLD_QUERIES = ['智芯微联', 'zhixin', 'GB/T 39204', 'information security', '中关村质量奖 2024'];

function write(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

async function runBrowser(browser: Browser, origin: string, engine: 'lunr' | 'pagefind', suite: readonly KindQuery[]) {
  // Recall first: a fast engine with wrong answers is not worth timing.
  const page = await browser.newPage();
  await page.goto(`${origin}/bench.html?engine=${engine}`);
  let found = 0;
  for (const r of suite) {
    const top = (await page.evaluate(async (q) => (window as unknown as { benchTop(q: string): Promise<string[]> }).benchTop(q), r.q)).slice(0, 3);
    if (r.first ? r.expect.includes(top[0] ?? '') : top.some((p) => r.expect.includes(p))) found += 1;
  }
  const warm = await page.evaluate(async (qs) => (window as unknown as { benchWarm(q: string[]): Promise<number[]> }).benchWarm(qs), WARM_QUERIES);
  await page.close();
  // Cold: a fresh context (empty cache) per query.
  const colds: Array<{ ms: number; bytes: number }> = [];
  for (const q of COLD_QUERIES) {
    const context = await browser.newContext();
    const cold = await context.newPage();
    await cold.goto(`${origin}/bench.html?engine=${engine}&q=${encodeURIComponent(q)}`);
    await cold.waitForFunction(() => (window as unknown as { benchCold?: unknown }).benchCold !== undefined, undefined, { timeout: 60_000 });
    colds.push(await cold.evaluate(() => (window as unknown as { benchCold: { ms: number; bytes: number } }).benchCold));
    await context.close();
  }
  return {
    recall: found / suite.length,
    warmP50: percentile(warm, 50),
    warmP95: percentile(warm, 95),
    coldMs: percentile(
      colds.map((c) => c.ms),
      50,
    ),
    coldMsMax: Math.max(...colds.map((c) => c.ms)),
    coldBytes: percentile(
      colds.map((c) => c.bytes),
      50,
    ),
  };
}

async function benchSize(browser: Browser, size: number): Promise<SearchRow[]> {
  const dir = join(WORK, String(size));
  rmSync(dir, { recursive: true, force: true });
  // 1. The same records for both engines.
  const records = await benchRecords(size, WORK);

  // 2. lunr + fuse: the site's index builder, written as the endpoints would.
  let started = performance.now();
  const index = buildSearchIndex(records);
  const lunrMs = performance.now() - started;
  const lunrFiles = new Map([...index.files].map(([path, value]) => [path, JSON.stringify(value)]));
  // First-query recall per kind, in Node.
  const judge = new AlikeJudge(records);
  const queries = benchQueries(records, judge);
  // The hand-written suite, judged at this size (alike.ts), for both engines in Chromium.
  const suite = suiteQueries(records, judge);
  const node = await nodeRun(index, queries, WARM_QUERIES);
  console.error(`  first query, Node (${records.length} records):\n${formatKindTable(node)}`);
  for (const [path, text] of lunrFiles) write(join(dir, 'search', path), text);

  // 3. Pagefind over one page per record.
  started = performance.now();
  const { index: pf } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!pf) throw new Error('pagefind did not start');
  for (const record of records) await pf.addHTMLFile({ url: record.doc.path, content: recordHtml(record) });
  await pf.writeFiles({ outputPath: join(dir, 'pagefind') });
  const pfFiles = new Map<string, Uint8Array>();
  for (const file of (await pf.getFiles()).files) pfFiles.set(file.path, file.content);
  const pagefindMs = performance.now() - started;
  await pf.deleteIndex();

  // 4. The benchmark page.
  write(
    join(dir, 'bench.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body><ol id="out"></ol><script type="module" src="/bench.js"></script></body></html>',
  );
  await esbuild({
    entryPoints: ['scripts/lib/searchBench/browserEntry.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    outfile: join(dir, 'bench.js'),
    logLevel: 'error',
  });

  const server = await serveStatic(dir);
  try {
    console.error(`  indexes built (lunr ${(lunrMs / 1000).toFixed(1)} s, pagefind ${(pagefindMs / 1000).toFixed(1)} s); measuring in Chromium`);
    const lunrRun = await runBrowser(browser, server.url, 'lunr', suite);
    console.error(`  ours: ${JSON.stringify(lunrRun)}`);
    const pfRun = await runBrowser(browser, server.url, 'pagefind', suite);
    console.error(`  pagefind: ${JSON.stringify(pfRun)}`);
    const isShard = (p: string) => /^(names|text|hot|del|sound|pre)\//.test(p) || /\.pf_index$/.test(p);
    return [
      { engine: 'ours', records: records.length, buildMs: lunrMs, sizes: measureFiles(lunrFiles, isShard), ...lunrRun, node },
      // Pagefind's files are gzip-compressed already: its "raw" is what it writes.
      { engine: 'pagefind', records: records.length, buildMs: pagefindMs, sizes: measureFiles(pfFiles, isShard), ...pfRun },
    ];
  } finally {
    await server.close();
  }
}

const sizesArg = process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? process.argv[process.argv.indexOf('--sizes') + 1];
const sizes = (sizesArg && /^[\d,]+$/.test(sizesArg) ? sizesArg : '1000,10000,50000').split(',').map(Number);
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
});
const rows: SearchRow[] = [];
try {
  for (const size of sizes) {
    console.error(`… ${size} records`);
    rows.push(...(await benchSize(browser, size)));
  }
} finally {
  await browser.close();
  await pagefind.close();
}
console.log(formatSearchTable(rows));
for (const row of rows) if (row.node) console.log(`\nfirst query (fresh engine), Node, ${row.records} records:\n${formatKindTable(row.node)}`);
console.log(`\n${checkSearchTargets(rows).join('\n')}`);
