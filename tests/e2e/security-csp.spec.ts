/**
 * Content Security Policy: every page of the build carries a strict policy as a <meta> (no
 * inline script without its hash, no eval, same-origin assets only), the hashes cover every
 * inline script and style the page has, and in Chromium — served with the `_headers` a static
 * host applies — every template and every island (list filters, award-list box, search and its
 * worker) works with zero `securitypolicyviolation` events.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseCsp } from '../fixtures/security/headers.ts';
import { DIST } from './env.ts';
import { pagePaths, serveStatic, watchPage, type PageWatch, type StaticServer } from './securityHarness.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Directives every page must have, with exactly these sources. */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'frame-src': ["'none'"],
  'script-src-attr': ["'none'"],
  'style-src-attr': ["'unsafe-inline'"],
};

function fileOf(path: string): string {
  return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
}

/** Problems with one page's policy; empty when it is strict and covers the page. */
function policyProblems(html: string): string[] {
  const problems: string[] = [];
  const metas = Array.from(html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/gi), (m) => m[1] ?? '');
  if (metas.length !== 1) return [`${metas.length} CSP <meta> elements`];
  const policy = parseCsp(metas[0]!.replace(/&#39;/g, "'"));
  for (const [name, sources] of Object.entries(REQUIRED)) {
    if (JSON.stringify(policy.get(name)) !== JSON.stringify(sources)) problems.push(`${name} is ${JSON.stringify(policy.get(name))}`);
  }
  for (const name of ['script-src', 'style-src']) {
    const sources = policy.get(name) ?? [];
    const loose = sources.filter((s) => s !== "'self'" && !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(s));
    if (sources[0] !== "'self'" || loose.length > 0) problems.push(`${name} allows ${JSON.stringify(loose)}`);
  }
  // A <meta> policy covers only what comes after it: nothing that runs or loads comes first
  // (canonical and alternate links load nothing).
  const head = html.slice(0, html.indexOf('<meta http-equiv="content-security-policy"'));
  if (/<(script|style)\b|<link\b(?![^>]*\brel="(?:canonical|alternate|sitemap)")/i.test(head))
    problems.push('a script, style or loading link precedes the policy');
  const scriptSources = new Set(policy.get('script-src'));
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = m;
    if (/\bsrc=/.test(attributes) || /type="application\/(?:ld\+)?json"/.test(attributes)) continue;
    if (!scriptSources.has(sha256(body))) problems.push(`inline script without its hash: ${body.slice(0, 60)}`);
  }
  const styleSources = new Set(policy.get('style-src'));
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    if (!styleSources.has(sha256(m[1] ?? ''))) problems.push(`inline style without its hash: ${(m[1] ?? '').slice(0, 60)}`);
  }
  return problems;
}

test('every page carries a strict policy whose hashes cover its inline scripts and styles', () => {
  const pages = pagePaths(DIST);
  expect(pages.length).toBeGreaterThan(250);
  const problems = pages.flatMap((path) => policyProblems(readFileSync(fileOf(path), 'utf8')).map((p) => `${path}: ${p}`));
  expect(problems).toEqual([]);
  // The check can fail: a page with an unhashed inline script, or an extra source, does.
  const sample = readFileSync(fileOf('/en/enterprises/'), 'utf8');
  expect(policyProblems(sample.replace('</body>', '<script>alert(1)</script></body>'))).toEqual(['inline script without its hash: alert(1)']);
  expect(policyProblems(sample.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"))).toEqual(['script-src allows ["\'unsafe-eval\'"]']);
});

/** One page per template and language: `/enterprises/*` stands for every enterprise page. */
function oneOfEachTemplate(pages: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const path of pages) {
    const segments = path.split('/').filter(Boolean);
    const lang = segments[0] === 'en' ? segments.shift() : 'zh';
    const key = `${lang} ${segments.map((s, i) => (i === 0 ? s : '*')).join('/')}`;
    if (!seen.has(key)) seen.set(key, path);
  }
  return [...seen.values()];
}

test.describe('in Chromium, served with the _headers rules', () => {
  let site: StaticServer;
  let page: Page;
  let watch: PageWatch;

  test.beforeAll(async () => {
    site = await serveStatic(DIST);
  });
  test.afterAll(async () => {
    await site.close();
  });
  test.beforeEach(async ({ browser }) => {
    page = await (await browser.newContext({ baseURL: site.origin })).newPage();
    watch = await watchPage(page);
  });
  test.afterEach(async () => {
    await page.context().close();
  });

  test('every template loads with zero violations; the host adds frame-ancestors and friends', async () => {
    const templates = oneOfEachTemplate(pagePaths(DIST));
    expect(templates.length).toBeGreaterThanOrEqual(28);
    for (const path of templates) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
    }
    const headers = (await page.request.get('/en/standards/')).headers();
    expect(parseCsp(headers['content-security-policy'] ?? '').get('frame-ancestors')).toEqual(["'none'"]);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(watch).toEqual({ dialogs: [], errors: [], violations: [] });
    console.log(`CSP: ${templates.length} templates (both languages) with zero violations`);
  });

  test('list filters work under the policy, from the selects and from a shared link', async () => {
    await page.goto('/en/enterprises/');
    const rows = page.locator('#enterprise-list [data-filter-row]');
    const total = await rows.count();
    await page.getByLabel('Service tier').selectOption('growth');
    await expect(page).toHaveURL(/\?tier=growth$/);
    const shown = await page.locator('#enterprise-list [data-filter-row]:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    // A shared link runs the synchronous pre-filter (an inline script that adds a style rule).
    await page.goto('/en/standards/?level=international');
    await expect(page.getByRole('combobox', { name: 'Level' })).toHaveValue('international');
    expect(await page.locator('[data-filter-row]:visible').count()).toBeGreaterThan(0);
    expect(watch).toEqual({ dialogs: [], errors: [], violations: [] });
  });

  test('the award-list box and search (worker and shards) work under the policy', async () => {
    await page.goto('/en/awards/');
    const list = page
      .locator('main a[href*="/awards/"]')
      .filter({ hasText: /^\d{4}/ })
      .first();
    const yearPath = (await list.getAttribute('href')) ?? '';
    expect(yearPath).toMatch(/^\/en\/awards\/[^/]+\/\d{4}\/$/);
    await page.goto(yearPath);
    const box = page.locator('#award-filter-q');
    await expect(box).toBeVisible();
    await box.fill('zzzzqqq');
    await expect(page.locator('award-list-filter .filter-status')).toContainText('zzzzqqq');

    await page.goto('/en/search/?q=tianshu');
    await expect(page.locator('#search-results [data-result]').first()).toHaveAttribute('href', '/en/enterprises/tianshu-software/');
    await page.locator('#search-q').fill('信息安全');
    await expect(page.locator('[data-status]')).toHaveText(/\d+ results?/);
    await page.goto('/en/stats/');
    await expect(page.locator('svg').first()).toBeVisible();
    expect(watch).toEqual({ dialogs: [], errors: [], violations: [] });
  });

  test('the policy is a second line: an injected handler or javascript: link is blocked and reported', async () => {
    await page.goto('/en/');
    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img src="/nowhere.png" onerror="window.__ran = 1"><a id="js-link" href="javascript:window.__ran = 2">x</a>',
      );
      const script = document.createElement('script');
      script.textContent = 'window.__ran = 3';
      document.body.append(script);
    });
    await page.locator('#js-link').click();
    await expect.poll(() => watch.violations.length).toBeGreaterThanOrEqual(3);
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    expect(watch.violations.join('\n')).toMatch(/script-src-attr/);
    expect(watch.violations.join('\n')).toMatch(/script-src-elem|script-src/);
  });
});
