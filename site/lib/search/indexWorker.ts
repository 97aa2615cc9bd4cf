/**
 * The search index of a live build, made in a worker thread while the build goes on with the
 * other pages (scripts/liveBuild.ts; docs/decisions.md D11). The index is a pure function of
 * the search records, so where it is made changes no byte: a rebuild starts it as soon as the
 * content is checked (generation.ts `warmUpGeneration`), the index's thread works on the second
 * core through the other routes' paths and pages, and the `/search/…` endpoints take the texts
 * when Astro reaches them — at 50,000 documents about 3 s of an edit no longer on its way.
 *
 * The thread runs the TypeScript sources of this directory (indexWorkerEntry.ts), loaded when
 * it starts — with the first build, so with the code the build process started with. When it
 * cannot start (no such file beside the working directory, a loader missing), the index is made
 * in the build's own thread as in `astro build`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SearchRecord } from './records.ts';
import type { SearchTexts } from './indexTexts.ts';

export interface IndexRequest {
  readonly id: number;
  readonly records: readonly SearchRecord[];
}

export type IndexReply =
  | { readonly id: number; readonly reused: true }
  | { readonly id: number; readonly reused: false; readonly texts: ReadonlyArray<readonly [string, string]> }
  | { readonly id: number; readonly error: string };

/** The thread's source, from the project root (the build's working directory). */
export const INDEX_WORKER_ENTRY = 'site/lib/search/indexWorkerEntry.ts';

interface Thread {
  readonly worker: Worker;
  readonly waiting: Map<number, { resolve(texts: SearchTexts): void; reject(error: Error): void }>;
  last: SearchTexts | undefined;
  next: number;
}

let thread: Thread | undefined | null;

function start(): Thread | null {
  const entry = join(process.cwd(), INDEX_WORKER_ENTRY);
  if (!existsSync(entry)) return null;
  const worker = new Worker(entry);
  worker.unref();
  const started: Thread = { worker, waiting: new Map(), last: undefined, next: 0 };
  const failAll = (error: Error) => {
    for (const { reject } of started.waiting.values()) reject(error);
    started.waiting.clear();
    if (thread === started) thread = null;
  };
  worker.on('message', (reply: IndexReply) => {
    const waiting = started.waiting.get(reply.id);
    started.waiting.delete(reply.id);
    if (!waiting) return;
    if ('error' in reply) return waiting.reject(new Error(`search index thread: ${reply.error}`));
    if (!reply.reused) started.last = new Map(reply.texts);
    if (started.last) waiting.resolve(started.last);
    else waiting.reject(new Error('search index thread: answered "unchanged" before it ever sent an index'));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`search index thread: exited with code ${code}`)));
  return started;
}

/**
 * The texts of the index of `records`, made in the index thread; undefined when there is no
 * thread (the caller makes them itself).
 */
export function searchTextsInThread(records: readonly SearchRecord[]): Promise<SearchTexts> | undefined {
  if (thread === undefined) thread = start();
  const current = thread;
  if (!current) return undefined;
  const id = (current.next += 1);
  return new Promise<SearchTexts>((resolve, reject) => {
    current.waiting.set(id, { resolve, reject });
    current.worker.postMessage({ id, records } satisfies IndexRequest);
  });
}
