/**
 * The list filters: rows filter as the selects change, the selection lives in the URL (shared
 * links restore it), "N of M" is announced politely, reset restores everything, and without
 * JavaScript every row shows. Counts are those of the embedded demo dataset.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const visibleRows = (page: Page) => page.locator('tbody tr[data-filter-row]:visible');

test.describe('enterprise list', () => {
  test('filters by tier and industry, writes the URL and announces N of M', async ({ page }) => {
    await page.goto('/en/enterprises/');
    const status = page.getByRole('status');
    await expect(status).toHaveText('Showing 34 of 34');
    await expect(visibleRows(page)).toHaveCount(34);

    await page.getByLabel('Service tier').selectOption('growth');
    await expect(visibleRows(page)).toHaveCount(14);
    await expect(status).toHaveText('Showing 14 of 34');
    await expect(page).toHaveURL(/\/en\/enterprises\/\?tier=growth$/);

    await page.getByLabel('Industry').selectOption('I');
    await expect(page).toHaveURL(/\/en\/enterprises\/\?tier=growth&industry=I$/);
    await expect(status).toHaveText('Showing 4 of 34');
    await expect(visibleRows(page).locator('th')).toHaveText([
      'Beijing Anxin Wangdun Technology Co., Ltd.',
      'Beijing Lianchuang Intelligent Computing Co., Ltd.',
      'Beijing Mozhi Intelligence Technology Co., Ltd.',
      'Beijing Tongchuang IoT Technology Co., Ltd.',
    ]);
    // Every visible row has the chosen values; the live region is polite.
    for (const row of await visibleRows(page).all()) {
      await expect(row).toHaveAttribute('data-f-tier', 'growth');
      await expect(row).toHaveAttribute('data-f-industry', 'I');
    }
    await expect(status).toHaveAttribute('role', 'status');
  });

  test('a shared link restores the selection; reset clears it and the URL', async ({ page }) => {
    await page.goto('/enterprises/?tier=growth&industry=I');
    await expect(page.getByLabel('服务类型')).toHaveValue('growth');
    await expect(page.getByLabel('行业门类')).toHaveValue('I');
    await expect(visibleRows(page)).toHaveCount(4);
    await expect(page.getByRole('status')).toHaveText('显示 4 / 34 条');

    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect(visibleRows(page)).toHaveCount(34);
    await expect(page.getByLabel('服务类型')).toHaveValue('');
    await expect(page).toHaveURL(/\/enterprises\/$/);
  });

  test('a Chinese park name survives the URL round trip', async ({ page }) => {
    await page.goto('/en/enterprises/');
    await page.getByLabel('Park').selectOption('中关村软件园');
    await expect(page).toHaveURL(/\?park=%E4%B8%AD%E5%85%B3%E6%9D%91%E8%BD%AF%E4%BB%B6%E5%9B%AD$/);
    await expect(visibleRows(page)).toHaveCount(7);
    await page.reload();
    await expect(page.getByLabel('Park')).toHaveValue('中关村软件园');
    await expect(visibleRows(page)).toHaveCount(7);
  });

  test('an unknown value in a link is ignored rather than emptying the list', async ({ page }) => {
    await page.goto('/en/enterprises/?tier=gold&industry=I');
    await expect(page.getByLabel('Service tier')).toHaveValue('');
    await expect(page.getByLabel('Industry')).toHaveValue('I');
    await expect(visibleRows(page)).toHaveCount(10);
  });

  test('the filters are usable from the keyboard', async ({ page }) => {
    await page.goto('/en/enterprises/');
    await page.getByLabel('Service tier').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Service tier')).toHaveValue('excellence');
    await expect(visibleRows(page)).toHaveCount(7);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Industry')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Reset filters' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(visibleRows(page)).toHaveCount(34);
  });
});

test.describe('standard list', () => {
  test('level and participation year combine; empty level sections hide, level links count what shows', async ({ page }) => {
    await page.goto('/en/standards/');
    await expect(page.getByRole('status')).toHaveText('Showing 82 of 82');
    await page.getByRole('combobox', { name: 'Level' }).selectOption('international');
    await expect(page.getByRole('status')).toHaveText('Showing 19 of 82');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['International']);
    await page.getByLabel('Participation year').selectOption('2025');
    await expect(page.getByRole('status')).toHaveText('Showing 7 of 82');
    await expect(page).toHaveURL(/\?level=international&year=2025$/);
    const levelNav = page.getByRole('navigation', { name: 'Level' });
    await expect(levelNav.getByRole('listitem')).toHaveText([
      'International (7)',
      'National (0)',
      'Industry (0)',
      'Local (0)',
      'Group (0)',
      'Consortium (0)',
      'Foreign (0)',
      'Enterprise (0)',
    ]);
  });

  test('filters by committee, restoring from the URL', async ({ page }) => {
    await page.goto('/en/standards/?committee=sac-tc-260');
    await expect(page.getByLabel('Committee')).toHaveValue('sac-tc-260');
    await expect(visibleRows(page).locator('th')).toHaveText([
      'GB 17859-1999',
      'GB/T 22239-2008',
      'GB/T 22239-2019',
      'GB/T 35273-2017',
      'GB/T 35273-2020',
      'GB/T 39204-2022',
      'GB/T 98103',
      'GB/T 98105',
      'GB/T 98116-2024',
      'GB/T 98119-2026',
    ]);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['National']);
  });

  test('no match says so and the state filter counts current standards', async ({ page }) => {
    await page.goto('/standards/?level=local&body=ISO');
    await expect(page.getByRole('status')).toHaveText('显示 0 / 82 条');
    await expect(page.getByText('没有符合条件的记录。')).toBeVisible();
    await page.getByRole('button', { name: '清除筛选' }).click();
    await page.getByLabel('状态').selectOption('current');
    await expect(page.getByRole('status')).toHaveText('显示 47 / 82 条');
    await expect(page.getByText('没有符合条件的记录。')).toBeHidden();
    for (const badge of await visibleRows(page).locator('.badge').all()) await expect(badge).toHaveText('现行');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every row shows, the filter controls stay hidden, standards stay grouped by level', async ({ page }) => {
    await page.goto('/en/enterprises/?tier=growth');
    await expect(page.locator('tbody tr')).toHaveCount(34);
    await expect(page.locator('tbody tr:visible')).toHaveCount(34);
    await expect(page.getByLabel('Service tier')).toBeHidden();
    await expect(page.getByText('Showing 34 of 34')).toBeVisible();

    await page.goto('/en/standards/?level=international');
    await expect(page.locator('tbody tr:visible')).toHaveCount(82);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([
      'International',
      'National',
      'Industry',
      'Local',
      'Group',
      'Consortium',
      'Foreign',
      'Enterprise',
    ]);
  });
});

for (const path of ['/enterprises/?tier=growth', '/en/enterprises/?industry=I', '/standards/?level=national&year=2025', '/en/standards/?state=current']) {
  test(`axe finds no violations on the filtered list ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('form[data-filter-bar]')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
