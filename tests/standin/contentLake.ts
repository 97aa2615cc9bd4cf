/**
 * A Content Lake stand-in: a small local HTTP server that answers the few Sanity API endpoints
 * the content scripts use, so the real @sanity/client and @sanity/import can run against it in
 * tests. Test code only — not a product, not a Sanity emulator.
 *
 * Behaviour follows Sanity's HTTP API reference (https://www.sanity.io/docs/http-api):
 * - `GET|POST /v{date}/data/query/{dataset}` — GROQ through groq-js over the in-memory store,
 *   honouring `perspective=published|drafts|raw` (published is the default from API version
 *   2025-02-19 on); answers `{ query, result, ms }`.
 * - `POST /v{date}/data/mutate/{dataset}` — one transaction per request, all or nothing:
 *   `create`, `createOrReplace`, `createIfNotExists`, `delete`, `patch` (set, setIfMissing,
 *   unset); `returnIds`; `_rev`, `_createdAt`, `_updatedAt` set here, never by the caller;
 *   strong references must point at existing documents (409 otherwise, as the Lake does).
 * - `POST /v{date}/assets/images/{dataset}` — stores the bytes as `image-{sha1}-{w}x{h}-{ext}`
 *   and serves them at `/images/{project}/{dataset}/{sha1}-{w}x{h}.{ext}`.
 * The Lake returns documents with their keys sorted; the stand-in does too, so the scripts'
 * own key order is what makes an export stable.
 *
 * With `secure` (a key and certificate) it listens over HTTPS with HTTP/2 (and HTTP/1.1), and with
 * `users` it also answers an editable Sanity Studio (studioApi.ts): the listener, the actions API,
 * the user and project endpoints. Patches are applied with @sanity/mutator, the Studio's own
 * patch engine, so the store and the Studio's copy agree. `onCommit` sees every transaction
 * (the GROQ-powered webhook of the end-to-end test hangs on it).
 *
 * Faults for tests: `failNext(...)` answers the next requests of a kind with a status (and
 * `Retry-After`); `dropMutationsAfter(k)` commits k transactions, then drops every further
 * mutate connection without applying it (an interruption).
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2SecureServer } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { Mutation } from '@sanity/mutator';
import { evaluate, parse } from 'groq-js';
import { readImageSize } from './imageSize.ts';
import { createStudioApi, type AnyRequest, type AnyResponse, type ChangedDocument, type StandinUser, type StudioApi } from './studioApi.ts';

export type StandinDocument = { readonly _id: string; readonly _type: string } & Record<string, unknown>;
export type RequestKind = 'query' | 'mutate' | 'asset-upload' | 'asset-download' | 'other';

/** One request as the stand-in saw it. */
export interface RecordedRequest {
  readonly kind: RequestKind;
  readonly method: string;
  readonly url: string;
  readonly bodyBytes: number;
  readonly status: number;
}

export interface Fault {
  /** HTTP status to answer with; 0 drops the connection without answering. */
  readonly status: number;
  /** Seconds, sent as the `Retry-After` header. */
  readonly retryAfter?: string;
}

export interface ContentLakeStandin {
  /** `http://127.0.0.1:PORT`, for `apiHost` (with `useProjectHostname: false`). */
  readonly apiHost: string;
  readonly projectId: string;
  readonly dataset: string;
  /** Every request in arrival order. */
  readonly requests: RecordedRequest[];
  /** Committed transactions and the mutations they held. */
  readonly stats: { transactions: number; mutations: number; uploads: number; byOperation: Record<string, number> };
  /** The stored documents (server fields included), sorted by `_id`. */
  documents(): StandinDocument[];
  /** Replace the store with these documents (server fields are set as if they were created). */
  load(documents: readonly Record<string, unknown>[]): void;
  failNext(kind: RequestKind, ...faults: Fault[]): void;
  /** Commit `transactions` more transactions, then drop mutate connections; `undefined` heals. */
  dropMutationsAfter(transactions: number | undefined): void;
  /** Forget recorded requests and counters (the store stays). */
  resetLog(): void;
  /** The Studio endpoints (present with `users`): unanswered requests, actions, listeners. */
  readonly studio: StudioApi | undefined;
  close(): Promise<void>;
}

export interface StandinOptions {
  readonly projectId?: string;
  readonly dataset?: string;
  /** Listen on this port (default: any free one). */
  readonly port?: number;
  /** HTTPS + HTTP/2 with this key and certificate (the Studio needs HTTP/2: ~6 live listeners). */
  readonly secure?: { readonly key: string | Buffer; readonly cert: string | Buffer };
  /** Answer the Studio too, with these users (the first is the default; `standin-user` cookie picks one). */
  readonly users?: readonly StandinUser[];
  /** Called after every committed transaction with the documents it changed. */
  readonly onCommit?: (changed: readonly ChangedDocument[], transactionId: string) => void;
}

/** A mutation the Lake refuses: answered as `409 {error: {type: 'mutationError', …}}`. */
class MutationError extends Error {}

interface StoredAsset {
  readonly bytes: Buffer;
  readonly mimeType: string;
}

const IMAGE_MIME: Readonly<Record<string, string>> = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' };

/** Keys sorted at every depth, as the Lake returns documents. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortKeys(record[key])]),
  );
}

function isDraftOrVersion(id: string): boolean {
  return id.startsWith('drafts.') || id.startsWith('versions.');
}

/** Strong references (`_ref` without `_weak: true`) anywhere in a value. */
function strongRefs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) strongRefs(item, out);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['_ref'] === 'string' && record['_weak'] !== true) out.push(record['_ref']);
    for (const key of Object.keys(record)) if (key !== '_ref') strongRefs(record[key], out);
  }
  return out;
}

function readBody(req: AnyRequest): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function classify(method: string, pathname: string): RequestKind {
  if (/^\/v[^/]+\/data\/query\//.test(pathname)) return 'query';
  if (/^\/v[^/]+\/data\/mutate\//.test(pathname) && method === 'POST') return 'mutate';
  if (/^\/v[^/]+\/assets\/images\//.test(pathname) && method === 'POST') return 'asset-upload';
  if (pathname.startsWith('/images/')) return 'asset-download';
  return 'other';
}

export async function startContentLakeStandin(options: StandinOptions = {}): Promise<ContentLakeStandin> {
  const projectId = options.projectId ?? 'standin1';
  const dataset = options.dataset ?? 'production';
  const store = new Map<string, Record<string, unknown>>();
  const assets = new Map<string, StoredAsset>();
  const requests: RecordedRequest[] = [];
  const stats = { transactions: 0, mutations: 0, uploads: 0, byOperation: {} as Record<string, number> };
  const faults = new Map<RequestKind, Fault[]>();
  let dropAfter: number | undefined;
  let apiHost = '';
  let clock = Date.parse('2026-01-01T00:00:00Z');

  /** Server timestamps: a fixed, increasing clock, so stored documents are deterministic. */
  const now = (): string => new Date((clock += 1000)).toISOString().replace('.000Z', 'Z');

  function stamp(doc: Record<string, unknown>, previous: Record<string, unknown> | undefined, rev: string): Record<string, unknown> {
    const at = now();
    return sortKeys({ ...doc, _createdAt: previous?.['_createdAt'] ?? at, _updatedAt: at, _rev: rev }) as Record<string, unknown>;
  }

  function view(perspective: string): Record<string, unknown>[] {
    const all = [...store.values()];
    if (perspective === 'raw') return all;
    const published = all.filter((doc) => !isDraftOrVersion(String(doc['_id'])));
    if (perspective !== 'drafts' && perspective !== 'previewDrafts') return published;
    // Drafts overlay: a draft replaces its published document and takes its id.
    const byId = new Map(published.map((doc) => [String(doc['_id']), doc]));
    for (const doc of all) {
      const id = String(doc['_id']);
      if (!id.startsWith('drafts.')) continue;
      const baseId = id.slice('drafts.'.length);
      byId.set(baseId, { ...doc, _id: baseId, _originalId: id });
    }
    return [...byId.values()];
  }

  async function answerQuery(req: AnyRequest, url: URL, body: Buffer): Promise<unknown> {
    let query = url.searchParams.get('query') ?? '';
    const params: Record<string, unknown> = {};
    for (const [key, value] of url.searchParams) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value) as unknown;
    let perspective = (url.searchParams.get('perspective') ?? '').split(',')[0] ?? '';
    if (req.method === 'POST') {
      const posted = JSON.parse(body.toString('utf8')) as { query?: string; params?: Record<string, unknown>; perspective?: string };
      query = posted.query ?? query;
      Object.assign(params, posted.params ?? {});
      perspective = posted.perspective ?? perspective;
    }
    const apiDate = url.pathname.split('/')[1]?.slice(1) ?? '';
    if (!perspective) perspective = apiDate >= '2025-02-19' ? 'published' : 'raw';
    const started = performance.now();
    // The Lake looks ids up in an index; groq-js would compare every id with every document.
    let dataset = view(perspective);
    if (/^\*\[_id in \$ids\]/.test(query) && Array.isArray(params['ids'])) {
      const ids = new Set(params['ids']);
      dataset = dataset.filter((doc) => ids.has(doc['_id']));
    }
    const value = await evaluate(parse(query, { params }), { dataset, params });
    return { query, result: await value.get(), ms: Math.round(performance.now() - started) };
  }

  /**
   * Apply one transaction; commit only when every mutation succeeds. Changes collect in an
   * overlay (`undefined` = deleted) instead of a copy of the store, so a transaction costs what
   * it touches, not the size of the dataset.
   */
  function applyTransaction(mutations: readonly Record<string, unknown>[], rev: string, identity = 'standin'): { id: string; operation: string }[] {
    const perDocument = new Map<string, Record<string, unknown>[]>();
    const overlay = new Map<string, Record<string, unknown> | undefined>();
    const read = (id: string) => (overlay.has(id) ? overlay.get(id) : store.get(id));
    const touched = new Set<string>();
    const deleted = new Set<string>();
    const results: { id: string; operation: string }[] = [];
    for (const mutation of mutations) {
      const [name, arg] = Object.entries(mutation)[0] ?? ['', undefined];
      const payload = (arg ?? {}) as Record<string, unknown>;
      const id = String(payload['id'] ?? payload['_id'] ?? '');
      if (!/^[a-zA-Z0-9._-]+$/.test(id)) throw new MutationError(`Document id "${id}" is not valid`);
      const existing = read(id);
      perDocument.set(id, [...(perDocument.get(id) ?? []), mutation]);
      switch (name) {
        case 'create':
          if (existing) throw new MutationError(`Document by ID "${id}" already exists`);
          overlay.set(id, stamp(payload, undefined, rev));
          results.push({ id, operation: 'create' });
          break;
        case 'createIfNotExists':
          if (existing) {
            results.push({ id, operation: 'none' });
            break;
          }
          overlay.set(id, stamp(payload, undefined, rev));
          results.push({ id, operation: 'create' });
          break;
        case 'createOrReplace':
          overlay.set(id, stamp(payload, existing, rev));
          results.push({ id, operation: existing ? 'update' : 'create' });
          break;
        case 'delete':
          overlay.set(id, undefined);
          deleted.add(id);
          results.push({ id, operation: 'delete' });
          break;
        case 'patch': {
          if (!existing) throw new MutationError(`Cannot modify non-existent document "${id}"`);
          const patched = new Mutation({ mutations: [{ patch: { ...payload, id } } as never] }).apply(existing as never) as Record<string, unknown> | null;
          if (!patched) throw new MutationError(`Patch of "${id}" left no document`);
          overlay.set(id, stamp(patched, existing, rev));
          results.push({ id, operation: 'update' });
          break;
        }
        default:
          throw new MutationError(`Unsupported mutation "${name}"`);
      }
      if (name === 'delete') touched.delete(id);
      else {
        touched.add(id);
        deleted.delete(id);
      }
    }
    // Referential integrity, checked at the end of the transaction as the Lake does.
    for (const id of touched) {
      const doc = read(id);
      if (!doc || isDraftOrVersion(id)) continue;
      for (const ref of strongRefs(doc)) {
        if (!read(ref)) throw new MutationError(`Document "${id}" references non-existent document "${ref}"`);
      }
    }
    if (deleted.size > 0) {
      const ids = new Set([...store.keys(), ...overlay.keys()]);
      for (const id of ids) {
        const doc = read(id);
        if (!doc || isDraftOrVersion(id)) continue;
        const ref = strongRefs(doc).find((r) => deleted.has(r));
        if (ref) throw new MutationError(`Document "${ref}" cannot be deleted as there are references to it from "${id}"`);
      }
    }
    const changed: ChangedDocument[] = [...perDocument].map(([id, applied]) => ({ id, before: store.get(id), after: overlay.get(id), mutations: applied }));
    for (const [id, doc] of overlay) {
      if (doc) store.set(id, doc);
      else store.delete(id);
    }
    studio?.notify(rev, identity, changed);
    options.onCommit?.(changed, rev);
    stats.transactions += 1;
    stats.mutations += mutations.length;
    for (const mutation of mutations) {
      const name = Object.keys(mutation)[0] ?? '';
      stats.byOperation[name] = (stats.byOperation[name] ?? 0) + 1;
    }
    return results;
  }

  function uploadImage(url: URL, body: Buffer): Record<string, unknown> {
    const size = readImageSize(body);
    if (!size) throw new MutationError('Invalid image: unsupported or corrupt file');
    const sha1 = createHash('sha1').update(body).digest('hex');
    const { width, height, extension } = size;
    const id = `image-${sha1}-${width}x${height}-${extension}`;
    const path = `images/${projectId}/${dataset}/${sha1}-${width}x${height}.${extension}`;
    const mimeType = IMAGE_MIME[extension] ?? 'application/octet-stream';
    assets.set(`/${path}`, { bytes: body, mimeType });
    const existing = store.get(id);
    if (existing) return existing;
    const doc = stamp(
      {
        _id: id,
        _type: 'sanity.imageAsset',
        assetId: sha1,
        extension,
        metadata: { _type: 'sanity.imageMetadata', dimensions: { _type: 'sanity.imageDimensions', aspectRatio: width / height, height, width } },
        mimeType,
        originalFilename: url.searchParams.get('filename') ?? `${sha1}.${extension}`,
        path,
        sha1hash: sha1,
        size: body.length,
        uploadId: randomUUID(),
        url: `${apiHost}/${path}`,
      },
      undefined,
      randomUUID(),
    );
    store.set(id, doc);
    stats.uploads += 1;
    return doc;
  }

  function send(res: AnyResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
    (res as ServerResponse).writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...(corsHeaders.get(res) ?? {}), ...headers });
    res.end(JSON.stringify(payload));
  }

  async function handle(req: AnyRequest, res: AnyResponse): Promise<number> {
    const url = new URL(req.url ?? '/', apiHost);
    const method = req.method ?? 'GET';
    const kind = classify(method, url.pathname);
    const body = await readBody(req);
    const origin = req.headers.origin;
    if (typeof origin === 'string') corsHeaders.set(res, { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' });
    const record = (status: number): number => {
      requests.push({ kind, method, url: url.pathname + url.search, bodyBytes: body.length, status });
      return status;
    };

    const fault = faults.get(kind)?.shift();
    if (fault?.status === 0) {
      req.socket.destroy();
      return record(0);
    }
    if (fault) {
      send(
        res,
        fault.status,
        { error: { description: `Injected ${fault.status}` }, statusCode: fault.status },
        fault.retryAfter ? { 'retry-after': fault.retryAfter } : {},
      );
      return record(fault.status);
    }
    if (kind === 'mutate' && dropAfter !== undefined && stats.transactions >= dropAfter) {
      req.socket.destroy();
      return record(0);
    }
    try {
      if (studio && (kind === 'other' || method === 'OPTIONS') && (await studio.handle(req, res, url, body))) return record(200);
      switch (kind) {
        case 'query':
          send(res, 200, await answerQuery(req, url, body));
          return record(200);
        case 'mutate': {
          const parsed = JSON.parse(body.toString('utf8')) as { mutations?: Record<string, unknown>[]; transactionId?: string };
          const transactionId = parsed.transactionId ?? url.searchParams.get('transactionId') ?? randomUUID();
          const results = applyTransaction(parsed.mutations ?? [], transactionId, studio ? 'standin-user' : 'standin');
          const answer: Record<string, unknown> = { transactionId, results };
          if (url.searchParams.get('returnIds') === 'true') answer['documentIds'] = results.map((r) => r.id);
          send(res, 200, answer);
          return record(200);
        }
        case 'asset-upload':
          send(res, 200, { document: uploadImage(url, body) });
          return record(200);
        case 'asset-download': {
          const asset = assets.get(url.pathname);
          if (!asset) {
            send(res, 404, { error: 'Not found' });
            return record(404);
          }
          (res as ServerResponse).writeHead(200, { 'content-type': asset.mimeType, 'content-length': String(asset.bytes.length) });
          (res as ServerResponse).end(method === 'HEAD' ? undefined : asset.bytes);
          return record(200);
        }
        case 'other':
          send(res, 404, { error: 'Not found', message: `The stand-in does not answer ${method} ${url.pathname}` });
          return record(404);
      }
    } catch (error) {
      const description = error instanceof Error ? error.message : String(error);
      if (error instanceof MutationError) {
        send(res, 409, { error: { type: 'mutationError', description: 'Mutation(s) failed with 1 error(s)', items: [{ error: { description } }] } });
        return record(409);
      }
      send(res, 400, { error: { description } });
      return record(400);
    }
  }

  /** CORS headers per response: the Studio calls with credentials from its own origin. */
  const corsHeaders = new WeakMap<AnyResponse, Record<string, string>>();
  const studio: StudioApi | undefined = options.users
    ? createStudioApi(
        {
          read: (id) => store.get(id),
          transact: (mutations, transactionId, identity) => applyTransaction(mutations, transactionId, identity),
        },
        options.users,
        projectId,
      )
    : undefined;
  const onRequest = (req: AnyRequest, res: AnyResponse) => {
    handle(req, res).catch((error: unknown) => {
      (res as ServerResponse).destroy(error instanceof Error ? error : new Error(String(error)));
    });
  };
  const server: Server | Http2SecureServer = options.secure
    ? createSecureServer({ allowHTTP1: true, key: options.secure.key, cert: options.secure.cert }, onRequest)
    : createServer(onRequest);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  apiHost = `${options.secure ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiHost,
    projectId,
    dataset,
    requests,
    stats,
    documents: () => [...store.values()].sort((a, b) => (String(a['_id']) < String(b['_id']) ? -1 : 1)) as StandinDocument[],
    load(documents) {
      store.clear();
      for (const doc of documents) store.set(String(doc['_id']), stamp(doc, undefined, randomUUID()));
    },
    failNext(kind, ...more) {
      faults.set(kind, [...(faults.get(kind) ?? []), ...more]);
    },
    dropMutationsAfter(transactions) {
      dropAfter = transactions === undefined ? undefined : stats.transactions + transactions;
    },
    resetLog() {
      requests.length = 0;
      stats.transactions = 0;
      stats.mutations = 0;
      stats.uploads = 0;
      stats.byOperation = {};
    },
    studio,
    close: () =>
      new Promise<void>((resolve) => {
        studio?.closeListeners();
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
