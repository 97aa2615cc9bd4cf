/**
 * Astro's experimental incremental build (astro 7.2+, `experimental.incrementalBuild`): a page
 * is skipped when its route returned a `cacheKey` from getStaticPaths, the key equals the last
 * build's and the route's module graph is unchanged. This step builds once with the flag,
 * changes one record of the dataset, rebuilds, and reports both times and how many pages
 * Astro skipped ("cached"/"restored" in its log).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BENCH_BUILD_DATE } from './builds.ts';
import { runMeasured } from './process.ts';

const ASTRO_CLI = resolve('node_modules/astro/bin/astro.mjs');

/** A config that is the project's own with a private cache dir (INCREMENTAL_BUILD=1 turns the build incremental). */
export function writeIncrementalConfig(dir: string): string {
  const file = join(dir, 'astro.incremental.config.mjs');
  const projectConfig = relative(dir, resolve('astro.config.mjs'));
  writeFileSync(
    file,
    `import config from ${JSON.stringify(projectConfig.startsWith('.') ? projectConfig : `./${projectConfig}`)};
export default { ...config, cacheDir: ${JSON.stringify(resolve(dir, 'incremental-cache'))} };
`,
  );
  return file;
}

/** Change one enterprise's English description: one record, one field, as an editor would. */
export function changeOneRecord(ndjson: string): { text: string; id: string } {
  const lines = ndjson.trimEnd().split('\n');
  const at = lines.findIndex((line) => line.includes('"_type":"enterprise"') && !line.startsWith('{"_id":"drafts.'));
  const doc = JSON.parse(lines[at] ?? '{}') as { _id: string; description?: { _type: string; zh: string; en?: string } };
  doc.description = { _type: 'localeText', zh: `${doc.description?.zh ?? ''}（已更新）`, en: `${doc.description?.en ?? ''} (updated)` };
  lines[at] = JSON.stringify(doc);
  return { text: `${lines.join('\n')}\n`, id: doc._id };
}

const skipped = (output: string): number => (output.match(/\((?:cached|restored)\)/g) ?? []).length;

export async function runIncremental(dataset: string, workDir: string, log: (line: string) => void): Promise<string> {
  const config = writeIncrementalConfig(workDir);
  const file = join(workDir, 'incremental.ndjson');
  const outDir = join(workDir, 'site-incremental');
  rmSync(join(workDir, 'incremental-cache'), { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  writeFileSync(file, readFileSync(dataset));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', INCREMENTAL_BUILD: '1', CONTENT_SOURCE: 'local', CONTENT_FILE: file, BUILD_DATE: BENCH_BUILD_DATE };
  const buildOnce = () => runMeasured(process.execPath, [ASTRO_CLI, 'build', '--config', config, '--outDir', outDir], { env });

  const first = await buildOnce();
  if (first.exitCode !== 0) return `incremental build: the first build failed (exit ${first.exitCode}):\n${first.output.split('\n').slice(-20).join('\n')}`;
  log(`  incremental: first build ${first.wallMs} ms`);
  const { text, id } = changeOneRecord(readFileSync(file, 'utf8'));
  writeFileSync(file, text);
  const second = await buildOnce();
  if (second.exitCode !== 0) return `incremental build: the rebuild failed (exit ${second.exitCode}):\n${second.output.split('\n').slice(-20).join('\n')}`;
  log(`  incremental: rebuild after changing ${id}: ${second.wallMs} ms, ${skipped(second.output)} pages skipped`);
  return [
    `Incremental build (experimental.incrementalBuild, ${dataset}):`,
    `- first build ${(first.wallMs / 1000).toFixed(1)} s; rebuild after changing ${id}: ${(second.wallMs / 1000).toFixed(1)} s wall, ${second.cpuMs === undefined ? '?' : (second.cpuMs / 1000).toFixed(1)} s CPU`,
    `- pages Astro skipped in the rebuild: ${skipped(second.output)} (only routes that return a cacheKey from getStaticPaths can be skipped)`,
  ].join('\n');
}
