/**
 * Answers the built Studio's calls to Sanity from the embedded dataset, with Playwright's
 * `page.route` (docs/sanity-offline.md, "The Studio in a browser"): a logged-in user, the
 * dataset's access grants, GROQ queries through groq-js, document snapshots, and a listener
 * that only says "welcome". Read-only: mutations are recorded and refused. Everything else
 * under Sanity's domains (CDN fonts, the bridge script, version checks, telemetry) is answered
 * empty, so nothing leaves the machine. Endpoints follow sanity 5.31's Studio: pin the version.
 */
import type { Page, Route } from '@playwright/test';
import { evaluate, parse } from 'groq-js';

export type LakeDocument = { readonly _id: string; readonly _type: string } & Record<string, unknown>;

/** The user the Studio sees as logged in. */
export interface LakeUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly roles: readonly string[];
}

/** How long EventSource waits before it reconnects a closed listener (the SSE `retry` field). */
const LISTEN_RETRY_MS = Number(process.env['STUDIO_LISTEN_RETRY_MS'] ?? 2000);

export const STAFF_USER: LakeUser = { id: 'pStaff01', name: '王芳', email: 'wangfang@example.gov.cn', roles: ['administrator'] };

/** What the routes saw: requests nothing answered, and mutations the Studio tried. */
export interface LakeLog {
  readonly unanswered: string[];
  readonly mutations: unknown[];
  /** Every request to Sanity, as `METHOD path?search` (for debugging a Studio upgrade). */
  readonly requests: string[];
}

/** CORS headers for a credentialed request from the Studio's origin (a wildcard is refused). */
function corsHeaders(route: Route): Record<string, string> {
  const origin = route.request().headers()['origin'] ?? '*';
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-allow-headers': 'authorization, content-type, x-sanity-app',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  };
}

const json = (route: Route, body: unknown, status = 200) =>
  route.fulfill({ status, contentType: 'application/json', headers: corsHeaders(route), body: JSON.stringify(body) });

/** Server fields every stored document has. */
function withServerFields(doc: LakeDocument): LakeDocument {
  return { _createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z', _rev: `rev-${doc._id}`, ...doc };
}

/** GROQ parameters of a query URL: `$name` parameters are JSON-encoded in the search string. */
function paramsOf(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of search) {
    if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value) as unknown;
  }
  return params;
}

/**
 * The documents a perspective sees: `raw` all of them; `drafts` each document's draft in place
 * of its published version (under the published id); `published` (the default from API
 * version 2025-02-19) no drafts and no release versions.
 */
function inPerspective(documents: readonly LakeDocument[], perspective: string | null): LakeDocument[] {
  const isPublished = (doc: LakeDocument) => !doc._id.startsWith('drafts.') && !doc._id.startsWith('versions.');
  if (perspective === 'raw') return [...documents];
  if (perspective === 'drafts') {
    const drafts = new Map(documents.filter((doc) => doc._id.startsWith('drafts.')).map((doc) => [doc._id.slice(7), doc]));
    const merged = documents.filter(isPublished).map((doc) => {
      const draft = drafts.get(doc._id);
      return draft ? { ...draft, _id: doc._id, _originalId: draft._id } : doc;
    });
    const draftOnly = [...drafts]
      .filter(([id]) => !documents.some((doc) => doc._id === id))
      .map(([id, draft]) => ({ ...draft, _id: id, _originalId: draft._id }));
    return [...merged, ...draftOnly];
  }
  return documents.filter(isPublished);
}

/** Run one GROQ query over the documents. */
async function runQuery(documents: readonly LakeDocument[], query: string, params: Record<string, unknown>): Promise<unknown> {
  const result = await evaluate(parse(query, { params }), { dataset: documents, params });
  return result.get();
}

/** Install the routes on a page. */
export async function routeContentLake(page: Page, rawDocuments: readonly LakeDocument[], user: LakeUser = STAFF_USER): Promise<LakeLog> {
  const documents = rawDocuments.map(withServerFields);
  const byId = new Map(documents.map((doc) => [doc._id, doc]));
  const log: LakeLog = { unanswered: [], mutations: [], requests: [] };

  await page.route(/^https?:\/\/([a-z0-9-]+\.)*(sanity\.io|sanity-cdn\.com|sanity\.work)\//, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const path = url.pathname.replace(/^\/v\d{4}-\d{2}-\d{2}|^\/v\d+/, '');
    log.requests.push(`${request.method()} ${url.host}${decodeURIComponent(url.pathname + url.search)}`);

    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: corsHeaders(route) });
    if (url.hostname.endsWith('sanity-cdn.com') && url.pathname.endsWith('.js')) {
      // The bridge script for Sanity's dashboard: not needed outside the dashboard.
      return route.fulfill({ status: 200, contentType: 'text/javascript', headers: corsHeaders(route), body: '' });
    }
    if (url.hostname === 'studio-static.sanity.io') return route.fulfill({ status: 404, headers: corsHeaders(route), body: '' });
    if (path === '/ping') return json(route, 'PONG');
    if (path === '/users/me') {
      return json(route, {
        id: user.id,
        name: user.name,
        email: user.email,
        role: user.roles[0] ?? 'viewer',
        roles: user.roles.map((name) => ({ name, title: name })),
        provider: 'sanity',
      });
    }
    if (/^\/projects\/[^/]+\/datasets\/[^/]+\/acl$/.test(path)) {
      return json(route, [{ filter: '_id in path("**")', permissions: ['history', 'read', 'update', 'create'] }]);
    }
    const query = /^\/data\/query\/[^/]+$/.test(path);
    if (query) {
      const body = request.method() === 'POST' ? (JSON.parse(request.postData() ?? '{}') as { query?: string; params?: Record<string, unknown> }) : undefined;
      const text = body?.query ?? url.searchParams.get('query') ?? '';
      const params = body?.params ?? paramsOf(url.searchParams);
      try {
        const perspective = url.searchParams.get('perspective');
        return json(route, { query: text, result: await runQuery(inPerspective(documents, perspective), text, params), ms: 1 });
      } catch (error) {
        log.unanswered.push(`query failed: ${text} — ${String(error)}`);
        return json(route, { error: { description: String(error), type: 'queryParseError' } }, 400);
      }
    }
    const doc = /^\/data\/doc\/[^/]+\/(.+)$/.exec(path);
    if (doc) {
      const ids = decodeURIComponent(doc[1] ?? '').split(',');
      return json(route, {
        documents: ids.flatMap((id) => byId.get(id) ?? []),
        omitted: ids.filter((id) => !byId.has(id)).map((id) => ({ id, reason: 'existence' })),
      });
    }
    if (/^\/data\/listen\//.test(path)) {
      return route.fulfill({
        status: 200,
        contentType: 'text/event-stream',
        headers: corsHeaders(route),
        // A fulfilled route cannot stay open: the listener reconnects (after LISTEN_RETRY_MS) and is
        // welcomed again; reconnecting at once starves the document pane of its snapshot.
        body: `retry: ${LISTEN_RETRY_MS}\nevent: welcome\ndata: ${JSON.stringify({ listenerName: 'standin' })}\n\n`,
      });
    }
    const events = /^\/data\/history\/[^/]+\/events\/documents\/(.+)$/.exec(path);
    if (events) return json(route, { events: { [decodeURIComponent(events[1] ?? '')]: [] }, nextCursor: '' });
    if (/^\/data\/history\/[^/]+\/transactions\//.test(path)) {
      // No history: an empty NDJSON stream of transactions.
      return route.fulfill({ status: 200, contentType: 'application/x-ndjson', headers: corsHeaders(route), body: '' });
    }
    if (/^\/data\/(mutate|actions)\//.test(path)) {
      log.mutations.push(request.postDataJSON());
      return json(route, { error: { description: 'read-only test stand-in' } }, 403);
    }
    // Per-user settings the Studio keeps (pane widths, seen announcements): none stored.
    if (path.startsWith('/users/me/keyvalue')) {
      return json(route, request.method() === 'PUT' ? (request.postDataJSON() as unknown) : []);
    }
    if (/\/(user-applications|datasets|features)$/.test(path)) return json(route, []);
    if (path.startsWith('/schedules/')) return json(route, { schedules: [] });
    if (/^\/projects\/[^/]+$/.test(path)) {
      return json(route, {
        id: 'demo0000',
        displayName: '标准化参与服务台账',
        members: [{ id: user.id, role: user.roles[0], isCurrentUser: true }],
        metadata: {},
      });
    }
    log.unanswered.push(`${request.method()} ${request.url()}`);
    return json(route, {});
  });
  return log;
}
