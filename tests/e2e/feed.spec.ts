/**
 * /feed.xml, /en/feed.xml and the sitemap, fetched from the built site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DIST } from './env.ts';

interface Item {
  title: string;
  link: string;
  pubDate: string;
  guid: string;
}

function tag(xml: string, name: string): string {
  return new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? '';
}

async function feedItems(request: APIRequestContext, path: string): Promise<{ xml: string; items: Item[] }> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, body = '']) => ({
    title: tag(body, 'title'),
    link: tag(body, 'link'),
    pubDate: tag(body, 'pubDate'),
    guid: tag(body, 'guid'),
  }));
  return { xml, items };
}

for (const [lang, path] of [
  ['zh-CN', '/feed.xml'],
  ['en', '/en/feed.xml'],
] as const) {
  test(`${path}: at most 50 items, newest first, unique guids, absolute links to pages that exist`, async ({ request }) => {
    const { xml, items } = await feedItems(request, path);
    expect(tag(xml, 'language')).toBe(lang);
    expect(items.length).toBe(50);
    const times = items.map((i) => Date.parse(i.pubDate));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(items.map((i) => i.guid)).size).toBe(items.length);
    for (const item of items) {
      const url = new URL(item.link);
      expect(item.title.length, item.link).toBeGreaterThan(0);
      expect(url.pathname.startsWith(lang === 'en' ? '/en/' : '/') && !(lang === 'zh-CN' && url.pathname.startsWith('/en/')), item.link).toBe(true);
    }
    for (const pathname of new Set(items.map((i) => new URL(i.link).pathname))) expect((await request.get(pathname)).status(), pathname).toBe(200);
  });
}

test('the feed holds award results with the public outcomes only', async ({ request }) => {
  const { items } = await feedItems(request, '/en/feed.xml');
  const results = items.filter((i) => i.link.includes('/awards/'));
  expect(results.length).toBeGreaterThan(0);
  for (const r of results) expect(r.title, r.title).toMatch(/ — (Winner|Nominee award|Shortlisted|Recommended)$/);
});

/** The earlier standard addresses, from the build's `_redirects`: their pages only say "moved". */
function redirectedPaths(): Set<string> {
  return new Set(
    readFileSync(join(DIST, '_redirects'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => line.split(/\s+/)[0] ?? ''),
  );
}

/** Every HTML page of the built site as a URL path, except the 404 page and the redirect pages. */
function builtPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name === 'index.html' ? [join(dir, entry.name)] : [],
    );
  const redirected = redirectedPaths();
  return walk(DIST)
    .map((file) => `/${relative(DIST, file).split(sep).slice(0, -1).join('/')}/`.replace('//', '/'))
    .filter((path) => !redirected.has(path))
    .sort();
}

test('the sitemap lists every page once, with zh-CN and en alternates, and not the 404 page', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => new URL(loc).pathname);
  expect(sitemaps.length).toBeGreaterThan(0);
  const xml = (await Promise.all(sitemaps.map(async (p) => (await request.get(p)).text()))).join('\n');
  const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body = '']) => body);
  const locs = urls.map((body) => new URL(tag(body, 'loc')).pathname).sort();
  expect(locs).toEqual(builtPages());
  expect(locs).not.toContain('/404/');
  // Earlier addresses of standards are not listed (issue 12: 12 redirect pages, both languages).
  expect(redirectedPaths().size).toBe(12);
  expect(locs.filter((loc) => redirectedPaths().has(loc))).toEqual([]);
  const stats = urls.find((body) => tag(body, 'loc').endsWith('/stats/') && !tag(body, 'loc').includes('/en/')) ?? '';
  expect(stats).toMatch(/<xhtml:link rel="alternate" hreflang="zh-CN" href="[^"]*\/stats\/"\/>/);
  expect(stats).toMatch(/<xhtml:link rel="alternate" hreflang="en" href="[^"]*\/en\/stats\/"\/>/);
  expect(locs).toContain('/en/enterprises/zhixin-tech/');
});
