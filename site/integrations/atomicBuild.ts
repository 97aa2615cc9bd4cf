/**
 * The build is atomic: Astro writes into a fresh staging directory beside the output
 * directory, and only a build that ran to its end (every page, every integration's
 * `astro:build:done`) replaces the output directory, by two renames. A build that fails
 * anywhere leaves the previous `dist/` byte for byte as it was, removes its staging
 * directory, and prints the error once — the message, without a stack trace (set
 * `BUILD_STACK=1` to see it) — and one line saying the previous site was kept.
 *
 * Works for `astro build`, `astro build --outDir D` (the tests) and `npm run build`. With
 * INCREMENTAL_BUILD=1 and a manifest of the previous build, incrementalBuild.ts moves only the
 * changed files into the live output instead, and the staging directory is dropped here.
 * Must be the last integration, so that its `astro:build:done` runs after every other
 * integration wrote its files.
 *
 * The replaced output is removed by a detached process: at 84,000 files that takes 15 s on
 * these machines, and the new site is live before it starts. A removal that died is finished
 * by the next build (its directory carries the dead build's process id).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { appliedInPlace, manifestPathOf } from './incrementalBuild.ts';

/** Prefix of a staging directory, beside the output directory: `.dist.building-<pid>`. */
export const stagingPrefix = (outDir: string): string => `.${basename(outDir)}.building-`;

/** `dist/` → `.dist.building-<pid>/` beside it (same file system, so the swap is a rename). */
export function stagingDirOf(outDir: string, pid: number = process.pid): string {
  return join(dirname(outDir), `${stagingPrefix(outDir)}${pid}`);
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Staging and replaced directories left by builds that were killed (their process is gone). */
function removeAbandoned(outDir: string): void {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const prefix = stagingPrefix(outDir);
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)(?:\.old)?$/.exec(name.slice(prefix.length))?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

const pause = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Remove the staging directory of a build that failed. It runs in the `exit` handler, while
 * the pages Astro was still rendering (64 at a time) may have writes queued in libuv's thread
 * pool: one of them can create a file or directory after `rmSync` listed its parent
 * (ENOTEMPTY) or after it removed the whole tree (the directory is back). So remove, let the
 * queued writes settle, and look again. Returns the last error's code if the directory is
 * still there after that; `removeAbandoned` in the next build finishes the job.
 */
export function removeWhileWritesSettle(dir: string, attempts = 20): string | undefined {
  let failure: string | undefined;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 10 });
      failure = undefined;
    } catch (error) {
      failure = (error as NodeJS.ErrnoException).code ?? String(error);
    }
    pause(25);
    if (!existsSync(dir)) return undefined;
  }
  return failure ?? 'it was created again';
}

/** Remove a directory in a detached process that outlives this one. */
function removeInBackground(dir: string): void {
  const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], {
    detached: true,
    stdio: 'ignore',
  });
  child.on('error', () => rmSync(dir, { recursive: true, force: true }));
  child.unref();
}

/**
 * Replace `outDir` by `staging`: the old output is moved aside, the new one moved in, the old
 * one removed (in the background unless `wait`). Between the two renames (microseconds) the
 * directory is absent, never partial. The old output's incremental manifest goes first; the
 * staging directory's, if any, comes along.
 */
export function swapInto(staging: string, outDir: string, { wait = true }: { wait?: boolean } = {}): void {
  const old = `${staging}.old`;
  const hadOld = existsSync(outDir);
  rmSync(manifestPathOf(outDir), { force: true });
  if (hadOld) renameSync(outDir, old);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadOld) renameSync(old, outDir);
    throw error;
  }
  if (existsSync(manifestPathOf(staging))) renameSync(manifestPathOf(staging), manifestPathOf(outDir));
  if (hadOld) {
    if (wait) rmSync(old, { recursive: true, force: true });
    else removeInBackground(old);
  }
}

const ANSI = /\u001b\[[0-9;]*m/g;
const FRAME = /^\s*at .+(?:\(.+:\d+:\d+\)|:\d+:\d+|\(native\)|<anonymous>\)?)\s*$/;
/** A log line of Astro's logger starts with the time: `12:04:05 [ERROR] …`. */
const LOGGED = /^\d{2}:\d{2}:\d{2} /;

/**
 * What a failing build prints on stderr, cleaned: no stack frames, no "Stack trace:" section,
 * and the final fatal message (printed without a time stamp) not repeated when a logged error
 * line already said it. `seen` carries the error lines printed so far.
 */
export function cleanErrorOutput(text: string, seen: string[]): string {
  const out: string[] = [];
  let skipping = false;
  for (const raw of text.split('\n')) {
    const plain = raw.replace(ANSI, '');
    if (/^\s*Stack trace:\s*$/.test(plain)) {
      skipping = true;
      continue;
    }
    if (FRAME.test(plain)) continue;
    if (skipping && plain.startsWith(' ')) continue;
    skipping = false;
    const message = plain.trim();
    if (message !== '' && !LOGGED.test(plain) && seen.some((line) => line.includes(message))) continue;
    if (message !== '') seen.push(plain);
    out.push(raw);
  }
  return out.join('\n');
}

export function atomicBuild(): AstroIntegration {
  let target: string | undefined;
  let staging: string | undefined;
  let done = false;
  return {
    name: 'atomic-build',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        target = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        staging = stagingDirOf(target);
        removeAbandoned(target);
        rmSync(staging, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });

        // Astro logs a failing page with its stack, then prints the fatal error again and
        // exits: print the message once, without the stack of our or Astro's code.
        if (process.env['BUILD_STACK'] !== '1') {
          const write = process.stderr.write.bind(process.stderr) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
          const seen: string[] = [];
          process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
            if (done) return write(chunk, ...rest);
            const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
            const cleaned = cleanErrorOutput(text, seen);
            return cleaned === '' && text !== '' ? true : write(cleaned, ...rest);
          }) as typeof process.stderr.write;
        }
        process.once('exit', (code) => {
          if (done || staging === undefined || target === undefined) return;
          const left = removeWhileWritesSettle(staging);
          rmSync(manifestPathOf(staging), { force: true });
          if (code !== 0) {
            process.stderr.write(
              `build failed: ${existsSync(target) ? `${target} was left as it was (the previous site)` : `nothing was written to ${target}`}; fix the error above and build again.\n`,
            );
          }
          if (left !== undefined) process.stderr.write(`could not remove ${staging} (${left}); the next build removes it.\n`);
        });
      },
      'astro:build:done': ({ dir }) => {
        if (target === undefined || staging === undefined) return;
        const built = fileURLToPath(dir).replace(/[\\/]+$/, '');
        if (built !== staging) return;
        if (appliedInPlace()) rmSync(staging, { recursive: true, force: true });
        else swapInto(staging, target, { wait: false });
        done = true;
      },
    },
  };
}
