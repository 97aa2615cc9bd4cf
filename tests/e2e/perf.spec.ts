/**
 * The performance budget on the built site (scripts/lib/perf/budgets.ts: 60 kB gzip before
 * images, few requests, nothing off loopback, no render-blocking third party, no layout
 * shift), and every page template at a 360 px viewport without horizontal overflow.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkBudget } from '../../scripts/lib/perf/budgets.ts';
import { measurePage } from '../../scripts/lib/perf/measure.ts';
import { heaviestDossier, heaviestPage, pagesToMeasure } from '../../scripts/lib/perf/pages.ts';
import { DIST } from './env.ts';

// The site is built by the web server before tests run; page lists are read from it lazily.
test.describe('performance budget', () => {
  test('the budget measures the heaviest profile in both languages', () => {
    const profiles = pagesToMeasure(DIST)
      .filter((p) => p.kind === 'profile')
      .map((p) => p.path);
    expect(profiles).toHaveLength(2);
    expect(profiles[1]).toBe(`/en${profiles[0] ?? ''}`);
  });

  for (const lang of ['', '/en'] as const) {
    test(`every measured page is within budget (${lang || 'zh'})`, async ({ page, baseURL }) => {
      const pages = pagesToMeasure(DIST).filter((p) => (lang ? p.path.startsWith('/en/') : !p.path.startsWith('/en/')));
      expect(pages.length).toBeGreaterThanOrEqual(9);
      const failures: string[] = [];
      for (const { path, kind } of pages) {
        const m = await measurePage(page, `${baseURL ?? ''}${path}`, path, kind);
        // A real page load was measured: the document and the stylesheet at least.
        expect(m.requests, path).toBeGreaterThanOrEqual(2);
        expect(m.gzipBytes, path).toBeGreaterThan(1000);
        failures.push(...checkBudget(m));
      }
      expect(failures).toEqual([]);
    });
  }

  test('a layout shift the page causes is caught, and counted once however often the Page is reused', async ({ page, baseURL }) => {
    await page.route('**/committees/', async (route) => {
      const response = await route.fetch();
      // A block pushed in above the content after the first paint: a real shift (the policy is taken out
      // so the injected script may run; this test is about the harness).
      const html = (await response.text())
        .replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '')
        .replace(
          '</body>',
          `<script>addEventListener('load', () => setTimeout(() => { const d = document.createElement('div'); d.style.height = '300px'; document.querySelector('main')?.prepend(d); }, 200));</script></body>`,
        );
      await route.fulfill({ response, body: html });
    });
    const first = await measurePage(page, `${baseURL ?? ''}/committees/`, '/committees/', 'page');
    const second = await measurePage(page, `${baseURL ?? ''}/committees/`, '/committees/', 'page');
    expect(first.cls).toBeGreaterThan(0.05);
    expect(second.cls).toBeCloseTo(first.cls, 2);
    expect(checkBudget(second)).toEqual([`/committees/: cumulative layout shift ${second.cls.toFixed(4)}, budget 0.01`]);
  });

  test('a request to another origin is caught and counted', async ({ page, baseURL }) => {
    await page.route('**/standards/', async (route) => {
      const response = await route.fetch();
      // The page's Content-Security-Policy would refuse the stylesheet before any request is
      // made; this test is about the harness, so the policy is taken out.
      const html = (await response.text())
        .replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '')
        .replace('</head>', '<link rel="stylesheet" href="https://cdn.example.com/x.css"></head>');
      await route.fulfill({ response, body: html });
    });
    const m = await measurePage(page, `${baseURL ?? ''}/standards/`, '/standards/', 'page');
    expect(m.nonLoopback).toEqual(['https://cdn.example.com/x.css']);
    expect(m.renderBlockingThirdParty).toEqual(['https://cdn.example.com/x.css']);
    expect(checkBudget(m)).toHaveLength(2);
  });
});

/** One page per template; other areas' templates join when the build has them. */
function templates(): string[] {
  const neutral = ['/', '/enterprises/', '/standards/', '/committees/', '/enterprises/?tier=growth', '/404.html'];
  for (const section of ['enterprises', 'standards', 'committees', 'awards', 'support', 'reports']) {
    const heaviest = heaviestPage(DIST, section);
    if (heaviest) neutral.push(heaviest);
  }
  const dossier = heaviestDossier(DIST);
  if (dossier) neutral.push(dossier);
  for (const path of ['/awards/', '/support/', '/stats/', '/search/', '/data/', '/reports/'])
    if (existsSync(join(DIST, path, 'index.html'))) neutral.push(path);
  return [...neutral, ...neutral.filter((p) => p !== '/404.html').map((p) => `/en${p}`)];
}

test.describe('360 px viewport', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('no page template scrolls sideways', async ({ page }) => {
    const overflowing: string[] = [];
    const paths = templates();
    expect(paths.length).toBeGreaterThanOrEqual(17);
    for (const path of paths) {
      await page.goto(path);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(clientWidth).toBe(360);
      if (scrollWidth > clientWidth) overflowing.push(`${path}: ${scrollWidth}px`);
    }
    expect(overflowing).toEqual([]);
  });
});
