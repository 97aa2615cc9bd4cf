/**
 * Run a child process and measure it: wall time, CPU time and peak memory (max RSS). Peak
 * memory comes from `/usr/bin/time -v` when the machine has it (exact, kernel rusage), else
 * from polling the child's VmHWM in /proc every POLL_MS (its own high-water mark).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
/** /proc polling interval when GNU time is missing. VmHWM is a high-water mark, so polling misses nothing but the last interval. */
const POLL_MS = 100;

export interface Measured {
  readonly exitCode: number;
  readonly wallMs: number;
  /** User + system CPU of the child (GNU time only; undefined otherwise). */
  readonly cpuMs: number | undefined;
  /** Peak resident memory in bytes. */
  readonly maxRssBytes: number | undefined;
  /** The child's stdout + stderr. */
  readonly output: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** Parse GNU time's `-v` report: max RSS (kB) and user/system seconds. */
export function parseGnuTime(report: string): { maxRssBytes?: number; cpuMs?: number } {
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  const user = /User time \(seconds\): ([\d.]+)/.exec(report);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(report);
  return {
    ...(rss ? { maxRssBytes: Number(rss[1]) * 1024 } : {}),
    ...(user && sys ? { cpuMs: Math.round((Number(user[1]) + Number(sys[1])) * 1000) } : {}),
  };
}

function readHwm(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Run `command args…` to completion and measure it. Never throws for a non-zero exit. */
export function runMeasured(command: string, args: readonly string[], options: RunOptions = {}): Promise<Measured> {
  const gnuTime = existsSync(GNU_TIME);
  // GNU time's report goes to a file of its own: the child's stderr may be a pipe it cannot reopen.
  const reportDir = gnuTime ? mkdtempSync(join(tmpdir(), 'bench-time-')) : undefined;
  const reportFile = reportDir ? join(reportDir, 'time.txt') : undefined;
  const [cmd, argv] = reportFile ? [GNU_TIME, ['-v', '-o', reportFile, '--', command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    let polled: number | undefined;
    const timer = gnuTime
      ? undefined
      : setInterval(() => {
          const hwm = child.pid === undefined ? undefined : readHwm(child.pid);
          if (hwm !== undefined) polled = Math.max(polled ?? 0, hwm);
        }, POLL_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      const wallMs = Math.round(performance.now() - started);
      const text = Buffer.concat(chunks).toString('utf8');
      let report = '';
      if (reportFile && reportDir) {
        report = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
        rmSync(reportDir, { recursive: true, force: true });
      }
      const gnu = parseGnuTime(report);
      resolve({
        exitCode: code ?? 1,
        wallMs,
        cpuMs: gnu.cpuMs,
        maxRssBytes: gnu.maxRssBytes ?? polled,
        output: text,
      });
    });
  });
}
