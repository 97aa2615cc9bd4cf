/**
 * The whole path from NDJSON to HTML, run as staff and CI run it: `astro build` on another
 * valid file builds from that file; an invalid file stops the build before anything is written.
 * Both builds go to temporary directories so they never touch dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { compareOutputs, EDIT_KINDS, runIncremental, type BuildVia } from '../../../scripts/lib/bench/incremental.ts';
import { createLiveBuilder } from '../../../scripts/lib/publisher/liveBuilder.ts';
import { manifestPathOf } from '../../../site/integrations/incrementalBuild.ts';

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
    expect(refused.output).toContain(
      'content check failed: 10 errors in tests/fixtures/content/several-errors.ndjson; no page is written from invalid content.',
    );
    expect(refused.output).toContain('tests/fixtures/content/several-errors.ndjson:1: error: enterprise-many (enterprise) uscc:');
    expect(refused.output).toContain('tests/fixtures/content/several-errors.ndjson:2: error: malformed JSON');
    expect(refused.output).toContain('tests/fixtures/content/several-errors.ndjson:3: error: participation-many (participation) standard:');
    expect(existsSync(bad)).toBe(false);
  });
});

const BUILDS: ReadonlyArray<readonly [BuildVia, string]> = [
  ['cli', 'incremental build (INCREMENTAL_BUILD=1 astro build, site/integrations/incrementalBuild.ts)'],
  ['live', "live build (the publisher's build process, site/integrations/liveBuild.ts)"],
];

describe.each(BUILDS)('%s: %s', (via) => {
  it('after one edit of each kind, renders what changed, writes only changed files, and ends byte-identical to a full build', async () => {
    const work = mkdtempSync(join(scratch, `${via}-`));
    const result = await runIncremental('content/dataset.ndjson', work, 0, () => {}, { buildDate: '2026-11-28', keep: true, via });
    expect(result.rows.map((r) => r.kind)).toEqual([...EDIT_KINDS]);
    for (const row of result.rows) {
      // Each edit re-rendered part of the site, kept the rest, and wrote a part of the files.
      expect(row.rendered, row.id).toBeGreaterThan(0);
      expect(row.unchanged, row.id).toBeGreaterThan(100);
      expect(row.written, row.id).toBeGreaterThan(0);
      expect(row.written, row.id).toBeLessThan(result.files / 2);
    }
    expect(result.differences).toEqual([]);
    const site = join(work, 'site-incremental-0');
    // What each edit changed is on the pages that show it, in both languages.
    const enterprise = readFileSync(join(site, `enterprises/${result.rows[0]!.id.replace(/^enterprise-/, '')}/index.html`), 'utf8');
    expect(enterprise).toContain('（已更新）');
    const english = readFileSync(join(site, `en/enterprises/${result.rows[0]!.id.replace(/^enterprise-/, '')}/index.html`), 'utf8');
    expect(english).toContain('(updated)');
    expect(readFileSync(join(site, 'en/awards/index.html'), 'utf8')).toContain('(updated)');
    expect(readFileSync(join(site, 'support/index.html'), 'utf8')).toContain('（已更新）');
  }, 600_000);
});

describe('live build: failures and deletions', () => {
  it("refuses invalid content changing nothing served, then removes a deleted record's pages, ending equal to a full build", async () => {
    const work = mkdtempSync(join(scratch, 'live-failure-'));
    const file = join(work, 'content.ndjson');
    const out = join(work, 'site');
    const good = readFileSync('content/dataset.ndjson', 'utf8');
    writeFileSync(file, good);
    const builder = createLiveBuilder({ env: { CONTENT_SOURCE: 'local', CONTENT_FILE: file, BUILD_DATE: '2026-11-28' } });
    onTestFinished(() => builder.stop());
    expect((await builder.build(out)).first).toBe(true);
    const before = join(work, 'before');
    cpSync(out, before, { recursive: true });
    const manifest = readFileSync(manifestPathOf(out), 'utf8');

    // A record that breaks the content check: the rebuild is refused with the check's report.
    writeFileSync(file, `${good}{"_id":"enterprise-broken","_type":"enterprise","name":{"_type":"localeString","zh":"坏"}}\n`);
    const lines = good.trimEnd().split('\n').length;
    await expect(builder.build(out)).rejects.toThrow(`${file}:${lines + 1}: error: enterprise-broken (enterprise)`);
    expect(compareOutputs(out, before).differences).toEqual([]);
    expect(readFileSync(manifestPathOf(out), 'utf8')).toBe(manifest);

    // Valid again, with one enterprise (and what links to it) deleted: its pages go, in both languages.
    const gone = 'enterprise-anxin-security';
    const kept = good
      .trimEnd()
      .split('\n')
      .filter((line) => !line.includes(`"${gone}"`));
    writeFileSync(file, `${kept.join('\n')}\n`);
    const rebuilt = await builder.build(out);
    expect(rebuilt.removed).toBeGreaterThan(0);
    expect(existsSync(join(before, 'enterprises/anxin-security/index.html'))).toBe(true);
    expect(existsSync(join(out, 'enterprises/anxin-security/index.html'))).toBe(false);
    expect(existsSync(join(out, 'en/enterprises/anxin-security/index.html'))).toBe(false);
    await builder.stop();

    const full = join(work, 'full');
    const built = build(file, full);
    expect(built.status, built.output).toBe(0);
    expect(compareOutputs(out, full).differences).toEqual([]);
  }, 600_000);
});
