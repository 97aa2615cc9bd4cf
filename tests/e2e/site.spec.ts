/**
 * The first site on the embedded dataset, as a reader sees it: pages in both languages,
 * navigation between them, joined records, fallbacks and no-JS rendering.
 */
import { expect, test } from '@playwright/test';
import { getRegister } from '../../site/lib/data/loadRegister.ts';
import type { Register } from '../../site/lib/data/register.ts';
import { localText } from '../../site/lib/i18n/localize.ts';
import { enterprisePath, standardPath } from '../../site/lib/routes.ts';
import { standardPage } from '../../site/lib/view/detailPages.ts';

/** The register the site under test was built from (the same dataset and build date). */
const register = (): Promise<Register> => getRegister({ BUILD_DATE: '2026-11-28' });

test.describe('home', () => {
  test('Chinese home page: lang, heading, figures and browse links', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('海淀区标准化与质量奖励名录');
    await expect(page.getByRole('heading', { name: '主要数据' })).toBeVisible();
    await expect(page.getByRole('link', { name: '全部企业' })).toHaveAttribute('href', '/enterprises/');
  });

  test('language switch leads to the same page in English and back', async ({ page }) => {
    await page.goto('/standards/gb-t-39204-2022/');
    await page.getByRole('link', { name: '切换到英文版' }).click();
    await expect(page).toHaveURL(/\/en\/standards\/gb-t-39204-2022\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: 'Switch to the Chinese version' }).click();
    await expect(page).toHaveURL(/\/standards\/gb-t-39204-2022\/$/);
  });
});

test.describe('standards', () => {
  test('a standard page shows its code, title, state, dates and stage', async ({ page }) => {
    await page.goto('/standards/gb-t-39204-2022/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('信息安全技术 关键信息基础设施安全保护要求');
    await expect(page.locator('.badge')).toHaveText('现行');
    const facts = page.locator('dl.facts');
    await expect(facts).toContainText('GB/T 39204-2022');
    await expect(facts).toContainText('2022-10-12');
    await expect(facts).toContainText('2023-05-01');
    await expect(page.locator('ol.timeline [aria-current="step"]')).toHaveText('60 发布');
  });

  test('a superseded edition links to its successor and back', async ({ page }) => {
    await page.goto('/en/standards/gb-t-7714-2005/');
    await expect(page.locator('.badge')).toHaveText('Superseded');
    await page.getByRole('link', { name: 'GB/T 7714-2015' }).click();
    await expect(page).toHaveURL(/\/en\/standards\/gb-t-7714-2015\/$/);
    await expect(page.locator('.badge')).toHaveText('Current');
    await expect(page.locator('dl.facts')).toContainText('GB/T 7714-2005');
  });

  test('the list groups every standard by level', async ({ page }) => {
    await page.goto('/en/standards/');
    for (const level of ['International', 'National', 'Industry', 'Local', 'Group']) {
      await expect(page.getByRole('heading', { level: 2, name: level, exact: true })).toBeVisible();
    }
  });
});

test.describe('enterprises', () => {
  test('the list links every enterprise to its profile', async ({ page }) => {
    const { enterprises } = await register();
    expect(enterprises.length).toBeGreaterThanOrEqual(30);
    await page.goto('/enterprises/');
    const links = page.locator('tbody tr th[scope="row"] a');
    // One row per enterprise of the register, each linking to its permalink.
    const rows = await links.evaluateAll((as) => as.map((a) => ({ name: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' })));
    const expected = enterprises.map((e) => ({ name: localText(e.name, 'zh'), href: enterprisePath(e) }));
    const byHref = (a: { href: string }, b: { href: string }) => a.href.localeCompare(b.href);
    expect([...rows].sort(byHref)).toEqual([...expected].sort(byHref));
    // Every row leads to a profile headed with that enterprise's name.
    for (const row of rows) {
      const response = await page.goto(row.href);
      expect(response?.status(), row.href).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }), row.href).toHaveText(row.name);
    }
  });

  test('a profile joins standards, committee roles and awards with sources', async ({ page }) => {
    await page.goto('/en/enterprises/zhixin-tech/');
    const standard = page.getByRole('row', { name: /GB\/T 98101-2026/ });
    await expect(standard.getByRole('cell').nth(1)).toHaveText('Lead');
    await expect(standard.getByRole('cell').nth(2)).toHaveText('1');
    await expect(standard.locator('.badge')).toHaveText('Upcoming');
    await expect(standard).toContainText('Verified on 2026-10-28');
    const seat = page.getByRole('row', { name: /ISO\/IEC JTC 1\/SC 41/ });
    await expect(seat).toContainText('Convenor');
    await expect(seat).toContainText('since 2022-06-01 (Current)');
    await seat.getByRole('link', { name: 'ISO/IEC JTC 1/SC 41' }).click();
    await expect(page).toHaveURL(/\/en\/committees\/iso-iec-jtc-1-sc-41\/$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('pages render fully from HTML', async ({ page }) => {
    const { standards, enterprises } = await register();
    await page.goto('/en/standards/gb-t-39204-2022/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Information security technology — Cybersecurity requirements for critical information infrastructure protection',
    );
    const facts = page.locator('dl.facts');
    await expect(facts).toContainText('GB/T 39204-2022');
    await expect(facts).toContainText('2022-10-12');
    await expect(facts).toContainText('2023-05-01');
    await expect(page.locator('ol.timeline [aria-current="step"]')).toHaveText('60 Published');
    // A standard with several participants: the table lists every one, linked, in rank order.
    const joined = [...standards].sort((a, b) => b.participations.length - a.participations.length || a.slug.localeCompare(b.slug))[0];
    expect(joined?.participations.length).toBeGreaterThan(1);
    await page.goto(`/en${standardPath(joined?.slug ?? '')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(localText(joined?.title, 'en'));
    const participants = joined ? standardPage(joined).participants : [];
    await expect(page.getByRole('table').last().locator('tbody th[scope="row"] a')).toHaveText(participants.map((p) => localText(p.enterprise.name, 'en')));
    // A list renders every row without its filter island.
    await page.goto('/en/enterprises/');
    await expect(page.locator('tbody tr')).toHaveCount(enterprises.length);
  });
});

test('unknown paths get the bilingual 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('页面不存在');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Page not found');
});

test('a first view requests no missing file: the favicon is served', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(failed).toEqual([]);
  // Browsers request /favicon.ico on a first view without any <link rel="icon">.
  const icon = await page.request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  const bytes = await icon.body();
  // An ICO directory (reserved 0, type 1, one image) holding a 32×32 PNG.
  expect([...bytes.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
  expect(bytes.subarray(22, 26).toString('latin1')).toBe('\x89PNG');
  expect((await page.request.get('/favicon.svg')).status()).toBe(200);
});

test('every page says which day its data and states are as of (the build date)', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.site-footer time')).toHaveText('2026-11-28');
  await expect(page.locator('.site-footer .built-on')).toHaveText('数据更新于 2026-11-28');
  await page.goto('/en/support/');
  await expect(page.locator('.site-footer .built-on')).toHaveText('Data as of 2026-11-28');
  await expect(page.locator('.site-footer time')).toHaveAttribute('datetime', '2026-11-28');
});
