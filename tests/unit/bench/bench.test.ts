/** Smoke test of `npm run bench`'s pieces (the benchmark itself builds the site and is not part of npm test). */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { generateDataset, generateNdjson } from '../../../scripts/lib/generate/index.ts';
import { DEFAULT_SCALES, parseBenchArgs } from '../../../scripts/lib/bench/args.ts';
import { writeBaselineProject } from '../../../scripts/lib/bench/baseline.ts';
import { BenchCheckError, checkPages } from '../../../scripts/lib/bench/builds.ts';
import { expectSite, FIXED_PAGES_PER_LANG, htmlFileOf } from '../../../scripts/lib/bench/expected.ts';
import { compareOutputs, searchChange, EDIT_KINDS, editRecord, formatIncremental, parseBuildFigures } from '../../../scripts/lib/bench/incremental.ts';
import { measureOutput } from '../../../scripts/lib/bench/output.ts';
import { parseGnuTime } from '../../../scripts/lib/bench/process.ts';
import { checkTargets, formatTable, type ScaleResult } from '../../../scripts/lib/bench/table.ts';
import { discard, emptyTrash } from '../../../scripts/lib/bench/trash.ts';

const work = mkdtempSync(join(tmpdir(), 'bench-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bench arguments', () => {
  it('defaults to the three scales of the issue, one run, with the baseline', () => {
    expect(parseBenchArgs([])).toMatchObject({ scales: DEFAULT_SCALES, runs: 1, baseline: true, incremental: false, out: '.tmp/bench-run' });
  });
  it('reads --scales and --runs in both spellings', () => {
    expect(parseBenchArgs(['--scales', '5000,25_000', '--runs=2', '--no-baseline'])).toMatchObject({ scales: [5000, 25000], runs: 2, baseline: false });
  });
  it("builds the baseline with Astro's default concurrency unless asked", () => {
    expect(parseBenchArgs([])).toMatchObject({ baselineConcurrency: 1 });
    expect(parseBenchArgs(['--baseline-concurrency=64'])).toMatchObject({ baselineConcurrency: 64 });
    expect(parseBenchArgs(['--baseline-concurrency', '0'])).toMatch(/--baseline-concurrency needs a whole number/);
  });
  it('refuses bad values and output outside .tmp/bench-*', () => {
    expect(parseBenchArgs(['--scales', '5k'])).toMatch(/--scales needs whole numbers/);
    expect(parseBenchArgs(['--runs', '0'])).toMatch(/--runs/);
    expect(parseBenchArgs(['--out', 'dist'])).toMatch(/\.tmp\/bench-/);
    expect(parseBenchArgs(['--fast'])).toMatch(/unknown argument "--fast"/);
  });
});

describe('bench trash', () => {
  it('moves a finished output aside, keeping its files, and deletes the trash only when asked', () => {
    const root = join(work, 'trash-root');
    mkdirSync(join(root, 'site-5000', 'en'), { recursive: true });
    writeFileSync(join(root, 'site-5000', 'en', 'index.html'), '<p>');
    mkdirSync(join(root, 'baseline-5000', 'dist'), { recursive: true });
    discard(join(root, 'site-5000'));
    discard(join(root, 'baseline-5000', 'dist'));
    discard(join(root, 'missing'));
    expect(existsSync(join(root, 'site-5000'))).toBe(false);
    const [moved] = readdirSync(join(root, '.trash'));
    expect(moved).toMatch(new RegExp(`^site-5000-${process.pid}-\\d+$`));
    expect(readFileSync(join(root, '.trash', moved ?? '', 'en', 'index.html'), 'utf8')).toBe('<p>');
    expect(readdirSync(join(root, 'baseline-5000', '.trash'))).toHaveLength(1);
    emptyTrash(root);
    expect(existsSync(join(root, '.trash'))).toBe(false);
    expect(existsSync(join(root, 'baseline-5000', '.trash'))).toBe(false);
    expect(existsSync(join(root, 'baseline-5000'))).toBe(true);
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
    expect(expected.knownPages).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/enterprises\/[a-z0-9-]+\/$/), expect.stringMatching(/^\/en\/enterprises\//)]),
    );
    expect(htmlFileOf('/en/stats/')).toBe('en/stats/index.html');
  });
  it('fails a build that wrote the wrong number of pages', () => {
    const sizes = { files: 1, htmlPages: expected.pages - 1, endpointFiles: 0, totalBytes: 1, searchFiles: 0, searchBytes: 0, searchGzipBytes: 0 };
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
    expect(readFileSync(join(root, 'astro.config.mjs'), 'utf8')).toContain("build: { format: 'directory' },");
  });
  it('sets build.concurrency in the config only when asked for more than one page at a time', () => {
    const root = join(work, 'baseline-concurrent');
    writeBaselineProject(root, 100, 0, 64);
    expect(readFileSync(join(root, 'astro.config.mjs'), 'utf8')).toContain("build: { format: 'directory', concurrency: 64 },");
  });
  it("adds an endpoint route writing as many files as the site's endpoints, when asked", () => {
    const root = join(work, 'baseline-endpoints');
    writeBaselineProject(root, 100, 40);
    expect(readFileSync(join(root, 'src/pages/e/[n].json.js'), 'utf8')).toContain('length: 40');
  });
  it('counts as endpoint files what routes wrote: not HTML, bundled assets, public files, sitemap or redirect rules', () => {
    const out = join(work, 'output-kinds');
    const pub = join(work, 'output-public');
    const files: Record<string, string> = {
      'index.html': '<p>',
      'en/x/index.html': '<p>',
      '_astro/app.js': 'js',
      'sitemap-index.xml': 'x',
      'sitemap-0.xml': 'x',
      _redirects: 'r',
      '_redirects.nginx': 'r',
      'favicon.svg': 'svg',
      'data/enterprises.csv': 'a,b',
      'search/docs/0.json': '[]',
      'enterprises/a/calendar.ics': 'BEGIN',
    };
    for (const [name, body] of Object.entries(files)) {
      mkdirSync(dirname(join(out, name)), { recursive: true });
      writeFileSync(join(out, name), body);
    }
    mkdirSync(pub, { recursive: true });
    writeFileSync(join(pub, 'favicon.svg'), 'svg');
    const sizes = measureOutput(out, 'search', pub);
    expect({ files: sizes.files, htmlPages: sizes.htmlPages, endpointFiles: sizes.endpointFiles }).toEqual({ files: 11, htmlPages: 2, endpointFiles: 3 });
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
    endpointFiles: scale,
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
    expect(targets).toContain("build CPU ÷ bare baseline (Astro's defaults) at 5,000 docs ≤ 2.0: CPU 2.00 (wall 2.00) — met");
    expect(targets).toContain("build CPU ÷ bare baseline (Astro's defaults) at 50,000 docs ≤ 2.0: CPU 2.00 (wall 2.00) — met");
    expect(checkTargets(rows, 64).join('\n')).toContain('build CPU ÷ bare baseline (build.concurrency 64) at 5,000 docs ≤ 2.0: CPU 2.00');
    expect(targets).toMatch(/t\(50000\) ÷ t\(5000\) ≤ 11 .*wall 10\.00.* — met/);
    expect(targets).toMatch(/content check \+ data load .* 2\.0 s — met/);
  });
  it('judges the ratio on CPU time, at every scale', () => {
    const noisy = { ...row(50_000, 100_000), baselineWallMs: 200_000, baselineCpuMs: 30_000 };
    expect(checkTargets([row(5000, 10_000), noisy]).join('\n')).toContain('at 50,000 docs ≤ 2.0: CPU 3.33 (wall 0.50) — NOT met');
  });
});

describe('edit-to-live step', () => {
  it.each(EDIT_KINDS)('a %s edit changes exactly one published document of its type, in both languages', (kind) => {
    const text = generateNdjson({ scale: 1000, seed: 3 });
    const { text: changed, id } = editRecord(text, kind);
    const before = text.split('\n');
    const after = changed.split('\n');
    expect(after).toHaveLength(before.length);
    const differing = after.filter((line, i) => line !== before[i]);
    expect(differing).toHaveLength(1);
    expect(differing[0]).toContain(`"_id":"${id}"`);
    expect(id).toMatch(
      { enterprise: /^enterprise-/, standard: /^standard-/, nomination: /^nomination-/, programme: /^supportProgram-/, award: /^award-/ }[kind],
    );
    expect(differing[0]).toContain('（已更新）');
    expect(differing[0]).toContain(' (updated)');
  });

  it('reads the figures of an incremental build from its log, and none from a first build', () => {
    const log =
      '\u001b[2m12:27:55\u001b[22m [register-incremental] 565 rendered, 182 unchanged; 481 file(s) written (5568194 bytes), 2 removed, 95 rendered but unchanged';
    expect(parseBuildFigures(log)).toEqual({ rendered: 565, unchanged: 182, written: 481, writtenBytes: 5568194, removed: 2 });
    expect(parseBuildFigures('[register-incremental] 747 of 747 paths to render, 0 unchanged')).toBeUndefined();
  });

  it('prints one row per edit and marks the p50 against the target of its scale', () => {
    const rows = EDIT_KINDS.map((kind, i) => ({
      via: 'live' as const,
      scale: 50_000,
      kind,
      id: `${kind}-1`,
      wallMs: [8_000, 9_000, 12_000, 7_000, 30_000][i] ?? 0,
      cpuMs: 9_000,
      rendered: 10,
      unchanged: 5,
      written: 4,
      writtenBytes: 12_345,
      removed: 0,
      searchWrittenBytes: [500, 900, 100, 2_000, 3_000][i] ?? 0,
      searchBytes: 100_000,
    }));
    const table = formatIncremental([{ rows, firstBuildMs: 90_000, differences: [], files: 84_000 }]);
    expect(table).toContain('| 50000 | live | nomination | nomination-1 | 12.0 | 9.0 | 10 | 5 | 4 | 12,345 | 0 | 100 of 100,000 (0.1 %) |');
    expect(table).toContain('- edit to live at 50000 documents ≤ 10 s (p50 of 5 edits, live build): 9.0 s — met (first build 90.0 s)');
    expect(table).toContain('- incremental output equals a full build at 50000 documents: yes, 84000 files — met');
    expect(table).toContain('- search index bytes changed by one edit ≤ 1 % at 50000 documents (the most of 5 edits): 3.0 % — NOT met');
    const slow = formatIncremental([{ rows: rows.map((r) => ({ ...r, scale: 5000 })), firstBuildMs: 9_000, differences: ['a/index.html'], files: 9 }]);
    expect(slow).toContain('- edit to live at 5000 documents ≤ 3 s (p50 of 5 edits, live build): 9.0 s — NOT met');
    expect(slow).toContain('NO, 1 of 9 files differ (a/index.html) — NOT met');
    const between = formatIncremental([{ rows: rows.map((r) => ({ ...r, scale: 25_000 })), firstBuildMs: 9_000, differences: [], files: 9 }]);
    expect(between).toContain('- edit to live at 25000 documents (p50 of 5 edits, live build): 9.0 s — no target at this scale');
  });

  it('counts the search index bytes an edit changed: new and different files, not the unchanged ones', () => {
    const before = new Map([
      ['a.json', { digest: '1', size: 10 }],
      ['b.json', { digest: '2', size: 20 }],
      ['gone.json', { digest: '3', size: 5 }],
    ]);
    const after = new Map([
      ['a.json', { digest: '1', size: 10 }],
      ['b.json', { digest: '2x', size: 22 }],
      ['new.json', { digest: '4', size: 7 }],
    ]);
    expect(searchChange(before, after)).toEqual({ searchWrittenBytes: 29, searchBytes: 39 });
  });

  it('compares two outputs file by file', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-compare-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    for (const [dir, files] of [
      ['a', { 'x/index.html': '1', 'same.txt': 's', 'only-a.txt': 'a' }],
      ['b', { 'x/index.html': '2', 'same.txt': 's', 'only-b.txt': 'b' }],
    ] as const) {
      for (const [name, body] of Object.entries(files)) {
        mkdirSync(dirname(join(root, dir, name)), { recursive: true });
        writeFileSync(join(root, dir, name), body);
      }
    }
    expect(compareOutputs(join(root, 'a'), join(root, 'b'))).toEqual({
      differences: ['only-a.txt (only in the incremental output)', 'x/index.html', 'only-b.txt (missing from the incremental output)'],
      files: 3,
    });
  });
});
