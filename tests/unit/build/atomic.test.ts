/**
 * The build is atomic (site/integrations/atomicBuild.ts): after a good build, a build that
 * crashes halfway through rendering — on purpose, from a page injected by a test-only config —
 * leaves the output directory byte for byte as it was, with no staging directory left behind,
 * and prints the error once without a stack trace. Also with INCREMENTAL_BUILD=1, whose next
 * good build keeps every page and writes nothing (the manifest beside the output survived).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanErrorOutput, removeWhileWritesSettle, stagingDirOf, swapInto } from '../../../site/integrations/atomicBuild.ts';

mkdirSync('.tmp', { recursive: true });
// Inside the project: Astro resolves a --config only there.
const work = mkdtempSync(join('.tmp', 'test-atomic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The project's config, a private cache, and (crash) a page that throws while rendering. */
function writeConfig(name: string, crash: boolean): string {
  const file = join(work, `${name}.config.mjs`);
  writeFileSync(join(work, 'Crash.astro'), "---\nthrow new Error('crashed on purpose in the middle of the build');\n---\n<p>never</p>\n");
  const project = relative(work, resolve('astro.config.mjs'));
  writeFileSync(
    file,
    `import config from ${JSON.stringify(project)};
import { fileURLToPath } from 'node:url';
const crash = { name: 'crash', hooks: { 'astro:config:setup': ({ injectRoute }) => injectRoute({ pattern: '/zz-crash/', entrypoint: fileURLToPath(new URL('./Crash.astro', import.meta.url)), prerender: true }) } };
export default { ...config, cacheDir: ${JSON.stringify(resolve(work, 'cache'))}, integrations: [${crash ? 'crash, ' : ''}...config.integrations] };
`,
  );
  return file;
}

/** One build of the fixture (the spawn is killed after this); a loaded 2-core machine makes builds slow. */
const BUILD_TIMEOUT = 240_000;

function build(config: string, outDir: string, incremental: boolean) {
  const result = spawnSync('npx', ['astro', 'build', '--config', config, '--outDir', outDir], {
    env: {
      ...process.env,
      CONTENT_FILE: 'tests/fixtures/data/register.ndjson',
      BUILD_DATE: '2026-11-28',
      FORCE_COLOR: '0',
      INCREMENTAL_BUILD: incremental ? '1' : '',
    },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT,
  });
  const plain = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, stdout: plain(result.stdout), stderr: plain(result.stderr) };
}

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile()) out.set(relative(dir, path), readFileSync(path).toString('base64'));
  }
  return out;
}

describe('atomic build', () => {
  it.each([
    ['full build', false],
    ['INCREMENTAL_BUILD=1', true],
  ])(
    '%s: a build that crashes after a good one leaves dist/ byte-identical and prints one clean error',
    (name, incremental) => {
      const outDir = join(work, `dist-${incremental ? 'incremental' : 'full'}`);
      const good = writeConfig(`good-${incremental}`, false);
      const first = build(good, outDir, incremental);
      expect(first.status, first.stdout + first.stderr).toBe(0);
      const before = snapshot(outDir);
      expect(before.size).toBeGreaterThan(50);
      expect(before.has('en/enterprises/alpha/index.html')).toBe(true);

      const crashed = build(writeConfig(`crash-${incremental}`, true), outDir, incremental);
      expect(crashed.status, name).toBe(1);
      // Astro got as far as rendering pages (into the staging directory) before the crash.
      expect(crashed.stdout).toContain('/zz-crash/index.html');
      expect(
        crashed.stderr
          .trim()
          .split('\n')
          .map((line) => line.replace(/^\d{2}:\d{2}:\d{2} /, '')),
      ).toEqual([
        '[ERROR] Error: crashed on purpose in the middle of the build',
        '[ERROR] [build] Caught error rendering /zz-crash: Error: crashed on purpose in the middle of the build',
        `build failed: ${resolve(outDir)} was left as it was (the previous site); fix the error above and build again.`,
      ]);
      expect(crashed.stderr).not.toMatch(/\n\s+at |Stack trace/);
      expect(snapshot(outDir)).toEqual(before);
      expect(readdirSync(work).filter((f) => f.includes('.building-'))).toEqual([]);

      // The next good build replaces it (and, incremental, keeps the unchanged pages and writes no file: nothing changed).
      const again = build(good, outDir, incremental);
      expect(again.status, again.stdout + again.stderr).toBe(0);
      if (incremental) expect(Number(/(\d+) unchanged; 0 file\(s\) written \(0 bytes\), 0 removed/.exec(again.stdout)?.[1])).toBeGreaterThan(10);
      expect(snapshot(outDir)).toEqual(before);
      // Three builds: the suite's 120 s per test is too short for them under load (117 s measured).
    },
    3 * BUILD_TIMEOUT,
  );

  it('swapInto replaces a directory by another; the staging directory sits beside the output', () => {
    const a = join(work, 'swap-out');
    const b = stagingDirOf(a, 12345);
    expect(b).toBe(join(work, '.swap-out.building-12345'));
    mkdirSync(a);
    writeFileSync(join(a, 'old.txt'), 'old');
    mkdirSync(b);
    writeFileSync(join(b, 'new.txt'), 'new');
    swapInto(b, a);
    expect(readdirSync(a)).toEqual(['new.txt']);
    expect(existsSync(b)).toBe(false);
    expect(existsSync(`${b}.old`)).toBe(false);
  });

  it('cleanErrorOutput drops stack frames and a repeated fatal message', () => {
    const seen: string[] = [];
    expect(cleanErrorOutput('10:00:00 [ERROR] Error: boom\n    at f (file:///x.mjs:1:2)\n    at async g (file:///y.mjs:3:4)\n', seen)).toBe(
      '10:00:00 [ERROR] Error: boom\n',
    );
    expect(cleanErrorOutput('boom\n', seen)).toBe('');
    expect(cleanErrorOutput('[Error] other\n  Stack trace:\n    at x (a.js:1:1)\n', [])).toBe('[Error] other\n');
  });

  it('removeWhileWritesSettle removes a staging directory that another process is still writing into', async () => {
    const dir = join(work, '.busy.building-1');
    mkdirSync(join(dir, 'a'), { recursive: true });
    // Like the pages still in flight when a build fails: for 300 ms, keep creating directories and files in it.
    const writer = spawn(process.execPath, [
      '-e',
      `const fs = require('node:fs'); const end = Date.now() + 300; let i = 0;
       fs.writeFileSync(process.argv[2], 'started');
       while (Date.now() < end) { try { fs.mkdirSync(process.argv[1] + '/p' + (i % 50), { recursive: true }); fs.writeFileSync(process.argv[1] + '/p' + (i % 50) + '/index.html', 'x'); } catch {} i++; }`,
      dir,
      join(work, 'busy-started'),
    ]);
    const exited = new Promise((done) => writer.once('exit', done));
    while (!existsSync(join(work, 'busy-started'))) await new Promise((done) => setTimeout(done, 5));
    expect(removeWhileWritesSettle(dir)).toBeUndefined();
    expect(existsSync(dir)).toBe(false);
    await exited;
    expect(existsSync(dir)).toBe(false);
  });
});
