/**
 * The parts of the incremental build (site/integrations/incrementalBuild.ts) that decide what
 * to render and what to write, on their own: where a path's file is, which paths render, how a
 * build is applied to the live output, and when a manifest is trusted. The whole build is in
 * build.test.ts (five edits, then byte-identical to a full build) and atomic.test.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  applyBuild,
  codeDigest,
  manifestPathOf,
  MANIFEST_VERSION,
  outputFileOf,
  planBuild,
  readManifest,
  type BuildManifest,
} from '../../../site/integrations/incrementalBuild.ts';

const scratch = mkdtempSync(join(tmpdir(), 'incremental-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeTree(root: string, files: Readonly<Record<string, string>>): void {
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), body);
  }
}

function readTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out[relative(root, join(entry.parentPath, entry.name))] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

const page = (pathname: string, cacheKey?: string) => ({
  pathname,
  route: { type: 'page', route: '/[...lang]/enterprises/[slug]' },
  ...(cacheKey === undefined ? {} : { cacheKey }),
});
const endpoint = (pathname: string, cacheKey?: string) => ({
  pathname,
  route: { type: 'endpoint', route: '/search/[...file]' },
  ...(cacheKey === undefined ? {} : { cacheKey }),
});

describe('outputFileOf', () => {
  it('maps a page to its index.html and an endpoint to itself, as Astro writes them with build.format directory', () => {
    expect(outputFileOf('/en/enterprises/alpha/', 'page')).toBe('en/enterprises/alpha/index.html');
    expect(outputFileOf('/enterprises/alpha', 'page')).toBe('enterprises/alpha/index.html');
    expect(outputFileOf('/', 'page')).toBe('index.html');
    expect(outputFileOf('/search/docs/0.json', 'endpoint')).toBe('search/docs/0.json');
    expect(outputFileOf('/en/enterprises/alpha/calendar.ics/', 'endpoint')).toBe('en/enterprises/alpha/calendar.ics');
  });
});

describe('planBuild', () => {
  const previous: BuildManifest = {
    version: MANIFEST_VERSION,
    code: 'c',
    files: { 'enterprises/a/index.html': 'k1', 'enterprises/b/index.html': 'k2', 'search/manifest.json': '#x' },
  };

  it('renders paths without a key, with a changed key, or new; keeps the rest', () => {
    const paths = [
      page('/enterprises/a/', 'k1'),
      page('/enterprises/b/', 'k2-changed'),
      page('/enterprises/c/', 'k3'),
      endpoint('/search/manifest.json'),
      page('/stats/'),
    ];
    const plan = planBuild(paths, previous);
    expect(plan.render.map((p) => p.pathname)).toEqual(['/enterprises/b/', '/enterprises/c/', '/search/manifest.json', '/stats/']);
    expect(plan.kept).toBe(1);
    expect({ ...plan.keyed }).toEqual({ 'enterprises/a/index.html': 'k1', 'enterprises/b/index.html': 'k2-changed', 'enterprises/c/index.html': 'k3' });
  });

  it('renders everything without a previous manifest', () => {
    const plan = planBuild([page('/enterprises/a/', 'k1'), page('/stats/')], undefined);
    expect(plan.render).toHaveLength(2);
    expect(plan.kept).toBe(0);
  });
});

describe('applyBuild', () => {
  it('moves in only files whose bytes or key changed, removes files the build no longer has, and returns the new manifest', () => {
    const root = mkdtempSync(join(scratch, 'apply-'));
    const live = join(root, 'dist');
    const staging = join(root, '.dist.building-1');
    writeTree(live, {
      'enterprises/a/index.html': 'A',
      'enterprises/b/index.html': 'B',
      'enterprises/gone/index.html': 'G',
      'search/manifest.json': 'M',
      'sitemap-0.xml': 'S',
    });
    const previous = applyBaseline(live);
    // This build: b re-rendered (its key changed), the search manifest and sitemap re-rendered (sitemap with the same bytes), a new page c; `gone` has no path any more.
    writeTree(staging, { 'enterprises/b/index.html': 'B2', 'enterprises/c/index.html': 'C', 'search/manifest.json': 'M2', 'sitemap-0.xml': 'S' });
    const keyed = { 'enterprises/a/index.html': 'ka', 'enterprises/b/index.html': 'kb2', 'enterprises/c/index.html': 'kc' };
    const { manifest, result } = applyBuild(staging, live, previous, keyed);
    expect(readTree(live)).toEqual({
      'enterprises/a/index.html': 'A',
      'enterprises/b/index.html': 'B2',
      'enterprises/c/index.html': 'C',
      'search/manifest.json': 'M2',
      'sitemap-0.xml': 'S',
    });
    expect(result.files.written.sort()).toEqual(['enterprises/b/index.html', 'enterprises/c/index.html', 'search/manifest.json']);
    expect(result.files.removed).toEqual(['enterprises/gone/index.html']);
    expect(result).toMatchObject({ written: 3, writtenBytes: 5, removed: 1, unchanged: 1 });
    expect(Object.keys(manifest).sort()).toEqual([
      'enterprises/a/index.html',
      'enterprises/b/index.html',
      'enterprises/c/index.html',
      'search/manifest.json',
      'sitemap-0.xml',
    ]);
    expect(manifest['enterprises/b/index.html']).toBe('kb2');
    expect(manifest['sitemap-0.xml']).toBe(previous.files['sitemap-0.xml']);
    expect(manifest['search/manifest.json']).toMatch(/^#/);
    expect(manifest['search/manifest.json']).not.toBe(previous.files['search/manifest.json']);
  });
});

/** A manifest describing `dir` as a first build would: pages by key, other files by their bytes. */
function applyBaseline(dir: string): BuildManifest {
  // An empty staging directory applied to an empty manifest yields nothing; build the baseline with applyBuild itself.
  const empty = mkdtempSync(join(scratch, 'empty-'));
  const target = mkdtempSync(join(scratch, 'target-'));
  writeTree(empty, readTree(dir));
  const { manifest } = applyBuild(
    empty,
    target,
    { version: MANIFEST_VERSION, code: 'c', files: {} },
    { 'enterprises/a/index.html': 'ka', 'enterprises/b/index.html': 'kb', 'enterprises/gone/index.html': 'kg' },
  );
  return { version: MANIFEST_VERSION, code: 'c', files: manifest };
}

describe('readManifest and codeDigest', () => {
  it('trusts a manifest only of this version and this code', () => {
    const root = mkdtempSync(join(scratch, 'manifest-'));
    const out = join(root, 'dist');
    mkdirSync(out);
    expect(manifestPathOf(out)).toBe(join(root, '.dist.manifest.json'));
    expect(readManifest(out, 'c')).toBeUndefined();
    writeFileSync(manifestPathOf(out), JSON.stringify({ version: MANIFEST_VERSION, code: 'c', files: { 'a/index.html': 'k' } }));
    expect(readManifest(out, 'c')?.files).toEqual({ 'a/index.html': 'k' });
    expect(readManifest(out, 'other code')).toBeUndefined();
    writeFileSync(manifestPathOf(out), JSON.stringify({ version: MANIFEST_VERSION + 1, code: 'c', files: {} }));
    expect(readManifest(out, 'c')).toBeUndefined();
    writeFileSync(manifestPathOf(out), '{ not json');
    expect(readManifest(out, 'c')).toBeUndefined();
  });

  it('changes with any source file, the config and SITE_URL, and not otherwise', () => {
    const root = mkdtempSync(join(scratch, 'code-'));
    writeTree(root, { 'astro.config.mjs': 'export default {}', 'site/pages/index.astro': '<h1>a</h1>', 'site/lib/x.ts': 'export const x = 1;' });
    const digest = () => codeDigest(root, join(root, 'site'), { SITE_URL: 'https://a.example' });
    const first = digest();
    expect(digest()).toBe(first);
    writeFileSync(join(root, 'site/lib/x.ts'), 'export const x = 2;');
    const second = digest();
    expect(second).not.toBe(first);
    writeFileSync(join(root, 'astro.config.mjs'), 'export default { site: "x" }');
    expect(digest()).not.toBe(second);
    expect(codeDigest(root, join(root, 'site'), { SITE_URL: 'https://b.example' })).not.toBe(digest());
  });
});
