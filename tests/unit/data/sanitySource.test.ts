import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSanitySource, SANITY_API_VERSION } from '../../../site/lib/data/sources.ts';
import { readDataConfig, ConfigError } from '../../../site/lib/data/config.ts';

/** A minimal stand-in for the Content Lake's query endpoint: records requests, answers one result. */
const requests: IncomingMessage[] = [];
const server = createServer((req, res) => {
  requests.push(req);
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ ms: 1, query: '', result: { answer: 42 } }));
});
let apiHost = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the Sanity source', () => {
  it('queries the published perspective without the CDN, token in the header only', async () => {
    const source = createSanitySource({ source: 'sanity', projectId: 'demo0000', dataset: 'production', token: 'read-token-marker', apiHost });
    const result = await source.fetch<{ answer: number }>('*[_type == $type][0]', { type: 'award' });
    expect(result).toEqual({ answer: 42 });
    const request = requests.at(-1);
    const url = new URL(request?.url ?? '', apiHost);
    expect(url.pathname).toBe(`/v${SANITY_API_VERSION}/data/query/production`);
    expect(url.searchParams.get('perspective')).toBe('published');
    expect(url.searchParams.get('query')).toBe('*[_type == $type][0]');
    expect(url.searchParams.get('$type')).toBe('"award"');
    expect(url.search).not.toContain('read-token-marker');
    expect(request?.headers.authorization).toBe('Bearer read-token-marker');
    expect(source.description).toBe('sanity demo0000/production');
  });
});

describe('readDataConfig', () => {
  it('defaults to the embedded dataset', () => {
    expect(readDataConfig({})).toEqual({ source: 'local', file: 'content/dataset.ndjson' });
    expect(readDataConfig({ CONTENT_FILE: 'x.ndjson' })).toEqual({ source: 'local', file: 'x.ndjson' });
  });
  it('reads the Sanity settings', () => {
    expect(readDataConfig({ CONTENT_SOURCE: 'sanity', SANITY_STUDIO_PROJECT_ID: 'abc', SANITY_API_READ_TOKEN: 't' })).toEqual({
      source: 'sanity',
      projectId: 'abc',
      dataset: 'production',
      token: 't',
    });
  });
  it('says which variable to set', () => {
    expect(() => readDataConfig({ CONTENT_SOURCE: 'lake' })).toThrow(
      new ConfigError('CONTENT_SOURCE is "lake"; set it to "local" (the embedded NDJSON) or "sanity" (a Content Lake).'),
    );
    expect(() => readDataConfig({ CONTENT_SOURCE: 'sanity' })).toThrow(/SANITY_STUDIO_PROJECT_ID/);
  });
});
