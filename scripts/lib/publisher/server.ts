/**
 * The publisher's HTTP side:
 * - `POST /webhook` — Sanity's GROQ-powered webhook; the body must carry a valid
 *   `sanity-webhook-signature` for the shared secret (`@sanity/webhook`), else 401 and nothing
 *   happens;
 * - `POST /hook` — the Studio's 发布网站 button (a browser cannot keep a secret: this only asks
 *   for a rebuild of published content, debounced like a webhook);
 * - `GET /status` — the last build's status and time, for the button;
 * - with `serve`, every other GET is a file of the live site (`current/`), for a small
 *   installation or a test; otherwise nginx serves `current/` (deploy/publisher.md).
 * CORS for `/hook` and `/status` is limited to `allowOrigin` (the Studio's origin).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import type { Publisher } from './publisher.ts';

export interface PublisherServerOptions {
  readonly publisher: Publisher;
  readonly secret: string;
  /** The Studio's origin for CORS (`*` allows any). */
  readonly allowOrigin: string;
  /** Serve the live site at `/` too. */
  readonly serve?: boolean;
  readonly log?: (line: string) => void;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Requests bodies larger than this are refused (a webhook projection is a few hundred bytes). */
const MAX_BODY = 1_000_000;

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) resolve(null);
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function createPublisherServer(options: PublisherServerOptions): Server {
  const { publisher, secret, allowOrigin } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const cors = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin;
    if (!origin) return {};
    if (allowOrigin !== '*' && origin !== allowOrigin) return {};
    return { 'access-control-allow-origin': origin, 'access-control-allow-methods': 'GET, POST', vary: 'Origin' };
  };
  const json = (req: IncomingMessage, res: ServerResponse, status: number, payload: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...cors(req) });
    res.end(JSON.stringify(payload));
  };

  async function serveFile(res: ServerResponse, pathname: string): Promise<void> {
    const dir = await publisher.currentDir();
    if (!dir) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('No site has been built yet.');
      return;
    }
    const candidate = normalize(join(dir, decodeURIComponent(pathname)));
    if (!candidate.startsWith(dir)) {
      res.writeHead(400).end();
      return;
    }
    for (const file of [candidate, join(candidate, 'index.html')]) {
      const info = await stat(file).catch(() => null);
      if (info?.isFile()) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        createReadStream(file).pipe(res);
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    createReadStream(join(dir, '404.html'))
      .on('error', () => res.end('Not found'))
      .pipe(res);
  }

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://publisher.local');
    const method = req.method ?? 'GET';
    void (async () => {
      if (method === 'OPTIONS') {
        res.writeHead(204, { ...cors(req), 'access-control-allow-headers': 'content-type' }).end();
      } else if (url.pathname === '/webhook' && method === 'POST') {
        const body = await readBody(req);
        const signature = req.headers[SIGNATURE_HEADER_NAME];
        if (body === null) return json(req, res, 413, { error: 'body too large' });
        if (typeof signature !== 'string' || !(await isValidSignature(body, signature, secret).catch(() => false))) {
          log('publisher: webhook refused: missing or invalid signature');
          return json(req, res, 401, { error: 'invalid signature' });
        }
        let what = 'webhook';
        try {
          const payload = JSON.parse(body) as { _id?: string; _type?: string };
          if (payload._id) what = `webhook ${payload._type ?? ''} ${payload._id}`.trim();
        } catch {
          // The projection is up to the webhook's configuration; any signed body starts a build.
        }
        publisher.trigger(what);
        return json(req, res, 202, publisher.status());
      } else if (url.pathname === '/hook' && method === 'POST') {
        await readBody(req);
        publisher.trigger('发布网站');
        return json(req, res, 202, publisher.status());
      } else if (url.pathname === '/status' && method === 'GET') {
        return json(req, res, 200, publisher.status());
      } else if (options.serve && (method === 'GET' || method === 'HEAD')) {
        return serveFile(res, url.pathname);
      } else {
        return json(req, res, 404, { error: 'not found' });
      }
    })().catch((error: unknown) => {
      log(`publisher: ${String(error)}`);
      if (!res.headersSent) json(req, res, 500, { error: 'internal error' });
    });
  });
}
