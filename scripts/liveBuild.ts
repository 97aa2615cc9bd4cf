/**
 * The live build process (site/integrations/liveBuild.ts): builds the site once into `--outDir`
 * with INCREMENTAL_BUILD=1 and LIVE_BUILD=1, then stays up; each `{ type: 'rebuild' }` message
 * on its IPC channel brings the output to the content as it is now, and is answered with
 * `{ type: 'rebuilt', id, ok, result | error }`. scripts/lib/publisher/liveBuilder.ts starts and
 * drives it; the publisher and `npm run bench -- --incremental` use it.
 *
 * Started without an IPC channel (`tsx scripts/liveBuild.ts --outDir dist`) it builds, then
 * rebuilds on each line typed on standard input: a way to try it by hand.
 *
 * LIVE_PROFILE=DIR writes a V8 CPU profile of each rebuild to DIR/rebuild-<n>.cpuprofile (open
 * it in Chrome's DevTools, Performance panel).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'astro';
import { liveSession, type LiveSession } from '../site/integrations/liveBuild.ts';

export type LiveRequest = { readonly type: 'rebuild'; readonly id: number };
export type LiveReply =
  | { readonly type: 'ready'; readonly ms: number; readonly cpuMs: number }
  | { readonly type: 'failed'; readonly error: string }
  | {
      readonly type: 'rebuilt';
      readonly id: number;
      readonly ok: boolean;
      readonly cpuMs: number;
      readonly result?: Awaited<ReturnType<LiveSession['rebuild']>>;
      readonly error?: string;
    };

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 1000);
};

async function main(): Promise<void> {
  const at = process.argv.indexOf('--outDir');
  const outDir = resolve(at >= 0 ? (process.argv[at + 1] ?? 'dist') : 'dist');
  process.env['INCREMENTAL_BUILD'] = '1';
  process.env['LIVE_BUILD'] = '1';
  const send = (reply: LiveReply) => (process.send ? process.send(reply) : console.log(JSON.stringify(reply)));
  const started = performance.now();
  const startCpu = process.cpuUsage();
  try {
    await build({ root: process.cwd(), outDir });
  } catch (error) {
    send({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  }
  const session = liveSession();
  if (!session) {
    send({ type: 'failed', error: 'live build: the build left no live session (is incrementalBuild() in astro.config.mjs?)' });
    process.exit(1);
  }
  send({ type: 'ready', ms: Math.round(performance.now() - started), cpuMs: cpuMs(startCpu) });

  const profileDir = process.env['LIVE_PROFILE'];
  const profiled = async <T>(id: number, run: () => Promise<T>): Promise<T> => {
    if (!profileDir) return run();
    const inspector = new Session();
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.start');
    try {
      return await run();
    } finally {
      const { profile } = await inspector.post('Profiler.stop');
      mkdirSync(profileDir, { recursive: true });
      writeFileSync(join(profileDir, `rebuild-${id}.cpuprofile`), JSON.stringify(profile));
      inspector.disconnect();
    }
  };

  const rebuild = async (id: number) => {
    const before = process.cpuUsage();
    try {
      const result = await profiled(id, () => session.rebuild());
      send({ type: 'rebuilt', id, ok: true, cpuMs: cpuMs(before), result: { ...result, files: { written: [], removed: [] }, renderedPaths: [] } });
    } catch (error) {
      send({ type: 'rebuilt', id, ok: false, cpuMs: cpuMs(before), error: error instanceof Error ? error.message : String(error) });
    }
  };
  if (process.send) {
    process.on('message', (message: LiveRequest) => {
      if (message.type === 'rebuild') void rebuild(message.id);
    });
    process.on('disconnect', () => process.exit(0));
  } else {
    let id = 0;
    createInterface({ input: process.stdin }).on('line', () => void rebuild((id += 1)));
  }
}

void main();
