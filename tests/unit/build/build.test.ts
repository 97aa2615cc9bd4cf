/**
 * The whole path from NDJSON to HTML, run as staff and CI run it: `astro build` on another
 * valid file builds from that file; an invalid file stops the build before anything is written.
 * Both builds go to temporary directories so they never touch dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'register-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(contentFile: string, outDir: string) {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_FILE: contentFile, BUILD_DATE: '2026-11-28', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// One test, two builds in sequence: concurrent Astro builds would share .astro/ caches.
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
