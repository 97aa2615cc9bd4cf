/**
 * The publisher's core, without HTTP: bursts of triggers (webhooks, 发布网站) are debounced into
 * one build. Two ways to publish it:
 * - `snapshot`: the build runs in a fixed work directory, is copied into a new `builds/<id>`
 *   directory, and `current` — a symlink the web server serves — is switched to it atomically
 *   (a new symlink renamed over the old one). Old builds stay for a rollback (`keep`).
 * - `in-place` (with INCREMENTAL_BUILD=1, the service's default): the build writes the served
 *   directory `live/` itself — only the changed files, each replaced whole, after the build
 *   succeeded (site/integrations/incrementalBuild.ts) — and `current` points to `live/`. No copy:
 *   at 84,000 files a copy costs more than the edit.
 * Either way a failed build changes nothing: the last good site stays online, and the failure
 * is in the status (what the Studio's 发布网站 shows) and the log. Triggers that arrive during a
 * build start one more build when it ends.
 */
import { cp, mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The build step: write the site into `outDir`; reject (with the log's tail) on failure. */
export type BuildStep = (outDir: string) => Promise<{ readonly documents?: number } | void>;

export interface BuildRecord {
  readonly id: string;
  readonly ok: boolean;
  readonly reason: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly durationMs: number;
  /** Milliseconds from the first trigger of the burst to the switched site (or the failure). */
  readonly sinceTriggerMs: number;
  readonly error?: string;
}

/** What `/status` answers (studio/lib/deployHook.ts reads it). */
export interface PublisherStatus {
  readonly state: 'idle' | 'waiting' | 'building';
  readonly current: string | null;
  readonly last?: BuildRecord;
  readonly lastGood?: BuildRecord;
}

export interface PublisherOptions {
  /** Holds `work/`, `builds/<id>/` and the `current` symlink. */
  readonly root: string;
  readonly build: BuildStep;
  /** Quiet time after the last trigger before a build starts. */
  readonly debounceMs: number;
  /** How many finished builds to keep (the current one always stays); snapshot mode only. */
  readonly keep?: number;
  /** `snapshot` (default): copy each build into `builds/<id>`; `in-place`: the build updates `live/`, which is served. */
  readonly mode?: 'snapshot' | 'in-place';
  readonly log?: (line: string) => void;
  readonly now?: () => number;
}

export interface Publisher {
  /** A change happened (a webhook, the button): build after the quiet time. */
  trigger(reason: string): void;
  status(): PublisherStatus;
  /** The directory `current` points to, or null before the first good build. */
  currentDir(): Promise<string | null>;
  /** Resolves when no build is waiting or running. */
  idle(): Promise<void>;
  close(): void;
}

/** `2026-12-03T10-15-00-123Z`: sortable, safe in a path. */
const buildId = (at: number) => new Date(at).toISOString().replace(/[:.]/g, '-');

export function createPublisher(options: PublisherOptions): Publisher {
  const root = resolve(options.root);
  const work = join(root, 'work');
  const builds = join(root, 'builds');
  const current = join(root, 'current');
  const live = join(root, 'live');
  const mode = options.mode ?? 'snapshot';
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.log(line));
  const keep = Math.max(1, options.keep ?? 3);

  let state: PublisherStatus['state'] = 'idle';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstTriggerAt: number | undefined;
  let reasons: string[] = [];
  let again = false;
  let last: BuildRecord | undefined;
  let lastGood: BuildRecord | undefined;
  let currentTarget: string | null = null;
  let waiters: (() => void)[] = [];

  const settle = () => {
    if (state !== 'idle') return;
    for (const resolveWaiter of waiters) resolveWaiter();
    waiters = [];
  };

  async function switchTo(dir: string): Promise<void> {
    const temporary = `${current}.next-${process.pid}`;
    await rm(temporary, { force: true });
    await symlink(dir, temporary, 'dir');
    await rename(temporary, current);
    currentTarget = dir;
  }

  async function prune(): Promise<void> {
    const names = (await readdir(builds).catch(() => [] as string[])).sort();
    const active = currentTarget;
    const old = names.map((name) => join(builds, name)).filter((dir) => dir !== active);
    for (const dir of old.slice(0, Math.max(0, old.length - (keep - 1)))) await rm(dir, { recursive: true, force: true });
  }

  async function runBuild(): Promise<void> {
    state = 'building';
    const triggeredAt = firstTriggerAt ?? now();
    const reason = reasons.join(', ') || 'manual';
    firstTriggerAt = undefined;
    reasons = [];
    const startedAt = now();
    const id = buildId(startedAt);
    log(`publisher: build ${id} started (${reason})`);
    /** The fields every record of this build has, as of `finishedAt`. */
    const timing = (finishedAt: number) => ({
      id,
      reason,
      startedAt: new Date(startedAt).toISOString(),
      finishedAt: new Date(finishedAt).toISOString(),
      durationMs: finishedAt - startedAt,
      sinceTriggerMs: finishedAt - triggeredAt,
    });
    let record: BuildRecord;
    try {
      let result: Awaited<ReturnType<BuildStep>>;
      if (mode === 'in-place') {
        result = await options.build(live);
        if (currentTarget !== live) await switchTo(live);
      } else {
        await mkdir(builds, { recursive: true });
        result = await options.build(work);
        const target = join(builds, id);
        await cp(work, target, { recursive: true });
        await switchTo(target);
      }
      record = { ...timing(now()), ok: true, ...(result && result.documents !== undefined ? { documents: result.documents } : {}) };
      lastGood = record;
      log(`publisher: build ${id} switched live in ${record.durationMs} ms (${record.sinceTriggerMs} ms after the first trigger)`);
      if (mode === 'snapshot') await prune();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      record = { ...timing(now()), ok: false, error: message.slice(-2000) };
      log(`publisher: build ${id} FAILED after ${record.durationMs} ms; the site stays at ${currentTarget ?? '(none)'}: ${message.slice(-500)}`);
    }
    last = record;
    if (again) {
      again = false;
      schedule();
    } else {
      state = 'idle';
      settle();
    }
  }

  function schedule(): void {
    state = 'waiting';
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void runBuild();
    }, options.debounceMs);
  }

  // The site served before this process started, if any.
  void readlink(current).then(
    (target) => (currentTarget = resolve(root, target)),
    () => undefined,
  );

  return {
    trigger(reason) {
      firstTriggerAt ??= now();
      reasons.push(reason);
      if (state === 'building') again = true;
      else schedule();
    },
    status: () => ({ state, current: currentTarget, ...(last ? { last } : {}), ...(lastGood ? { lastGood } : {}) }),
    currentDir: async () => currentTarget,
    idle: () => (state === 'idle' ? Promise.resolve() : new Promise<void>((resolveWaiter) => waiters.push(resolveWaiter))),
    close() {
      if (timer) clearTimeout(timer);
    },
  };
}
