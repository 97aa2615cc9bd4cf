/**
 * The whole path from NDJSON to HTML, run as staff and CI run it: `astro build` on another
 * valid file builds from that file; an invalid file stops the build before anything is written.
 * Both builds go to temporary directories so they never touch dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { writeIncrementalConfig } from '../../../scripts/lib/bench/incremental.ts';

const scratch = mkdtempSync(join(tmpdir(), 'register-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(contentFile: string, outDir: string, { args = [], incremental = false }: { args?: readonly string[]; incremental?: boolean } = {}) {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir, ...args], {
    env: { ...process.env, CONTENT_FILE: contentFile, BUILD_DATE: '2026-11-28', FORCE_COLOR: '0', INCREMENTAL_BUILD: incremental ? '1' : '' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// Builds in sequence (tests in one file run one after another): concurrent Astro builds would share .astro/ caches.
describe('astro build', () => {
  it('builds from CONTENT_FILE, and refuses an invalid file naming every bad document, writing nothing', () => {
    const good = join(scratch, 'good');
    const built = build('tests/fixtures/data/register.ndjson', good);
    expect(built.status, built.output).toBe(0);
    expect(built.output).toContain('tests/fixtures/data/register.ndjson: 13 published documents, content check passed');
    const profile = readFileSync(join(good, 'en/enterprises/alpha/index.html'), 'utf8');
    expect(profile).toContain('Beijing Alpha Technology Co., Ltd.');
    expect(existsSync(join(good, 'standards/gb-t-7714-2015/index.html'))).toBe(true);
    expect(existsSync(join(good, 'en/standards/t-cesa-91234-2026/index.html'))).toBe(true);

    const bad = join(scratch, 'bad');
    const refused = build('tests/fixtures/content/several-errors.ndjson', bad);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('content check failed: 10 errors in tests/fixtures/content/several-errors.ndjson; no page is written from invalid content.');
    expect(refused.output).toContain('tests/fixtures/content/several-errors.ndjson:1: error: enterprise-many (enterprise) uscc:');
    expect(refused.output).toContain('tests/fixtures/content/several-errors.ndjson:2: error: malformed JSON');
    expect(refused.output).toContain('tests/fixtures/content/several-errors.ndjson:3: error: participation-many (participation) standard:');
    expect(existsSync(bad)).toBe(false);
  });
});

/** Every file under a directory, by relative path. */
function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  return out;
}

interface Doc {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

/** Rename the most-linked record of each type the detail pages show, as five editors would. */
function editHubs(ndjson: string): { text: string; ids: string[] } {
  const docs = ndjson.trimEnd().split('\n').map((line) => JSON.parse(line) as Doc);
  const links = new Map<string, number>();
  for (const line of ndjson.match(/"_ref":"[^"]+"/g) ?? []) links.set(line.slice(8, -1), (links.get(line.slice(8, -1)) ?? 0) + 1);
  const hub = (type: string) => docs.filter((d) => d._type === type && !d._id.startsWith('drafts.')).sort((a, b) => (links.get(b._id) ?? 0) - (links.get(a._id) ?? 0))[0];
  const ids: string[] = [];
  for (const [type, field] of [['enterprise', 'name'], ['standard', 'title'], ['technicalCommittee', 'name'], ['award', 'name'], ['supportProgram', 'title']] as const) {
    const doc = hub(type);
    if (!doc) throw new Error(`no ${type} in the dataset`);
    const value = doc[field] as { zh: string; en?: string };
    doc[field] = { ...value, zh: `${value.zh}（改）`, en: `${value.en ?? ''} (edited)` };
    ids.push(doc._id);
  }
  return { text: `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`, ids };
}

describe('incremental build (experimental.incrementalBuild + cacheKey)', () => {
  it('after editing five linked records, re-renders what changed and writes exactly what a full build writes', () => {
    // Inside the project: Astro resolves a --config only there.
    mkdirSync('.tmp', { recursive: true });
    const work = mkdtempSync(join('.tmp', 'test-incremental-'));
    onTestFinished(() => rmSync(work, { recursive: true, force: true }));
    const config = writeIncrementalConfig(work);
    const data = join(work, 'data.ndjson');
    writeFileSync(data, readFileSync('content/dataset.ndjson'));
    const incremental = join(work, 'dist');
    const first = build(data, incremental, { args: ['--config', config], incremental: true });
    expect(first.status, first.output).toBe(0);

    const { text, ids } = editHubs(readFileSync(data, 'utf8'));
    writeFileSync(data, text);
    const second = build(data, incremental, { args: ['--config', config], incremental: true });
    expect(second.status, second.output).toBe(0);
    const restored = (second.output.match(/\((?:cached|restored)\)/g) ?? []).length;
    const full = join(work, 'full');
    const reference = build(data, full);
    expect(reference.status, reference.output).toBe(0);

    const got = filesOf(incremental);
    const want = filesOf(full);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    const stale = [...want].filter(([path, bytes]) => !got.get(path)?.equals(bytes)).map(([path]) => path);
    expect(stale, `pages that differ from a full build after editing ${ids.join(', ')}`).toEqual([]);
    // Pages far from the edits were copied, not rendered (the embedded dataset has 303 pages).
    expect(restored).toBeGreaterThan(50);
    expect(readFileSync(join(incremental, 'en/awards/index.html'), 'utf8')).toContain('(edited)');
  });
});
