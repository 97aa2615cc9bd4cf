/**
 * The award pages in a browser: the filter island on an award list (names, pinyin, initials,
 * typos, live count), the no-JS fallback, the CSV/JSON downloads matching the rows shown, print
 * styles, the ladder on an enterprise profile, axe on every awards template in both languages.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** 中国质量奖 2025: 智芯微联 (winner), 华信数智 (nominee), 博源半导体 (recommended). */
const LIST = '/awards/china-quality-award/2025/';
const ALL_ROWS = ['zhixin-tech', 'huaxin-data', 'boyuan-semiconductor'];

async function visibleEntries(page: Page): Promise<string[]> {
  return page.locator('[data-entry-id]:visible').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-entry-id') ?? ''));
}

test.describe('award list filter', () => {
  for (const query of ['智芯', 'Zhixin', 'zhixin', 'zx', 'Zhixn']) {
    test(`"${query}" narrows the list to 智芯微联 and the live region says so`, async ({ page }) => {
      await page.goto(LIST);
      const status = page.getByRole('status');
      await expect(status).toHaveText('显示 3 / 3 家企业');
      expect(await visibleEntries(page)).toEqual(ALL_ROWS);
      await page.getByLabel('筛选企业（中文、英文名称、拼音或首字母）').fill(query);
      await expect(status).toHaveText('显示 1 / 3 家企业');
      expect(await visibleEntries(page)).toEqual(['zhixin-tech']);
      // Outcome groups without a match disappear; the winners' group counts one.
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(['获奖 (1)']);
    });
  }

  test('English page: count in English, no match explained, clearing restores the list', async ({ page }) => {
    await page.goto(`/en${LIST}`);
    const input = page.getByLabel('Filter enterprises (Chinese or English name, pinyin or initials)');
    const status = page.getByRole('status');
    await input.fill('huaxin');
    await expect(status).toHaveText('Showing 1 of 3 enterprises');
    expect(await visibleEntries(page)).toEqual(['huaxin-data']);
    await input.fill('robot');
    await expect(status).toHaveText('No enterprise matches “robot”. Try another spelling or clear the filter.');
    expect(await visibleEntries(page)).toEqual([]);
    await input.fill('');
    await expect(status).toHaveText('Showing 3 of 3 enterprises');
    expect(await visibleEntries(page)).toEqual(ALL_ROWS);
  });

  test('each entry links to the enterprise profile', async ({ page }) => {
    await page.goto(`/en${LIST}`);
    await page.getByRole('link', { name: 'Beijing Zhixin Microlink Technology Co., Ltd.' }).click();
    await expect(page).toHaveURL(/\/en\/enterprises\/zhixin-tech\/$/);
  });

  test('the filter is reachable by keyboard', async ({ page }) => {
    await page.goto(LIST);
    const input = page.getByRole('searchbox', { name: '筛选企业（中文、英文名称、拼音或首字母）' });
    for (let i = 0; i < 40 && !(await input.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    await expect(input).toBeFocused();
    await page.keyboard.type('zx');
    await expect(page.getByRole('status')).toHaveText('显示 1 / 3 家企业');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the full list shows and the filter box stays hidden', async ({ page }) => {
    await page.goto(LIST);
    expect(await visibleEntries(page)).toEqual(ALL_ROWS);
    await expect(page.getByRole('searchbox')).toHaveCount(1); // the header search only
    await expect(page.locator('#award-filter-q')).toBeHidden();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['获奖 (1)', '提名奖 (1)', '推荐 (1)']);
  });
});

test.describe('downloads', () => {
  test('the CSV download starts with the BOM and has exactly the rows shown', async ({ page }) => {
    await page.goto(LIST);
    const shown = await visibleEntries(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV（Excel 可直接打开）' }).click()]);
    expect(download.suggestedFilename()).toBe('china-quality-award-2025.csv');
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]?.split(',').slice(0, 8)).toEqual(['award', 'year', 'session', 'outcome', 'outcome_zh', 'outcome_en', 'enterprise', 'name_zh']);
    // Column 7 is the enterprise slug (never quoted): the CSV rows are the page's rows, in order.
    expect(lines.slice(1).map((line) => line.split(',')[6])).toEqual(shown);
    expect(lines.slice(1).map((line) => line.split(',')[3])).toEqual(['winner', 'nominee', 'recommended']);
  });

  test('the English page offers the same language-neutral JSON', async ({ page, request }) => {
    await page.goto(`/en${LIST}`);
    const href = await page.getByRole('link', { name: 'JSON' }).getAttribute('href');
    expect(href).toBe('/awards/china-quality-award/2025/list.json');
    const json = (await (await request.get(href ?? '')).json()) as { session: number; entries: Array<{ enterprise: string; name_en: string }> };
    expect(json.session).toBe(7);
    expect(json.entries.map((e) => e.enterprise)).toEqual(await visibleEntries(page));
    expect(json.entries[0]?.name_en).toBe('Beijing Zhixin Microlink Technology Co., Ltd.');
  });
});

test('print media hides the header, filter and downloads and keeps the table', async ({ page }) => {
  await page.goto(LIST);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('award-list-filter')).toBeHidden();
  await expect(page.locator('.downloads')).toBeHidden();
  await expect(page.locator('.breadcrumb')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('中国质量奖 2025 年名单');
  expect(await visibleEntries(page)).toEqual(ALL_ROWS);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.site-header')).toBeVisible();
});

test.describe('award pages', () => {
  test('the index shows the three awards, national first, with their latest lists', async ({ page }) => {
    await page.goto('/en/awards/');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([
      'China Quality Award',
      'Beijing Municipal Government Quality Management Award',
      'Zhongguancun Quality Award',
    ]);
    const zgc = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Zhongguancun Quality Award' }) });
    await expect(zgc).toContainText('Every year');
    await expect(zgc).toContainText('2026: Shortlisted 2 · Recommended 2');
  });

  test('an award page states its rules and counts each year', async ({ page }) => {
    await page.goto('/awards/beijing-quality-management-award/');
    const rules = page.getByRole('heading', { name: '评选规则' }).locator('xpath=following-sibling::ul[1]');
    await expect(rules.getByRole('listitem')).toHaveText([
      '每 2 年评选一届，第 1 届于 2007 年举办。',
      '获奖组织须间隔 2 届方可再次申报。',
      '获奖后 3 年内发生重大质量、安全或环境事故的，撤销其奖项。',
      '下一届：第 11 届（2027 年）。',
    ]);
    const rows = page.locator('tbody tr');
    await expect(rows).toHaveText([
      // year, session, winner, nominee, shortlisted, recommended, total
      /^2025\s*第 10 届\s*1\s*1\s*2\s*1\s*5$/,
      /^2023\s*第 9 届\s*2\s*1\s*0\s*0\s*3$/,
      /^2021\s*第 8 届\s*1\s*1\s*0\s*1\s*3$/,
      /^2019\s*第 7 届\s*0\s*1\s*0\s*0\s*1$/,
    ]);
    await rows.first().getByRole('link', { name: '2025' }).click();
    await expect(page).toHaveURL(/\/awards\/beijing-quality-management-award\/2025\/$/);
  });
});

test.describe('enterprise profile ladder', () => {
  test('智芯微联: Zhongguancun 2018 → Beijing 2019, 2021 → China 2023, 2025, with clocks', async ({ page }) => {
    await page.goto('/enterprises/zhixin-tech/');
    const rungs = page.locator('.award-ladder > li');
    await expect(rungs.locator('h3')).toHaveText(['区级 中关村质量奖', '市级 北京市人民政府质量管理奖', '国家级 中国质量奖']);
    await expect(rungs.nth(0).locator('.rung-results > li')).toHaveText([/^2018 · 第 3 届 · 获奖/]);
    await expect(rungs.nth(1).locator('.rung-results > li')).toHaveText([/^2019 · 第 7 届 · 提名奖/, /^2021 · 第 8 届 · 获奖/]);
    await expect(rungs.nth(2).locator('.rung-results > li')).toHaveText([/^2023 · 第 6 届 · 提名奖/, /^2025 · 第 7 届 · 获奖/]);
    await expect(rungs.nth(1).locator('.rung-results > li').first()).toContainText('核验日期 2026-11-02');
    await expect(rungs.nth(0).locator('.rung-clock > li')).toHaveText(['可申报下一届：第 12 届（2027 年）。']);
    await expect(rungs.nth(1).locator('.rung-clock > li')).toHaveText([
      '第 8 届（2021 年）获奖，须间隔 2 届，可于第 11 届（2027 年）再次申报。',
      '撤销期（获奖后 3 年）已于 2024-12-20 届满。',
    ]);
    await expect(rungs.nth(2).locator('.rung-clock > li')).toHaveText(['可申报下一届：第 8 届（2027 年）。']);
  });

  test('in English, with links to each year’s list', async ({ page }) => {
    await page.goto('/en/enterprises/zhixin-tech/');
    const beijing = page.locator('.award-ladder > li').nth(1);
    await expect(beijing.locator('.rung-clock > li')).toHaveText([
      'Won in the 8th session (2021); winners wait 2 sessions, so it may apply again from the 11th session (2027).',
      'The revocation period (3 years after the win) ended on 2024-12-20.',
    ]);
    await beijing.getByRole('link', { name: '2021' }).click();
    await expect(page).toHaveURL(/\/en\/awards\/beijing-quality-management-award\/2021\/$/);
  });
});

test('an award list fits a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [LIST, '/en/awards/', '/en/enterprises/zhixin-tech/']) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
});

const TEMPLATES = ['/awards/', '/awards/china-quality-award/', LIST, '/enterprises/zhixin-tech/'];
for (const path of [...TEMPLATES, ...TEMPLATES.map((p) => `/en${p}`)]) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
