/** The publisher: debounce, atomic switch, the last good site kept on failure, signed webhooks only. */
import { mkdtempSync, readFileSync, readlinkSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeSignatureHeader } from '@sanity/webhook';
import { afterEach, describe, expect, it } from 'vitest';
import { createPublisher, type BuildStep } from '../../../scripts/lib/publisher/publisher.ts';
import { createPublisherServer } from '../../../scripts/lib/publisher/server.ts';

const SECRET = 'test-secret-0123456789';

/** A build that writes "build N" into index.html, failing when `fail` says so. */
function fakeBuild(fail: (n: number) => boolean = () => false) {
  let count = 0;
  const step: BuildStep = async (outDir) => {
    count += 1;
    if (fail(count)) throw new Error(`content check: 2 errors (build ${count})`);
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, 'index.html'), `build ${count}`);
  };
  return { step, count: () => count };
}

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

describe('createPublisher', () => {
  it('debounces a burst into one build and switches `current` to it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'publisher-'));
    const build = fakeBuild();
    const publisher = createPublisher({ root, build: build.step, debounceMs: 50, log: () => {} });
    closers.push(() => publisher.close());
    for (const id of ['a', 'b', 'c']) publisher.trigger(id);
    expect(publisher.status().state).toBe('waiting');
    await publisher.idle();
    expect(build.count()).toBe(1);
    expect(readFileSync(join(root, 'current', 'index.html'), 'utf8')).toBe('build 1');
    expect(readlinkSync(join(root, 'current'))).toBe(publisher.status().current);
    expect(publisher.status().last).toMatchObject({ ok: true, reason: 'a, b, c' });
  });

  it('a failed build keeps the last good site and reports the failure', async () => {
    const root = mkdtempSync(join(tmpdir(), 'publisher-'));
    const build = fakeBuild((n) => n === 2);
    const publisher = createPublisher({ root, build: build.step, debounceMs: 10, log: () => {} });
    closers.push(() => publisher.close());
    publisher.trigger('first');
    await publisher.idle();
    const good = publisher.status().current;
    publisher.trigger('second');
    await publisher.idle();
    const status = publisher.status();
    expect(status.current).toBe(good);
    expect(status.last).toMatchObject({ ok: false, error: 'content check: 2 errors (build 2)' });
    expect(status.lastGood?.ok).toBe(true);
    expect(readFileSync(join(root, 'current', 'index.html'), 'utf8')).toBe('build 1');
    publisher.trigger('third');
    await publisher.idle();
    expect(readFileSync(join(root, 'current', 'index.html'), 'utf8')).toBe('build 3');
  });

  it('a trigger during a build starts one more build afterwards; old builds are pruned', async () => {
    const root = mkdtempSync(join(tmpdir(), 'publisher-'));
    let release: () => void = () => {};
    let calls = 0;
    const publisher = createPublisher({
      root,
      debounceMs: 5,
      keep: 2,
      log: () => {},
      build: async (outDir) => {
        calls += 1;
        if (calls === 1) await new Promise<void>((resolve) => (release = resolve));
        await mkdir(outDir, { recursive: true });
        await writeFile(join(outDir, 'index.html'), `build ${calls}`);
      },
    });
    closers.push(() => publisher.close());
    publisher.trigger('one');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(publisher.status().state).toBe('building');
    publisher.trigger('two');
    publisher.trigger('three');
    release();
    await publisher.idle();
    expect(calls).toBe(2);
    expect(publisher.status().last?.reason).toBe('two, three');
    publisher.trigger('four');
    await publisher.idle();
    expect(readdirSync(join(root, 'builds'))).toHaveLength(2);
  });
});

describe('createPublisher, in place (INCREMENTAL_BUILD=1)', () => {
  it('builds into live/, which `current` serves, copies nothing, and keeps live/ as it was when a build fails', async () => {
    const root = mkdtempSync(join(tmpdir(), 'publisher-'));
    let calls = 0;
    const dirs: string[] = [];
    const publisher = createPublisher({
      root,
      debounceMs: 5,
      mode: 'in-place',
      log: () => {},
      build: async (outDir) => {
        calls += 1;
        dirs.push(outDir);
        if (calls === 2) throw new Error('content check failed: 1 error');
        await mkdir(outDir, { recursive: true });
        await writeFile(join(outDir, 'index.html'), `build ${calls}`);
      },
    });
    closers.push(() => publisher.close());
    publisher.trigger('one');
    await publisher.idle();
    expect(readlinkSync(join(root, 'current'))).toBe(join(root, 'live'));
    expect(readFileSync(join(root, 'current', 'index.html'), 'utf8')).toBe('build 1');
    publisher.trigger('two');
    await publisher.idle();
    expect(publisher.status().last?.ok).toBe(false);
    expect(readFileSync(join(root, 'current', 'index.html'), 'utf8')).toBe('build 1');
    publisher.trigger('three');
    await publisher.idle();
    expect(readFileSync(join(root, 'current', 'index.html'), 'utf8')).toBe('build 3');
    expect(new Set(dirs)).toEqual(new Set([join(root, 'live')]));
    expect(readdirSync(root).sort()).toEqual(['current', 'live']);
  });
});

describe('createPublisherServer', () => {
  async function start() {
    const root = mkdtempSync(join(tmpdir(), 'publisher-'));
    const build = fakeBuild();
    const publisher = createPublisher({ root, build: build.step, debounceMs: 10, log: () => {} });
    const server = createPublisherServer({ publisher, secret: SECRET, allowOrigin: 'http://127.0.0.1:3333', serve: true, log: () => {} });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => {
      publisher.close();
      server.close();
    });
    return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, publisher, build };
  }

  it('a signed webhook starts a build; the site is served from `current`', async () => {
    const { origin, publisher, build } = await start();
    const body = JSON.stringify({ _id: 'participation-x', _type: 'participation' });
    const signature = await encodeSignatureHeader(body, Date.now(), SECRET);
    const response = await fetch(`${origin}/webhook`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signature },
    });
    expect(response.status).toBe(202);
    await publisher.idle();
    expect(build.count()).toBe(1);
    expect(publisher.status().last?.reason).toBe('webhook participation participation-x');
    expect(await (await fetch(`${origin}/`)).text()).toBe('build 1');
  });

  it('refuses an unsigned or wrongly signed webhook and builds nothing', async () => {
    const { origin, publisher, build } = await start();
    const body = '{"_id":"x"}';
    expect((await fetch(`${origin}/webhook`, { method: 'POST', body })).status).toBe(401);
    const wrong = await encodeSignatureHeader(body, Date.now(), 'another-secret');
    expect((await fetch(`${origin}/webhook`, { method: 'POST', body, headers: { 'sanity-webhook-signature': wrong } })).status).toBe(401);
    expect(publisher.status().state).toBe('idle');
    expect(build.count()).toBe(0);
  });

  it('the button hook and the status answer the Studio’s origin with CORS', async () => {
    const { origin, publisher } = await start();
    const hook = await fetch(`${origin}/hook`, { method: 'POST', headers: { origin: 'http://127.0.0.1:3333' } });
    expect(hook.status).toBe(202);
    expect(hook.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3333');
    await publisher.idle();
    const status = (await (await fetch(`${origin}/status`, { headers: { origin: 'http://evil.example' } })).json()) as {
      state: string;
      last: { ok: boolean; reason: string };
    };
    expect(status).toMatchObject({ state: 'idle', last: { ok: true, reason: '发布网站' } });
    expect((await fetch(`${origin}/status`, { headers: { origin: 'http://evil.example' } })).headers.get('access-control-allow-origin')).toBeNull();
  });
});
