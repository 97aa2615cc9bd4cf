/**
 * Edit to live: one edit of each kind staff make — an enterprise, a standard, a nomination, a
 * programme, an award — one after another on the same output, each followed by a build that
 * brings the served output to it, timed (wall and CPU) with what it rendered and wrote; then a
 * full `astro build` of the final data, which the output must equal byte for byte. The output
 * directory is the served one: when the build returns, the site is live.
 *
 * Two ways to build after an edit:
 * - `live` (the publisher's): the live build process (site/integrations/liveBuild.ts) started
 *   once — its first build is timed apart — and asked to rebuild after each edit;
 * - `cli`: `INCREMENTAL_BUILD=1 astro build` per edit (site/integrations/incrementalBuild.ts),
 *   which pays Astro's start and Vite's bundling each time.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isPublicNomination } from '../../../site/lib/domain/visibility.ts';
import { createLiveBuilder } from '../publisher/liveBuilder.ts';
import { BENCH_BUILD_DATE } from './builds.ts';
import { runMeasured } from './process.ts';
import { discard } from './trash.ts';

const ASTRO_CLI = resolve('node_modules/astro/bin/astro.mjs');

export const EDIT_KINDS = ['enterprise', 'standard', 'nomination', 'programme', 'award'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** The document type and the displayed, free-text field an editor changes, per kind (a nomination: a public one). */
const EDITS: Readonly<Record<EditKind, readonly [type: string, field: string, shown?: (doc: Doc) => boolean]>> = {
  enterprise: ['enterprise', 'description'],
  standard: ['standard', 'title'],
  nomination: ['nomination', 'recommendedBy', (doc) => isPublicNomination(doc as Parameters<typeof isPublicNomination>[0])],
  programme: ['supportProgram', 'title'],
  award: ['award', 'name'],
};

interface Doc {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

/**
 * One edit as an editor makes it: the first published document of the kind that has the
 * field (and is shown on the site) gets "（已更新）" / " (updated)" appended to both languages of it.
 * @example editRecord(ndjson, 'standard').id //=> 'standard-…'
 */
export function editRecord(ndjson: string, kind: EditKind): { text: string; id: string } {
  const [type, field, shown = () => true] = EDITS[kind];
  const lines = ndjson.trimEnd().split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (!line.includes(`"_type":"${type}"`) || line.startsWith('{"_id":"drafts.')) continue;
    const doc = JSON.parse(line) as Doc;
    const value = doc[field] as { _type: string; zh: string; en?: string } | undefined;
    if (doc._type !== type || value === undefined || typeof value.zh !== 'string' || !shown(doc)) continue;
    doc[field] = { ...value, zh: `${value.zh}（已更新）`, en: `${value.en ?? ''} (updated)`.trimStart() };
    lines[i] = JSON.stringify(doc);
    return { text: `${lines.join('\n')}\n`, id: doc._id };
  }
  throw new Error(`the dataset has no published ${type} with a ${field}`);
}

/** What incrementalBuild.ts logged: paths rendered and kept, files written and removed. */
export interface BuildFigures {
  readonly rendered: number;
  readonly unchanged: number;
  readonly written: number;
  readonly writtenBytes: number;
  readonly removed: number;
}

const plain = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Read the figures from a build's output; undefined when it was not applied in place (a first build). */
export function parseBuildFigures(output: string): BuildFigures | undefined {
  const m = /(\d+) rendered, (\d+) unchanged; (\d+) file\(s\) written \((\d+) bytes\), (\d+) removed/.exec(plain(output));
  if (!m) return undefined;
  const [, rendered, unchanged, written, bytes, removed] = m.map(Number) as [number, number, number, number, number, number];
  return { rendered, unchanged, written, writtenBytes: bytes, removed };
}

/** How the output is brought to an edit (see above). */
export type BuildVia = 'live' | 'cli';

export interface EditRow extends BuildFigures {
  /** Bytes of the search index files the edit changed (new or different), and of the whole index after it. */
  readonly searchWrittenBytes: number;
  readonly searchBytes: number;
  readonly via: BuildVia;
  readonly scale: number;
  readonly kind: EditKind;
  readonly id: string;
  readonly wallMs: number;
  readonly cpuMs: number | undefined;
}

export interface IncrementalResult {
  readonly rows: EditRow[];
  readonly firstBuildMs: number;
  /** Files of the incremental output that differ from (or are missing in, or extra to) the full build's. */
  readonly differences: string[];
  readonly files: number;
}

function filesOf(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Each search index file of an output (`search/…`) by its digest and size. */
export function searchFiles(outDir: string): Map<string, { readonly digest: string; readonly size: number }> {
  const root = join(outDir, 'search');
  const files = new Map<string, { digest: string; size: number }>();
  for (const file of filesOf(root)) {
    const bytes = readFileSync(join(root, file));
    files.set(file, { digest: createHash('sha1').update(bytes).digest('base64url'), size: bytes.length });
  }
  return files;
}

/** What an edit did to the search index: bytes of the files that are new or changed, and of the whole index after. */
export function searchChange(
  before: ReadonlyMap<string, { readonly digest: string }>,
  after: ReadonlyMap<string, { readonly digest: string; readonly size: number }>,
): { searchWrittenBytes: number; searchBytes: number } {
  let searchWrittenBytes = 0;
  let searchBytes = 0;
  for (const [file, { digest, size }] of after) {
    searchBytes += size;
    if (before.get(file)?.digest !== digest) searchWrittenBytes += size;
  }
  return { searchWrittenBytes, searchBytes };
}

/** Paths that differ between two output directories (content, or present in one only). */
export function compareOutputs(a: string, b: string): { differences: string[]; files: number } {
  const left = filesOf(a);
  const right = new Set(filesOf(b));
  const differences: string[] = [];
  for (const file of left) {
    if (!right.delete(file)) differences.push(`${file} (only in the incremental output)`);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) differences.push(file);
  }
  for (const file of right) differences.push(`${file} (missing from the incremental output)`);
  return { differences, files: left.length };
}

export interface IncrementalOptions {
  /** BUILD_DATE of every build (the benchmark's by default). */
  readonly buildDate?: string;
  /** Leave both outputs in `workDir` (`site-incremental-<scale>`, `site-full-<scale>`) for the caller to read. */
  readonly keep?: boolean;
  /** `live` (default) or `cli`. */
  readonly via?: BuildVia;
}

export async function runIncremental(
  dataset: string,
  workDir: string,
  scale: number,
  log: (line: string) => void,
  options: IncrementalOptions = {},
): Promise<IncrementalResult> {
  const file = join(workDir, `incremental-${scale}.ndjson`);
  const outDir = join(workDir, `site-incremental-${scale}`);
  const fullDir = join(workDir, `site-full-${scale}`);
  for (const dir of [outDir, fullDir]) discard(dir);
  writeFileSync(file, readFileSync(dataset));
  const env = (incremental: boolean) => ({
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    INCREMENTAL_BUILD: incremental ? '1' : '',
    CONTENT_SOURCE: 'local',
    CONTENT_FILE: file,
    BUILD_DATE: options.buildDate ?? BENCH_BUILD_DATE,
    FORCE_COLOR: '0',
  });
  const build = (dir: string, incremental: boolean) => runMeasured(process.execPath, [ASTRO_CLI, 'build', '--outDir', dir], { env: env(incremental) });
  const must = (run: Awaited<ReturnType<typeof build>>, what: string) => {
    if (run.exitCode !== 0) throw new Error(`incremental benchmark: ${what} failed (exit ${run.exitCode}):\n${run.output.split('\n').slice(-20).join('\n')}`);
    return run;
  };

  const via = options.via ?? 'live';
  const rows: EditRow[] = [];
  let firstBuildMs: number;
  if (via === 'cli') {
    const first = must(await build(outDir, true), 'the first build');
    firstBuildMs = first.wallMs;
    log(`  incremental ${scale}: first build ${first.wallMs} ms (renders everything, writes the manifest)`);
    for (const kind of EDIT_KINDS) {
      const { text, id } = editRecord(readFileSync(file, 'utf8'), kind);
      const index = searchFiles(outDir);
      writeFileSync(file, text);
      const run = must(await build(outDir, true), `the build after editing ${id}`);
      const figures = parseBuildFigures(run.output);
      if (!figures)
        throw new Error(`incremental benchmark: the build after editing ${id} did not apply in place:\n${run.output.split('\n').slice(-20).join('\n')}`);
      rows.push({ via, scale, kind, id, wallMs: run.wallMs, cpuMs: run.cpuMs, ...figures, ...searchChange(index, searchFiles(outDir)) });
      log(`  incremental ${scale}: ${kind} ${id}: ${run.wallMs} ms wall, ${figures.rendered} rendered, ${figures.written} file(s) written`);
    }
  } else {
    const builder = createLiveBuilder({ env: env(true) });
    try {
      let started = performance.now();
      await builder.build(outDir);
      firstBuildMs = Math.round(performance.now() - started);
      log(`  live ${scale}: first build ${firstBuildMs} ms (starts the live build process, renders what the manifest does not vouch for)`);
      for (const kind of EDIT_KINDS) {
        const { text, id } = editRecord(readFileSync(file, 'utf8'), kind);
        const index = searchFiles(outDir);
        started = performance.now();
        writeFileSync(file, text);
        const { cpuMs, rendered, unchanged, written, writtenBytes, removed } = await builder.build(outDir);
        const wallMs = Math.round(performance.now() - started);
        rows.push({ via, scale, kind, id, wallMs, cpuMs, rendered, unchanged, written, writtenBytes, removed, ...searchChange(index, searchFiles(outDir)) });
        log(`  live ${scale}: ${kind} ${id}: ${wallMs} ms wall, ${rendered} rendered, ${written} file(s) written`);
      }
    } finally {
      await builder.stop();
    }
  }
  must(await build(fullDir, false), 'the full build of the edited data');
  const { differences, files } = compareOutputs(outDir, fullDir);
  log(`  incremental ${scale}: ${files} files compared with a full build, ${differences.length} differ`);
  if (!options.keep) for (const dir of [outDir, fullDir]) discard(dir);
  return { rows, firstBuildMs, differences, files };
}

/** Edit to live at most this long (p50 of the five kinds), by scale: issue 16 names about 5,000 and about 50,000 documents. */
export function editTarget(scale: number): number | undefined {
  if (scale >= 40_000) return 10_000;
  if (scale <= 10_000) return 3_000;
  return undefined;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Of the search index's bytes, the share one edit may change (issue 16). */
export const SEARCH_WRITE_TARGET = 0.01;

const percent = (r: Pick<EditRow, 'searchWrittenBytes' | 'searchBytes'>): number => (r.searchBytes === 0 ? 0 : r.searchWrittenBytes / r.searchBytes);
const searchShare = (r: EditRow): string =>
  `${r.searchWrittenBytes.toLocaleString('en')} of ${r.searchBytes.toLocaleString('en')} (${(percent(r) * 100).toFixed(1)} %)`;

const seconds = (ms: number | undefined): string => (ms === undefined ? '?' : (ms / 1000).toFixed(1));

/** The edit-to-live table (Markdown) and one target line per scale. */
export function formatIncremental(results: readonly IncrementalResult[]): string {
  const lines = [
    '| scale | build | edit | record | wall s | CPU s | paths rendered | paths unchanged | files written | bytes written | files removed | search index bytes changed |',
    '| ----: | ----- | ---- | ------ | -----: | ----: | -------------: | --------------: | ------------: | ------------: | ------------: | -------------------------: |',
  ];
  for (const result of results) {
    for (const r of result.rows) {
      lines.push(
        `| ${r.scale} | ${r.via} | ${r.kind} | ${r.id} | ${seconds(r.wallMs)} | ${seconds(r.cpuMs)} | ${r.rendered} | ${r.unchanged} | ${r.written} | ${r.writtenBytes.toLocaleString('en')} | ${r.removed} | ${searchShare(r)} |`,
      );
    }
  }
  lines.push('');
  for (const result of results) {
    const scale = result.rows[0]?.scale ?? 0;
    const p50 = median(result.rows.map((r) => r.wallMs));
    const limit = editTarget(scale);
    const how = `p50 of ${result.rows.length} edits, ${result.rows[0]?.via ?? 'live'} build`;
    lines.push(
      limit === undefined
        ? `- edit to live at ${scale} documents (${how}): ${seconds(p50)} s — no target at this scale (first build ${seconds(result.firstBuildMs)} s)`
        : `- edit to live at ${scale} documents ≤ ${limit / 1000} s (${how}): ${seconds(p50)} s — ${p50 <= limit ? 'met' : 'NOT met'} (first build ${seconds(result.firstBuildMs)} s)`,
    );
    const worst = Math.max(...result.rows.map(percent));
    lines.push(
      `- search index bytes changed by one edit ≤ ${SEARCH_WRITE_TARGET * 100} % at ${scale} documents (the most of ${result.rows.length} edits): ${(worst * 100).toFixed(1)} % — ${worst <= SEARCH_WRITE_TARGET ? 'met' : 'NOT met'}`,
    );
    lines.push(
      `- incremental output equals a full build at ${scale} documents: ${result.differences.length === 0 ? `yes, ${result.files} files — met` : `NO, ${result.differences.length} of ${result.files} files differ (${result.differences.slice(0, 5).join(', ')}) — NOT met`}`,
    );
  }
  return lines.join('\n');
}
