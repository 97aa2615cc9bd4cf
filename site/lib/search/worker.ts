/// <reference lib="webworker" />
/**
 * The search worker: holds the query engine off the main thread (index shards are parsed and
 * merged here), answers the page's requests with the early and the complete result.
 */
import { SearchEngine } from './engine.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

/** The index root, from the page's `init` message (the page takes it from routes.ts). */
let root: string | undefined;
let engine: Promise<SearchEngine> | undefined;

function open(): Promise<SearchEngine> {
  engine ??= SearchEngine.open(async (path) => {
    const response = await fetch(new URL(path, root ?? self.location.href));
    if (!response.ok) throw new Error(`${response.status} ${path}`);
    return response.json() as Promise<unknown>;
  });
  // A failed manifest fetch must not poison later attempts (offline for a moment).
  engine.catch(() => (engine = undefined));
  return engine;
}

const post = (message: WorkerResponse) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'init') {
    root = request.root;
    return;
  }
  if (request.type === 'warm') {
    open().catch(() => undefined);
    return;
  }
  const { id, query, filters, perKind } = request;
  open()
    .then((e) => e.search(query, { filters, perKind, onPartial: (response) => post({ type: 'result', id, response }) }))
    .then((response) => post({ type: 'result', id, response }))
    .catch((error: unknown) => post({ type: 'error', id, message: String(error) }));
});
