/**
 * Committee pages as a reader sees them: the list grouped by level, a committee's seats with
 * tenure and provenance, its standards, links between parent and subcommittees; axe in both
 * languages.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the list groups committees by level with seats and standards counts', async ({ page }) => {
  await page.goto('/en/committees/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Technical committees');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['International', 'National', 'Industry', 'Local', 'Group']);
  const row = page.getByRole('row', { name: /^BJ\/TC 90 / });
  // Code, name, body, parent, current seats, standards.
  await expect(row.getByRole('cell')).toHaveText(['Beijing Smart Park Standardization Technical Committee (fictional)', 'Beijing AMR', '', '2', '4']);
  const sc41 = page.getByRole('row', { name: /^ISO\/IEC JTC 1\/SC 41 / });
  await expect(sc41.getByRole('link', { name: 'ISO/IEC JTC 1', exact: true })).toHaveAttribute('href', '/en/committees/iso-iec-jtc-1/');
  await sc41.getByRole('link', { name: 'ISO/IEC JTC 1/SC 41' }).click();
  await expect(page).toHaveURL(/\/en\/committees\/iso-iec-jtc-1-sc-41\/$/);
});

test('a committee page shows who holds which seat, current and past, with sources', async ({ page }) => {
  await page.goto('/committees/bj-tc-90/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('北京市智慧园区标准化技术委员会（虚构）');
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('BJ/TC 90');
  await expect(facts).toContainText('地方标准');
  await expect(facts.getByRole('link', { name: 'https://std.example.org/committees/bj-tc-90' })).toHaveAttribute('rel', 'external noopener');

  const seats = page.locator('table.seats tbody tr');
  await expect(seats).toHaveCount(3);
  await expect(seats.nth(0).getByRole('cell')).toHaveText([
    '秘书处承担单位',
    '2020-09-01 起',
    '现任',
    /来源: 技术委员会委员名单或任命文件.* · 核验日期 2026-10-30/,
  ]);
  await expect(seats.nth(2).getByRole('cell')).toHaveText(['委员', '2020-09-01 至 2023-08-31', '已卸任', /核验日期 2026-10-30/]);
  await expect(seats.nth(0).getByRole('link').first()).toHaveText('北京海建数字建造科技有限公司');
  await seats.nth(0).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/enterprises\/haijian-construction\/$/);
});

test('a committee page lists its standards with their states', async ({ page }) => {
  await page.goto('/en/committees/bj-tc-90/');
  const standards = page.getByRole('heading', { level: 2, name: 'Standards in the register' });
  await expect(standards).toBeVisible();
  const rows = page.locator('table').last().locator('tbody tr');
  await expect(rows.locator('th')).toHaveText(['DB11/T 9901-2020', 'DB11/T 9901-2025', 'DB11/T 9902-2026', 'DB11/T 9903']);
  await expect(rows.locator('.badge')).toHaveText(['Superseded', 'Current', 'Upcoming', 'In development']);
  await rows.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/standards\/db11-t-9901-2020\/$/);
});

test('parent and subcommittees link to each other', async ({ page }) => {
  await page.goto('/en/committees/iso-iec-jtc-1/');
  await expect(page.getByText('No listed enterprise holds a seat here.')).toBeVisible();
  const children = page.locator('.committee-children a');
  await expect(children).toHaveText(['ISO/IEC JTC 1/SC 27', 'ISO/IEC JTC 1/SC 41', 'ISO/IEC JTC 1/SC 42']);
  await children.nth(1).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Internet of things and digital twin');
  await page.locator('dl.facts').getByRole('link', { name: 'ISO/IEC JTC 1', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/committees\/iso-iec-jtc-1\/$/);
});

test('committee pages ship no JavaScript', async ({ page }) => {
  await page.goto('/committees/iso-iec-jtc-1-sc-41/');
  await expect(page.locator('script')).toHaveCount(0);
});

for (const path of [
  '/committees/',
  '/committees/bj-tc-90/',
  '/committees/iso-iec-jtc-1/',
  '/en/committees/',
  '/en/committees/bj-tc-90/',
  '/en/committees/iso-iec-jtc-1/',
]) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
