/**
 * A build step backed by the live build process (scripts/liveBuild.ts): the first build starts
 * the process, which builds the site into the output directory and stays up; every later build
 * asks it to rebuild, which re-renders only what changed (site/integrations/liveBuild.ts).
 *
 * If the process dies, or is asked for another output directory, the next build starts a new
 * one (a full incremental build: it renders what its manifest does not vouch for). A rebuild
 * that fails leaves the process up and the served site as it was.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { LiveReply } from '../../liveBuild.ts';
import type { BuildStep } from './publisher.ts';

export interface LiveBuildFigures {
  readonly rendered: number;
  readonly unchanged: number;
  readonly written: number;
  readonly writtenBytes: number;
  readonly removed: number;
  /** CPU of the build process for this build. */
  readonly cpuMs: number;
  /** True for the build that started the process. */
  readonly first: boolean;
}

export interface LiveBuilder {
  readonly build: (outDir: string) => Promise<LiveBuildFigures>;
  /** Stop the process (the next build starts a new one). */
  stop(): Promise<void>;
}

export interface LiveBuilderOptions {
  /** The environment of the build process (CONTENT_SOURCE, CONTENT_FILE, BUILD_DATE …). */
  readonly env?: NodeJS.ProcessEnv;
  /** Each line the process prints. */
  readonly log?: (line: string) => void;
  /** The project root (default: the working directory). */
  readonly root?: string;
}

const ENTRY = resolve(import.meta.dirname, '../../liveBuild.ts');

export function createLiveBuilder(options: LiveBuilderOptions = {}): LiveBuilder {
  let child: ChildProcess | undefined;
  let childDir: string | undefined;
  let tail = '';
  let nextId = 0;
  const pending = new Map<number, { resolve: (reply: Extract<LiveReply, { type: 'rebuilt' }>) => void; reject: (error: Error) => void }>();
  const log = options.log ?? (() => undefined);

  function start(outDir: string): Promise<LiveBuildFigures> {
    tail = '';
    const process_ = fork(ENTRY, ['--outDir', outDir], {
      cwd: options.root ?? process.cwd(),
      env: { ...process.env, ...options.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    child = process_;
    childDir = outDir;
    const keep = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      tail = (tail + text).slice(-20_000);
      // Not Astro's line per rendered page (88,000 of them in a first build at 50k).
      for (const line of text.split('\n')) if (line.trim() !== '' && !/[├└]─|^\s*\(\+[\d.]+m?s\)\s*$/.test(line)) log(line);
    };
    process_.stdout?.on('data', keep);
    process_.stderr?.on('data', keep);
    return new Promise((resolveReady, rejectReady) => {
      let ready = false;
      process_.on('message', (reply: LiveReply) => {
        if (reply.type === 'ready') {
          ready = true;
          resolveReady({ rendered: 0, unchanged: 0, written: 0, writtenBytes: 0, removed: 0, cpuMs: reply.cpuMs, first: true });
        } else if (reply.type === 'failed') {
          rejectReady(new Error(`live build: ${reply.error}\n${tail.trim().split('\n').slice(-15).join('\n')}`));
        } else {
          pending.get(reply.id)?.resolve(reply);
          pending.delete(reply.id);
        }
      });
      process_.on('exit', (code, signal) => {
        if (child === process_) child = undefined;
        const error = new Error(`live build process exited (${signal ?? code}): ${tail.trim().split('\n').slice(-15).join('\n')}`);
        if (!ready) rejectReady(error);
        for (const { reject } of pending.values()) reject(error);
        pending.clear();
      });
    });
  }

  async function stop(): Promise<void> {
    const process_ = child;
    child = undefined;
    if (!process_ || process_.exitCode !== null) return;
    await new Promise<void>((done) => {
      process_.once('exit', () => done());
      process_.kill('SIGTERM');
    });
  }

  async function build(outDir: string): Promise<LiveBuildFigures> {
    const dir = resolve(outDir);
    if (child && childDir !== dir) await stop();
    if (!child) return start(dir);
    const id = (nextId += 1);
    const running = child;
    const reply = await new Promise<Extract<LiveReply, { type: 'rebuilt' }>>((resolveReply, reject) => {
      pending.set(id, { resolve: resolveReply, reject });
      running.send({ type: 'rebuild', id });
    });
    if (!reply.ok || !reply.result) throw new Error(reply.error ?? 'live build: the rebuild failed');
    const { rendered, unchanged, written, writtenBytes, removed } = reply.result;
    return { rendered, unchanged, written, writtenBytes, removed, cpuMs: reply.cpuMs, first: false };
  }

  return { build, stop };
}

/** The live builder as the publisher's build step. */
export function liveBuildStep(builder: LiveBuilder): BuildStep {
  return async (outDir) => {
    await builder.build(outDir);
  };
}
