/**
 * The endpoints an editable Studio needs from the Content Lake stand-in (contentLake.ts), for
 * browser tests of the unmodified built Studio (docs/sanity-offline.md, "An editable Studio
 * against a local stand-in (sanity 5.31.2)"): the current user (chosen per browser context by
 * the `standin-user` cookie), project, ACL, per-user settings, document snapshots, the streaming
 * listener (`/data/listen`, mendoza effects, one event per document and transaction with
 * `previousRev` chaining), the actions API (translated into the mutations the listener reports),
 * history stubs, and the Sanity hosts the Studio calls besides the API (fonts, the bridge
 * script), answered empty. Anything else is recorded in `unanswered` and answered 404, so a
 * Studio upgrade that calls something new fails the test that checks the list.
 *
 * Test code only. Endpoints follow sanity 5.31.2 (pinned in package.json).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import { evaluate, parse } from 'groq-js';

export type AnyRequest = IncomingMessage | Http2ServerRequest;
export type AnyResponse = ServerResponse | Http2ServerResponse;

/** A Studio user of the stand-in. */
export interface StandinUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: 'administrator' | 'editor' | 'viewer' | 'developer';
}

/** One mutation event as the listener sends it (a subset of Sanity's MutationEvent). */
export interface ChangedDocument {
  readonly id: string;
  readonly before: Record<string, unknown> | undefined;
  readonly after: Record<string, unknown> | undefined;
  readonly mutations: readonly Record<string, unknown>[];
}

/** What the Studio API needs from the store. */
export interface StoreAccess {
  readonly read: (id: string) => Record<string, unknown> | undefined;
  /** Apply mutations as one transaction (all or nothing); throws a MutationError. */
  readonly transact: (mutations: readonly Record<string, unknown>[], transactionId: string, identity: string) => unknown;
}

/** Hosts and paths the Studio calls that need no real answer (docs/sanity-offline.md). */
const HARMLESS = [
  /^\/v[^/]+\/socket\//,
  /\/descriptors\//,
  /\/journey\//,
  /\/features$/,
  /\/schedules\//,
  /\/intake\//,
  /\/versions\//,
  /\/telemetry\//,
  /\/intake$/,
  /\/blueprints\//,
];

interface Listener {
  readonly res: AnyResponse;
  readonly query: string;
  readonly params: Record<string, unknown>;
  readonly includeResult: boolean;
  /** Events go out in order: each transaction waits for the previous one's filter checks. */
  queue: Promise<void>;
}

export interface StudioApi {
  /** Answer a Studio request; `false` when it is not a Studio endpoint. */
  handle(req: AnyRequest, res: AnyResponse, url: URL, body: Buffer): Promise<boolean>;
  /** Tell the open listeners about a committed transaction. */
  notify(transactionId: string, identity: string, changed: readonly ChangedDocument[]): void;
  /** Requests the stand-in could not answer, as `METHOD host/path`. */
  readonly unanswered: string[];
  /** `/data/actions` bodies, in order. */
  readonly actions: unknown[];
  /** Open listener connections now. */
  listenerCount(): number;
  closeListeners(): void;
}

/** CORS for a credentialed request from the Studio's origin. */
function cors(req: AnyRequest): Record<string, string> {
  const origin = typeof req.headers.origin === 'string' ? req.headers.origin : '*';
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-allow-headers': 'authorization, content-type, x-sanity-app, sanity-request-id',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-max-age': '600',
  };
}

/** The user of a request: a `Bearer standin-<id>` token, else the `standin-user` cookie, else the first. */
function userFromCookie(req: AnyRequest, users: readonly StandinUser[]): StandinUser {
  const bearer = /^Bearer standin-(.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
  const cookie = String(req.headers.cookie ?? '');
  const id = bearer ?? /(?:^|;\s*)standin-user=([^;]+)/.exec(cookie)?.[1];
  return users.find((user) => user.id === id) ?? users[0]!;
}

/** An action of the actions API as the mutations the Lake applies and reports. */
export function actionToMutations(action: Record<string, unknown>, read: StoreAccess['read']): Record<string, unknown>[] {
  const type = String(action['actionType'] ?? '');
  const draftId = String(action['draftId'] ?? '');
  const publishedId = String(action['publishedId'] ?? '');
  const withoutServer = (doc: Record<string, unknown>, id: string) => {
    const { _rev: _r, _createdAt: _c, _updatedAt: _u, ...rest } = doc;
    return { ...rest, _id: id };
  };
  switch (type) {
    case 'sanity.action.document.create': {
      const attributes = action['attributes'] as Record<string, unknown>;
      const id = String(attributes['_id'] ?? draftId);
      if (action['ifExists'] === 'ignore' && read(id)) return [];
      return [{ create: { ...attributes, _id: id } }];
    }
    case 'sanity.action.document.edit': {
      const patch = { ...(action['patch'] as Record<string, unknown>), id: draftId };
      const draft = read(draftId);
      const published = read(publishedId);
      if (draft) return [{ patch }];
      if (!published) throw new Error(`Cannot edit "${publishedId}": neither it nor its draft exists`);
      return [{ createIfNotExists: withoutServer(published, draftId) }, { patch }];
    }
    case 'sanity.action.document.publish': {
      const draft = read(draftId);
      if (!draft) throw new Error(`Cannot publish "${publishedId}": there is no draft`);
      return [{ createOrReplace: withoutServer(draft, publishedId) }, { delete: { id: draftId } }];
    }
    case 'sanity.action.document.discard':
      return [{ delete: { id: draftId } }];
    case 'sanity.action.document.unpublish': {
      const published = read(publishedId);
      if (!published) return [];
      return [{ createIfNotExists: withoutServer(published, draftId) }, { delete: { id: publishedId } }];
    }
    case 'sanity.action.document.delete': {
      const ids = [publishedId, ...((action['includeDrafts'] as string[] | undefined) ?? [`drafts.${publishedId}`])];
      return ids.filter((id) => read(id)).map((id) => ({ delete: { id } }));
    }
    default:
      throw new Error(`The stand-in does not implement the action "${type}"`);
  }
}

/** Whether a document is in a listener's result: the query `*[filter]` run on that one document. */
async function matches(listener: Listener, doc: Record<string, unknown> | undefined): Promise<boolean> {
  if (!doc) return false;
  try {
    const value = await (await evaluate(parse(listener.query, { params: listener.params }), { dataset: [doc], params: listener.params })).get();
    return Array.isArray(value) ? value.length > 0 : Boolean(value);
  } catch {
    return false;
  }
}

export function createStudioApi(store: StoreAccess, users: readonly StandinUser[], projectId: string): StudioApi {
  const listeners = new Set<Listener>();
  const unanswered: string[] = [];
  const actions: unknown[] = [];
  const keyValues = new Map<string, unknown>();

  const json = (req: AnyRequest, res: AnyResponse, payload: unknown, status = 200) => {
    (res as ServerResponse).writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...cors(req) });
    res.end(JSON.stringify(payload));
    return true;
  };

  function sse(res: AnyResponse, event: string, data: unknown, id?: string) {
    (res as ServerResponse).write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  async function handle(req: AnyRequest, res: AnyResponse, url: URL, body: Buffer): Promise<boolean> {
    const method = req.method ?? 'GET';
    const host = String(req.headers[':authority'] ?? req.headers.host ?? url.host).replace(/:\d+$/, '');
    const path = url.pathname.replace(/^\/v\d{4}-\d{2}-\d{2}|^\/v\d+/, '');
    if (method === 'OPTIONS') {
      (res as ServerResponse).writeHead(204, cors(req));
      res.end();
      return true;
    }
    // Hosts other than the API: fonts and the dashboard's bridge script, answered empty.
    if (host.endsWith('sanity-cdn.com') || host === 'studio-static.sanity.io' || host.endsWith('sanity.work')) {
      const js = url.pathname.endsWith('.js');
      (res as ServerResponse).writeHead(js ? 200 : 404, { 'content-type': js ? 'text/javascript' : 'text/plain', ...cors(req) });
      res.end('');
      return true;
    }
    const user = userFromCookie(req, users);
    if (path === '/ping') return json(req, res, 'PONG');
    if (path === '/users/me') {
      return json(req, res, {
        id: user.id,
        name: user.name,
        email: user.email,
        role: user.role,
        roles: [{ name: user.role, title: user.role }],
        provider: 'sanity',
      });
    }
    if (/^\/projects\/[^/]+\/datasets\/[^/]+\/acl$/.test(path)) {
      return json(req, res, [{ filter: '_id in path("**")', permissions: ['history', 'read', 'update', 'create', 'manage'] }]);
    }
    if (/^\/projects\/[^/]+$/.test(path)) {
      return json(req, res, {
        id: projectId,
        displayName: '标准化参与服务台账',
        members: users.map((member) => ({
          id: member.id,
          role: member.role,
          roles: [{ name: member.role, title: member.role }],
          isCurrentUser: member.id === user.id,
          isRobot: false,
        })),
        metadata: {},
      });
    }
    if (/^\/projects\/[^/]+\/(datasets|user-applications)$/.test(path))
      return json(req, res, path.endsWith('datasets') ? [{ name: 'production', aclMode: 'private' }] : []);
    if (/^\/projects\/[^/]+\/users\/[^/]+$/.test(path) || /^\/users\/[^/]+$/.test(path)) {
      const ids = decodeURIComponent(path.split('/').pop() ?? '').split(',');
      const found = ids.map((id) => users.find((member) => member.id === id) ?? { id, name: id, email: '' });
      const answer = found.map((member) => ({ id: member.id, displayName: member.name, email: member.email, imageUrl: null }));
      return json(req, res, ids.length === 1 ? answer[0] : answer);
    }
    if (path.startsWith('/users/me/keyvalue')) {
      if (method === 'PUT') {
        const entries = JSON.parse(body.toString('utf8') || '[]') as { key: string; value: unknown }[];
        for (const entry of entries) keyValues.set(`${user.id}:${entry.key}`, entry.value);
        return json(req, res, entries);
      }
      const keys = decodeURIComponent(path.slice('/users/me/keyvalue/'.length)).split(',').filter(Boolean);
      return json(
        req,
        res,
        keys.map((key) => ({ key, value: keyValues.get(`${user.id}:${key}`) ?? null })),
      );
    }
    if (/^\/data\/ping\//.test(path)) return json(req, res, 'PONG');
    // Help menu resources and the newest Studio version: none.
    if (path === '/help') return json(req, res, { resources: [], latestVersion: null });
    const doc = /^\/data\/doc\/[^/]+\/(.+)$/.exec(path);
    if (doc) {
      const ids = decodeURIComponent(doc[1] ?? '').split(',');
      return json(req, res, {
        documents: ids.flatMap((id) => store.read(id) ?? []),
        omitted: ids.filter((id) => !store.read(id)).map((id) => ({ id, reason: 'existence' })),
      });
    }
    if (/^\/data\/listen\//.test(path)) {
      const params: Record<string, unknown> = {};
      for (const [key, value] of url.searchParams) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value) as unknown;
      const listener: Listener = {
        res,
        query: url.searchParams.get('query') ?? '*',
        params,
        includeResult: url.searchParams.get('includeResult') !== 'false',
        queue: Promise.resolve(),
      };
      (res as ServerResponse).writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...cors(req) });
      listeners.add(listener);
      sse(res, 'welcome', { listenerName: `standin-${listeners.size}` });
      const drop = () => listeners.delete(listener);
      req.on('close', drop);
      res.on('close', drop);
      return true;
    }
    if (/^\/data\/actions\//.test(path) && method === 'POST') {
      const posted = JSON.parse(body.toString('utf8')) as { actions?: Record<string, unknown>[]; transactionId?: string };
      actions.push(posted);
      const transactionId = posted.transactionId ?? `tx-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      const mutations = (posted.actions ?? []).flatMap((action) => actionToMutations(action, store.read));
      store.transact(mutations, transactionId, user.id);
      return json(req, res, { transactionId });
    }
    const events = /^\/data\/history\/[^/]+\/events\/documents\/(.+)$/.exec(path);
    if (events) return json(req, res, { events: { [decodeURIComponent(events[1] ?? '')]: [] }, nextCursor: '' });
    if (/^\/data\/history\/[^/]+\/transactions\//.test(path)) {
      (res as ServerResponse).writeHead(200, { 'content-type': 'application/x-ndjson', ...cors(req) });
      res.end('');
      return true;
    }
    const revision = /^\/data\/history\/[^/]+\/documents\/(.+)$/.exec(path);
    if (revision) {
      const ids = decodeURIComponent(revision[1] ?? '').split(',');
      return json(req, res, { documents: ids.flatMap((id) => store.read(id) ?? []) });
    }
    if (HARMLESS.some((pattern) => pattern.test(url.pathname))) return json(req, res, {}, 404);
    if (/^\/data\/(query|mutate)\//.test(path)) return false;
    unanswered.push(`${method} ${host}${url.pathname}`);
    return json(req, res, { error: 'Not found', message: `The stand-in does not answer ${method} ${host}${url.pathname}` }, 404);
  }

  function notify(transactionId: string, identity: string, changed: readonly ChangedDocument[]): void {
    const timestamp = new Date().toISOString();
    const events = changed.map((change, index) => ({
      change,
      event: {
        eventId: `${transactionId}#${change.id}`,
        documentId: change.id,
        transactionId,
        transition: !change.before ? 'appear' : !change.after ? 'disappear' : 'update',
        identity,
        mutations: change.mutations,
        previousRev: change.before?.['_rev'],
        resultRev: transactionId,
        timestamp,
        visibility: 'query',
        effects: { apply: [0, change.after ?? null], revert: [0, change.before ?? null] },
        transactionTotalEvents: changed.length,
        transactionCurrentEvent: index + 1,
      },
    }));
    for (const listener of listeners) {
      listener.queue = listener.queue.then(async () => {
        // The counters are per listener: of this transaction's events, the ones it receives.
        const seen: typeof events = [];
        for (const item of events) {
          const [was, is] = await Promise.all([matches(listener, item.change.before), matches(listener, item.change.after)]);
          if (was || is) seen.push(item);
        }
        seen.forEach(({ change, event }, index) => {
          const counted = { ...event, transactionTotalEvents: seen.length, transactionCurrentEvent: index + 1 };
          sse(listener.res, 'mutation', listener.includeResult ? { ...counted, result: change.after } : counted, event.eventId);
        });
      });
    }
  }

  return {
    handle,
    notify,
    unanswered,
    actions,
    listenerCount: () => listeners.size,
    closeListeners() {
      for (const listener of listeners) listener.res.end();
      listeners.clear();
    },
  };
}
