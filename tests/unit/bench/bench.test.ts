/** Smoke test of `npm run bench`'s pieces (the benchmark itself builds the site and is not part of npm test). */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset, generateNdjson } from '../../../scripts/lib/generate/index.ts';
import { DEFAULT_SCALES, parseBenchArgs } from '../../../scripts/lib/bench/args.ts';
import { writeBaselineProject } from '../../../scripts/lib/bench/baseline.ts';
import { BenchCheckError, checkPages } from '../../../scripts/lib/bench/builds.ts';
import { expectSite, FIXED_PAGES_PER_LANG, htmlFileOf } from '../../../scripts/lib/bench/expected.ts';
import { changeOneRecord } from '../../../scripts/lib/bench/incremental.ts';
import { measureOutput } from '../../../scripts/lib/bench/output.ts';
import { parseGnuTime } from '../../../scripts/lib/bench/process.ts';
import { checkTargets, formatTable, type ScaleResult } from '../../../scripts/lib/bench/table.ts';

const work = mkdtempSync(join(tmpdir(), 'bench-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bench arguments', () => {
  it('defaults to the three scales of the issue, one run, with the baseline', () => {
    expect(parseBenchArgs([])).toMatchObject({ scales: DEFAULT_SCALES, runs: 1, baseline: true, incremental: false, out: '.tmp/bench-run' });
  });
  it('reads --scales and --runs in both spellings', () => {
    expect(parseBenchArgs(['--scales', '5000,25_000', '--runs=2', '--no-baseline'])).toMatchObject({ scales: [5000, 25000], runs: 2, baseline: false });
  });
  it('refuses bad values and output outside .tmp/bench-*', () => {
    expect(parseBenchArgs(['--scales', '5k'])).toMatch(/--scales needs whole numbers/);
    expect(parseBenchArgs(['--runs', '0'])).toMatch(/--runs/);
    expect(parseBenchArgs(['--out', 'dist'])).toMatch(/\.tmp\/bench-/);
    expect(parseBenchArgs(['--fast'])).toMatch(/unknown argument "--fast"/);
  });
});

describe('expected pages', () => {
  const docs = generateDataset({ scale: 1000, seed: 3 });
  const expected = expectSite(docs);
  it('counts two languages of every record page plus the fixed pages and the 404', () => {
    const c = expected.counts;
    const perLang = c.enterprises + c.standards + c.committees + c.programs + c.awards + c.awardYears + FIXED_PAGES_PER_LANG.length;
    expect(expected.pages).toBe(2 * perLang + 1);
    expect(c.awards).toBe(3);
    expect(c.awardYears).toBeGreaterThan(0);
    expect(expected.documents).toBe(docs.filter((d) => !String(d['_id']).includes('.')).length);
  });
  it('names a known enterprise page in both languages', () => {
    expect(expected.knownPages).toEqual(expect.arrayContaining([expect.stringMatching(/^\/enterprises\/[a-z0-9-]+\/$/), expect.stringMatching(/^\/en\/enterprises\//)]));
    expect(htmlFileOf('/en/stats/')).toBe('en/stats/index.html');
  });
  it('fails a build that wrote the wrong number of pages', () => {
    const sizes = { files: 1, htmlPages: expected.pages - 1, totalBytes: 1, searchFiles: 0, searchBytes: 0, searchGzipBytes: 0 };
    expect(() => checkPages(work, sizes, expected)).toThrow(BenchCheckError);
  });
});

describe('bare baseline project', () => {
  it('writes a config, home, 404 and one route for the rest of the pages', () => {
    const root = join(work, 'baseline');
    writeBaselineProject(root, 100);
    expect(existsSync(join(root, 'astro.config.mjs'))).toBe(true);
    expect(readFileSync(join(root, 'src/pages/[...slug].astro'), 'utf8')).toContain('length: 98');
    expect(measureOutput(root).files).toBe(5);
  });
});

describe('measuring and reporting', () => {
  it('reads peak memory and CPU from GNU time', () => {
    const report = '\tUser time (seconds): 11.06\n\tSystem time (seconds): 1.53\n\tMaximum resident set size (kbytes): 846168\n';
    expect(parseGnuTime(report)).toEqual({ cpuMs: 12590, maxRssBytes: 846168 * 1024 });
  });
  const row = (scale: number, wallMs: number): ScaleResult => ({
    scale,
    documents: scale,
    pages: scale,
    wallMs,
    cpuMs: wallMs,
    maxRssBytes: 2 ** 30,
    distBytes: 10 ** 8,
    searchBytes: 10 ** 7,
    searchGzipBytes: 10 ** 6,
    checkMs: 1000,
    loadMs: 1000,
    searchMs: 1000,
    baselineWallMs: wallMs / 2,
    baselineCpuMs: wallMs / 2,
    loadAverage: 1,
  });
  it('prints one row per scale and every target', () => {
    const rows = [row(5000, 10_000), row(50_000, 100_000)];
    expect(formatTable(rows).split('\n')).toHaveLength(4);
    const targets = checkTargets(rows).join('\n');
    expect(targets).toMatch(/wall 2\.00, CPU 2\.00 — NOT met/);
    expect(targets).toMatch(/t\(50000\) ÷ t\(5000\) ≤ 11 .*wall 10\.00.* — met/);
    expect(targets).toMatch(/content check \+ data load .* 2\.0 s — met/);
  });
  it('meets a ratio target only when wall and CPU time both meet it', () => {
    const noisy = { ...row(50_000, 100_000), baselineWallMs: 200_000, baselineCpuMs: 30_000 };
    expect(checkTargets([row(5000, 10_000), noisy]).join('\n')).toMatch(/wall 0\.50, CPU 3\.33 — NOT met/);
  });
});

describe('incremental build step', () => {
  it('changes exactly one published enterprise', () => {
    const text = generateNdjson({ scale: 1000, seed: 3 });
    const { text: changed, id } = changeOneRecord(text);
    const before = text.split('\n');
    const after = changed.split('\n');
    expect(after).toHaveLength(before.length);
    const differing = after.filter((line, i) => line !== before[i]);
    expect(differing).toHaveLength(1);
    expect(differing[0]).toContain(`"_id":"${id}"`);
    expect(id).toMatch(/^enterprise-/);
  });
});
