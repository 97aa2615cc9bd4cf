/**
 * /stats/ as a reader sees it: four build-time SVG charts, each an image named by its heading
 * and described by a summary that agrees with its data table; no JavaScript; usable at 360 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const CHARTS = {
  zh: ['各年度标准制修订（按标准级别）', '现任技术组织职务（按机构）', '各年度公开评奖结果', '企业服务类型'],
  en: ['Standards work by year and level', 'Current committee seats by body', 'Public award results by year', 'Enterprises by service tier'],
} as const;

for (const [lang, path] of [
  ['zh', '/stats/'],
  ['en', '/en/stats/'],
] as const) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    // axe walks every node; on a loaded 2-core machine a long page takes more than the default 30 s.
    test.setTimeout(120_000);
    expect((await page.goto(path))?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test(`${path}: each chart is an image named by its heading and described by its summary`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([...CHARTS[lang]]);
    for (const name of CHARTS[lang]) {
      const image = page.getByRole('img', { name, exact: true });
      await expect(image).toBeVisible();
      const describedBy = await image.getAttribute('aria-describedby');
      await expect(page.locator(`#${describedBy}`)).toHaveText(lang === 'zh' ? /。$/ : /\.$/);
      // Text in the SVG uses the page's font stack (CJK-capable), not Plot's system-ui default.
      expect(await image.evaluate((svg) => getComputedStyle(svg).fontFamily)).toBe(await page.evaluate(() => getComputedStyle(document.body).fontFamily));
    }
  });
}

/** Cells of the row whose header is `rowHeader` in the data table of a chart section. */
async function rowCells(page: Page, section: string, rowHeader: string): Promise<string[]> {
  const row = page.locator(`section[aria-labelledby="${section}"] tbody tr`).filter({ has: page.getByRole('rowheader', { name: rowHeader, exact: true }) });
  return row.locator('td').allTextContents();
}

test('the standards-work summary agrees with its data table', async ({ page }) => {
  await page.goto('/en/stats/');
  const summary = (await page.locator('#standards-work-summary').textContent()) ?? '';
  const match = /^(\d{4}) had the most standards work(?: \(tied with [^)]*\))?: (\d+) records?, (none|\d+)(?: of them)? international\.$/.exec(summary);
  expect(match, summary).not.toBeNull();
  const [, year = '', total = '', international = ''] = match ?? [];
  const cells = await rowCells(page, 'standards-work', year);
  const headers = await page.locator('section[aria-labelledby="standards-work"] thead th').allTextContents();
  expect(cells.at(-1)).toBe(total);
  expect(cells[headers.indexOf('International') - 1]).toBe(international === 'none' ? '0' : international);
  // No row has a larger total.
  const totals = (await page.locator('section[aria-labelledby="standards-work"] tbody tr td:last-child').allTextContents()).map(Number);
  expect(Math.max(...totals)).toBe(Number(total));
});

test('the tier table counts every enterprise in the open data', async ({ page, request }) => {
  await page.goto('/en/stats/');
  const grandTotal = await page.locator('section[aria-labelledby="service-tiers"] tfoot td').last().textContent();
  const enterprises = (await (await request.get('/data/enterprises.json')).json()) as unknown[];
  expect(Number(grandTotal)).toBe(enterprises.length);
});

test('the statistics page ships no JavaScript and fits 360 px without page-level horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/stats/');
  expect(await page.locator('script').count()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const box = await page.getByRole('img', { name: CHARTS.zh[0] }).boundingBox();
  expect(box?.width ?? 0).toBeLessThanOrEqual(360);
});

test('the data tables scroll by keyboard: each is a focusable, named region', async ({ page }) => {
  await page.goto('/en/stats/');
  const region = page.getByRole('region', { name: 'Data table: Standards work by year and level' });
  await region.focus();
  await expect(region).toBeFocused();
});
