/**
 * One measured Astro build: the site on a dataset, or the bare baseline project. Both run the
 * same Astro CLI in a child process under the same Node, so the two are comparable.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlFileOf, type ExpectedSite } from './expected.ts';
import { measureOutput, type OutputSizes } from './output.ts';
import { runMeasured, type Measured } from './process.ts';
import { discard } from './trash.ts';

const ASTRO_CLI = resolve('node_modules/astro/bin/astro.mjs');
/** Pinned so every run (and the load timing) renders the same states, deadlines and clocks. */
export const BENCH_BUILD_DATE = '2026-01-15';

export interface BuildResult extends Measured {
  readonly sizes: OutputSizes;
  /** 1-minute load average when the build started (other work on the machine). */
  readonly loadAverage: number;
}

/** The build failed or wrote the wrong answer: the benchmark stops instead of timing it. */
export class BenchCheckError extends Error {
  override name = 'BenchCheckError';
}

function tail(text: string, lines = 30): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

async function build(args: readonly string[], env: NodeJS.ProcessEnv, outDir: string, publicDir?: string): Promise<BuildResult> {
  discard(outDir); // not deleted here: trash.ts says why
  const loadAverage = (await import('node:os')).loadavg()[0] ?? 0;
  const measured = await runMeasured(process.execPath, [ASTRO_CLI, 'build', ...args], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (measured.exitCode !== 0) throw new BenchCheckError(`astro build ${args.join(' ')} failed (exit ${measured.exitCode}):\n${tail(measured.output)}`);
  return { ...measured, sizes: measureOutput(outDir, 'search', publicDir), loadAverage };
}

/**
 * Build the site from `dataset` into `outDir`, then check the answer: exactly the expected
 * number of HTML pages, the known pages present, and a search index.
 */
export async function buildSite(dataset: string, outDir: string, expected: ExpectedSite, extraArgs: readonly string[] = []): Promise<BuildResult> {
  const result = await build(
    ['--outDir', outDir, ...extraArgs],
    { CONTENT_SOURCE: 'local', CONTENT_FILE: dataset, BUILD_DATE: BENCH_BUILD_DATE },
    outDir,
    resolve('site/public'),
  );
  checkPages(outDir, result.sizes, expected);
  if (!existsSync(join(outDir, 'search', 'manifest.json'))) throw new BenchCheckError(`${outDir}: no search/manifest.json — the search index was not written.`);
  return result;
}

/** Build the bare baseline project in `root` (see baseline.ts) and check its page and endpoint counts. */
export async function buildBaseline(root: string, pages: number, endpoints = 0): Promise<BuildResult> {
  const outDir = join(root, 'dist');
  const result = await build(['--root', root], {}, outDir);
  if (result.sizes.htmlPages !== pages) throw new BenchCheckError(`baseline ${root}: ${result.sizes.htmlPages} pages written, ${pages} expected.`);
  if (result.sizes.endpointFiles !== endpoints)
    throw new BenchCheckError(`baseline ${root}: ${result.sizes.endpointFiles} endpoint files written, ${endpoints} expected.`);
  return result;
}

export function checkPages(outDir: string, sizes: OutputSizes, expected: ExpectedSite): void {
  if (sizes.htmlPages !== expected.pages) {
    throw new BenchCheckError(
      `${outDir}: ${sizes.htmlPages} HTML pages written, ${expected.pages} expected from the dataset (${JSON.stringify(expected.counts)} × 2 languages + fixed pages).`,
    );
  }
  for (const page of expected.knownPages) {
    if (!existsSync(join(outDir, htmlFileOf(page)))) throw new BenchCheckError(`${outDir}: the page ${page} was not written.`);
  }
}
