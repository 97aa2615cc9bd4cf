/**
 * Performance budget of the built site: `npm run perf:budget [-- --dist <dir>]`.
 *
 * Measures each page template (home, the lists, the heaviest enterprise profile, standard and
 * committee page; both languages) in headless Chromium over loopback and prints a table.
 * Exits 1 when any budget fails (scripts/lib/perf/budgets.ts): more than 60 kB gzip before
 * images, too many requests, any request off loopback, render-blocking third-party resources,
 * or any layout shift.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkBudget, type Measurement } from './lib/perf/budgets.ts';
import { launchChromium } from './lib/perf/browser.ts';
import { measurePage } from './lib/perf/measure.ts';
import { pagesToMeasure } from './lib/perf/pages.ts';
import { formatTable } from './lib/perf/report.ts';
import { serveStatic } from './lib/perf/serve.ts';

/** Where the script builds when no --dist is given (never the plain dist/ other runs use). */
const DEFAULT_OUT_DIR = '.tmp/perf-dist';

const { values } = parseArgs({ options: { dist: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log('Usage: npm run perf:budget [-- --dist <built site>]\nWithout --dist, builds the site into .tmp/perf-dist first.');
  process.exit(0);
}

// 1. A built site: the one given, or a fresh build.
let dist = values.dist;
if (!dist) {
  dist = DEFAULT_OUT_DIR;
  console.log(`Building the site into ${dist} …`);
  const build = spawnSync('npx', ['astro', 'build', '--outDir', dist], { stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
  if (build.status !== 0) {
    console.error(`astro build failed (exit ${build.status ?? 'signal'}).`);
    process.exit(1);
  }
}
if (!existsSync(`${dist}/index.html`)) {
  console.error(`${dist}/index.html not found: pass the output directory of \`astro build\` with --dist, or omit it to build.`);
  process.exit(1);
}

// 2. Serve it on loopback and measure each page in a fresh context (cold cache, like a first visit).
const server = await serveStatic(dist);
const browser = await launchChromium();
const measurements: Measurement[] = [];
try {
  for (const { path, kind } of pagesToMeasure(dist)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    measurements.push(await measurePage(page, `${server.origin}${path}`, path, kind));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

// 3. Report and judge.
console.log(formatTable(measurements));
console.log('\nSizes: response bodies before images; "gzip" compresses each body with zlib (level 6) — the budget uses gzip, what hosts serve.');
const failures = measurements.flatMap(checkBudget);
if (failures.length > 0) {
  console.error(`\n${failures.length} budget failure(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nAll ${measurements.length} pages within budget.`);
