/**
 * The search island in a real browser against the built site: results as one types, grouped
 * and highlighted, facets, URL state, keyboard, live region, no-JS fallback, axe, 360 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

test('typing a Chinese name finds the enterprise, highlighted, with the count announced', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('搜索关键词').fill('智芯');
  const results = page.locator('#search-results');
  const first = results.getByRole('link').first();
  await expect(first).toHaveAttribute('href', '/enterprises/zhixin-tech/');
  await expect(first.locator('mark').first()).toHaveText('智芯');
  await expect(page.getByRole('status')).toHaveText(/找到 \d+ 条结果/);
  await expect(page).toHaveURL(/\?q=%E6%99%BA%E8%8A%AF$/);
});

test('a shared URL restores the search; codes in any spelling find the newest edition first', async ({ page }) => {
  await page.goto('/en/search/?q=gbt7714');
  await expect(page.getByLabel('Search terms')).toHaveValue('gbt7714');
  const links = page.locator('#search-results').getByRole('link');
  await expect(links.first()).toHaveAttribute('href', '/en/standards/gb-t-7714-2015/');
  await expect(links.nth(1)).toHaveAttribute('href', '/en/standards/gb-t-7714-2005/');
  await expect(page.locator('#search-results h2').first()).toHaveText('Standards (2)');
});

test('facets filter by kind and year, and the filter is kept in the URL', async ({ page }) => {
  await page.goto('/en/search/?q=Zhongguancun%20Quality%20Award');
  await expect(page.locator('#search-results h2').first()).toBeVisible();
  await page.getByRole('button', { name: /^Awards \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/kind=award/);
  await expect(page.locator('#search-results h2')).toHaveCount(1);
  await page.getByLabel('Year').selectOption('2024');
  await expect(page).toHaveURL(/year=2024/);
  await expect(page.locator('#search-results').getByRole('link').first()).toHaveAttribute('href', '/en/awards/zhongguancun-quality-award/2024/');
});

test('keyboard: ↓ moves into the results, ↓/↑ between them, Esc back to the box', async ({ page }) => {
  await page.goto('/en/search/');
  const box = page.getByLabel('Search terms');
  await box.fill('information security');
  const links = page.locator('#search-results [data-result]');
  await expect(links.nth(1)).toBeVisible();
  await box.press('ArrowDown');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box).toBeFocused();
});

test('typos and hostile input: close matches or "no results", never an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/en/search/');
  const box = page.getByLabel('Search terms');
  await box.fill('Tianshu Sofware');
  await expect(page.locator('#search-results [data-result]').first()).toHaveAttribute('href', '/en/enterprises/tianshu-software/');
  for (const input of ['ISO/IEC 30141:2018', ': ^ ~ * + -', '😀', 'x'.repeat(10_000)]) {
    await box.fill(input);
    await expect(page.getByRole('status')).toHaveText(/No results|results?$/);
  }
  expect(errors).toEqual([]);
});

test('the header box searches from any page', async ({ page }) => {
  await page.goto('/en/standards/');
  await page.locator('#header-search-q').fill('zhixin');
  await page.locator('#header-search-q').press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=zhixin/);
  await expect(page.locator('#search-results [data-result]').first()).toHaveAttribute('href', '/en/enterprises/zhixin-tech/');
});

for (const path of ['/search/?q=%E4%BF%A1%E6%81%AF%E5%AE%89%E5%85%A8', '/en/search/?q=quality']) {
  test(`axe finds no violations on ${path} with results`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('#search-results [data-result]').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('at 360 px the page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/search/?q=GB%2FT%2039204');
  await expect(page.locator('#search-results [data-result]').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the form still submits and the browse pages are linked', async ({ page }) => {
    await page.goto('/en/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Browse pages' }).getByRole('link', { name: 'Standards' })).toHaveAttribute('href', '/en/standards/');
    await page.getByLabel('Search terms').fill('zhixin');
    await page.getByLabel('Search terms').press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=zhixin/);
  });
});

test('a failed index file is retried, then fails that search only; the next search works', async ({ page, context }) => {
  let failing = true;
  let attempts = 0;
  // context.route also sees the search worker's requests.
  await context.route('**/search/names/**', async (route) => {
    if (!failing) return route.continue();
    attempts += 1;
    return route.abort('connectionreset');
  });
  await page.goto('/search/');
  const box = page.getByLabel('搜索关键词');
  await box.fill('智芯');
  await expect(page.getByRole('status')).toHaveText('这次搜索未能加载索引文件，请再搜索一次或直接浏览。');
  await expect(page.locator('#search-results [data-result]')).toHaveCount(0);
  expect(attempts).toBe(3);

  failing = false;
  await box.fill('智芯科技');
  await expect(page.locator('#search-results [data-result]').first()).toHaveAttribute('href', '/enterprises/zhixin-tech/');
  await expect(page.getByRole('status')).toHaveText(/找到 \d+ 条结果/);
});

test('searching a name every object inherits (constructor, toString) is an ordinary search', async ({ page }) => {
  await page.goto('/en/search/');
  for (const query of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
    await page.getByLabel('Search terms').fill(query);
    await expect(page.getByRole('status')).toHaveText(/^No results for “|^\d+ results?/);
    await expect(page.getByRole('status')).not.toContainText('could not load');
  }
});
