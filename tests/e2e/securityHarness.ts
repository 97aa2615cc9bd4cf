/**
 * What the security specs share: build the site from a fixture into its own directory, serve
 * that directory on loopback (with the `_headers` rules a static host would apply), list its
 * files and pages, and watch a browser page for anything a payload or a policy would cause.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../fixtures/security/headers.ts';
import { XSS_FLAG } from '../fixtures/security/payloads.ts';

/** Where the security specs build, one directory per fixture. */
export const SECURITY_BUILD_ROOT = '.tmp/sec-e2e-builds';

/** The build date the other specs pin too (playwright.config.ts). */
export const BUILD_DATE = '2026-11-28';

export interface BuildResult {
  readonly status: number | null;
  readonly output: string;
  readonly outDir: string;
}

/**
 * `astro build` into `.tmp/sec-e2e-builds/<name>` with extra environment. Asynchronous, so a
 * Content Lake stand-in in this process can answer the build's queries.
 */
export function buildSite(name: string, env: Readonly<Record<string, string>>): Promise<BuildResult> {
  const outDir = join(SECURITY_BUILD_ROOT, name);
  rmSync(outDir, { recursive: true, force: true });
  return new Promise((resolve) => {
    const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, BUILD_DATE, FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolve({ status, output, outDir }));
  });
}

export function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** Every HTML page of a build as a URL path (`/en/standards/`, `/404.html`). */
export function pagePaths(dir: string): string[] {
  return [...filesUnder(dir)]
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${relative(dir, f).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serve a build directory on 127.0.0.1 like a static host: `/x/` → `/x/index.html`, unknown
 * paths → `404.html` with status 404, and the `_headers` rules of the build applied.
 */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const root = normalize(dir);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    if (!found) file = join(root, '404.html');
    for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
    response.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** What a page did that it must not: open a dialog, throw, break its policy. */
export interface PageWatch {
  readonly dialogs: string[];
  readonly errors: string[];
  readonly violations: string[];
}

/**
 * Record dialogs (a payload's `alert`), uncaught errors and `securitypolicyviolation` events
 * of a page. Install before the first navigation.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { dialogs: [], errors: [], violations: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => watch.errors.push(`${page.url()}: ${error.message}`));
  await page.exposeFunction('__securityViolation', (text: string) => watch.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __securityViolation: (t: string) => void }).__securityViolation;
      void report(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
  return watch;
}

export interface Inspection {
  /** Payload tags that ran (the page-side flag). */
  readonly fired: string[];
  /** Elements and attributes only a payload could have put in the page. */
  readonly injected: string[];
}

/**
 * After handlers that fire on their own (onerror, ontoggle, autofocus) had a turn: read the
 * payload flag, and list what only a payload could have put in the page — any `on*`
 * attribute, a non-http(s) address in a link, source, action or frame, a `<base>`, a meta
 * refresh, a frame or object, a script holding payload text. One round trip per call.
 */
export async function inspectPage(page: Page): Promise<Inspection> {
  return page.evaluate(async (flag) => {
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 20)));
    const injected: string[] = [];
    const safeAddress = (value: string): boolean => {
      const v = value.trim();
      if (v === '' || v.startsWith('#') || v.startsWith('?') || (v.startsWith('/') && !v.startsWith('//'))) return true;
      try {
        const url = new URL(v, location.href);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    };
    for (const el of Array.from(document.querySelectorAll('*'))) {
      const tag = el.tagName.toLowerCase();
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) injected.push(`<${tag} ${name}>`);
        if (
          name === 'srcdoc' ||
          (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background'].includes(name) && !safeAddress(attr.value))
        ) {
          injected.push(`<${tag} ${name}="${attr.value.slice(0, 60)}">`);
        }
      }
      if (['iframe', 'frame', 'object', 'embed', 'base', 'applet'].includes(tag)) injected.push(`<${tag}>`);
      if (tag === 'meta' && el.getAttribute('http-equiv')?.toLowerCase() === 'refresh') injected.push('<meta http-equiv=refresh>');
      if (tag === 'script' && (el.textContent ?? '').includes(flag) && !/json/.test(el.getAttribute('type') ?? ''))
        injected.push('<script> holding payload text');
    }
    const fired = (window as unknown as Record<string, unknown>)[flag];
    return { fired: Array.isArray(fired) ? fired.map(String) : [], injected };
  }, XSS_FLAG);
}

export interface LakeStandin {
  /** `http://127.0.0.1:PORT`, for SANITY_API_HOST. */
  readonly apiHost: string;
  /** The Authorization header of every query, as received. */
  readonly authorizations: string[];
  close(): Promise<void>;
}

/**
 * A minimal Content Lake for a build: answers `GET|POST /v{date}/data/query/{dataset}` with
 * groq-js over the published documents (no dotted ids), as the published perspective does —
 * and with no content check in between, which is the point: the site's own defences are then
 * all that stands between the data and the pages.
 */
export async function startLakeStandin(documents: readonly Record<string, unknown>[]): Promise<LakeStandin> {
  const { evaluate, parse } = await import('groq-js');
  const published = documents.filter((d) => !String(d['_id']).includes('.'));
  const authorizations: string[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        const url = new URL(request.url ?? '/', 'http://x');
        if (!/^\/v[\d-]+\/data\/query\/[\w-]+$/.test(url.pathname)) {
          response.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"not found"}');
          return;
        }
        authorizations.push(request.headers.authorization ?? '');
        const posted = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query?: string; params?: Record<string, unknown> }) : {};
        const params: Record<string, unknown> = { ...posted.params };
        for (const [key, value] of url.searchParams) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value);
        const query = posted.query ?? url.searchParams.get('query') ?? '';
        const result = await (await evaluate(parse(query), { dataset: published, params })).get();
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ query, result, ms: 1 }));
      })().catch((error: unknown) => response.writeHead(500).end(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { apiHost: `http://127.0.0.1:${port}`, authorizations, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
