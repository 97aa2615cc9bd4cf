/**
 * Build benchmark (not a test): the site on generated datasets against a bare Astro build that
 * writes the same number of trivial pages, run side by side.
 *
 *   npm run bench [-- --scales 5000,25000,50000 --runs 1 --incremental]
 *
 * For each scale: generate the dataset, count the pages it must give, time the content check,
 * the data load and the search index on their own, then build the site and the baseline
 * (alternating, `--runs` times each, the fastest kept), checking every site build's answer
 * before its time counts. Prints one Markdown table and the targets of issue 8.
 * Everything is written under `--out` (default .tmp/bench-run, git-ignored), never dist/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateNdjson } from '../lib/generate/index.ts';
import { parseBenchArgs } from '../lib/bench/args.ts';
import { writeBaselineProject } from '../lib/bench/baseline.ts';
import { BENCH_BUILD_DATE, buildBaseline, buildSite, type BuildResult } from '../lib/bench/builds.ts';
import { expectSite, withDerivedPages } from '../lib/bench/expected.ts';
import { formatIncremental, runIncremental, type IncrementalResult } from '../lib/bench/incremental.ts';
import { runMeasured } from '../lib/bench/process.ts';
import { checkTargets, formatTable, type ScaleResult } from '../lib/bench/table.ts';
import type { LoadTimes } from '../lib/bench/timeLoad.ts';
import { discard, emptyTrash } from '../lib/bench/trash.ts';

const TSX_CLI = resolve('node_modules/tsx/dist/cli.mjs');

const log = (line: string): void => {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
};

const fastest = (results: readonly BuildResult[]): BuildResult => results.reduce((best, r) => (r.wallMs < best.wallMs ? r : best));

async function timeLoadSteps(dataset: string): Promise<LoadTimes> {
  const run = await runMeasured(process.execPath, [TSX_CLI, 'scripts/lib/bench/timeLoad.ts', dataset, BENCH_BUILD_DATE]);
  if (run.exitCode !== 0) throw new Error(`load timing failed on ${dataset}:\n${run.output}`);
  return JSON.parse(run.output.trim().split('\n').pop() ?? '') as LoadTimes;
}

async function main(argv: readonly string[]): Promise<number> {
  // 1. Options.
  const args = parseBenchArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  mkdirSync(args.out, { recursive: true });
  emptyTrash(args.out); // a run that was stopped leaves its trash
  const rows: ScaleResult[] = [];

  for (const scale of args.scales) {
    // 2. The dataset (deterministic: same scale and seed, same bytes) and the answer it implies.
    const dataset = join(args.out, `gen-${scale}-seed${args.seed}.ndjson`);
    const text = generateNdjson({ scale, seed: args.seed });
    writeFileSync(dataset, text);
    const counted = expectSite(
      text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    );

    // 3. The data steps on their own: content check, data load, search index.
    const load = await timeLoadSteps(dataset);
    const expected = withDerivedPages(counted, load.derivedPagesPerLang);
    log(
      `scale ${scale}: ${expected.documents} published documents → ${expected.pages} pages expected (${load.derivedPagesPerLang} per language derived: dossiers, reports)`,
    );
    if (load.published !== expected.documents)
      throw new Error(`the content check saw ${load.published} published documents, the dataset has ${expected.documents}.`);
    log(`  check ${load.checkMs} ms, load ${load.loadMs} ms, search index ${load.searchMs} ms`);

    // 4. Site and baseline, alternating, so both see the same load from other work.
    const baselineRoot = join(args.out, `baseline-${scale}`);
    discard(baselineRoot);
    const site: BuildResult[] = [];
    const baseline: BuildResult[] = [];
    for (let run = 1; run <= args.runs; run += 1) {
      const s = await buildSite(dataset, join(args.out, `site-${scale}`), expected);
      site.push(s);
      log(`  site run ${run}: ${s.wallMs} ms wall, ${s.cpuMs ?? '?'} ms CPU, ${s.sizes.htmlPages} pages checked (load avg ${s.loadAverage.toFixed(1)})`);
      if (args.baseline) {
        // As many pages and endpoint files as the site's first build wrote.
        const endpoints = site[0]?.sizes.endpointFiles ?? 0;
        if (run === 1) writeBaselineProject(baselineRoot, expected.pages, endpoints, args.baselineConcurrency);
        const b = await buildBaseline(baselineRoot, expected.pages, endpoints);
        baseline.push(b);
        log(`  baseline run ${run}: ${b.wallMs} ms wall, ${b.cpuMs ?? '?'} ms CPU (load avg ${b.loadAverage.toFixed(1)})`);
      }
    }
    const best = fastest(site);
    const bestBaseline = baseline.length > 0 ? fastest(baseline) : undefined;
    rows.push({
      scale,
      documents: expected.documents,
      pages: best.sizes.htmlPages,
      endpointFiles: best.sizes.endpointFiles,
      wallMs: best.wallMs,
      cpuMs: best.cpuMs,
      maxRssBytes: Math.max(...site.map((r) => r.maxRssBytes ?? 0)) || undefined,
      distBytes: best.sizes.totalBytes,
      searchBytes: best.sizes.searchBytes,
      searchGzipBytes: best.sizes.searchGzipBytes,
      checkMs: load.checkMs,
      loadMs: load.loadMs,
      searchMs: load.searchMs,
      baselineWallMs: bestBaseline?.wallMs,
      baselineCpuMs: bestBaseline?.cpuMs,
      loadAverage: best.loadAverage,
    });
    discard(join(args.out, `site-${scale}`));
  }

  // 5. The table and the targets.
  const table = formatTable(rows);
  const targets = checkTargets(rows, args.baselineConcurrency);
  process.stdout.write(`${table}\n\n${targets.map((t) => `- ${t}`).join('\n')}\n`);

  // 6. Optionally, edit to live: five edits, each an incremental build, at every scale; then a full build to compare.
  const incremental: IncrementalResult[] = [];
  if (args.incremental) {
    for (const scale of args.scales)
      incremental.push(await runIncremental(join(args.out, `gen-${scale}-seed${args.seed}.ndjson`), args.out, scale, log, { via: args.via }));
    process.stdout.write(
      `\nEdit to live (${args.via === 'live' ? 'the live build process, as the publisher runs it' : 'INCREMENTAL_BUILD=1 astro build per edit'}; the served output updated in place):\n\n${formatIncremental(incremental)}\n`,
    );
  }
  if (args.json) writeFileSync(args.json, `${JSON.stringify({ rows, targets, incremental }, null, 2)}\n`);
  emptyTrash(args.out);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
