/**
 * Support programmes as a reader sees them (BUILD_DATE pinned to 2026-11-28 by the config):
 * the list grouped by status, a programme's eligibility in words and the enterprises that
 * appear to qualify, the profile section, the home page's open programmes, axe on each
 * template in both languages, and no sideways scrolling at 360 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SUBSIDY_ZH = '海淀区标准化项目资助（2026年度）';
const SUBSIDY_EN = 'Haidian standardization subsidy (2026)';

test.describe('support list', () => {
  test('groups programmes by status in order, with counts, deadlines and amounts', async ({ page }) => {
    await page.goto('/en/support/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Support programmes');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Open (3)', 'Closing soon (closing within 30 days) (1)', 'Upcoming (1)', 'Closed (2)']);
    const soon = page.locator('section', { has: page.locator('#status-closing-soon') });
    await expect(soon.getByRole('heading', { level: 3 })).toHaveText([SUBSIDY_EN]);
    await expect(soon).toContainText('closes 2026-12-15 (17 days left)');
    await expect(soon).toContainText('National CNY 300,000');
    await expect(soon).toContainText('Haidian District Administration for Market Regulation');
    const closed = page.locator('section', { has: page.locator('#status-closed') });
    await expect(closed.getByRole('heading', { level: 3 })).toHaveText([
      'Zhongguancun Quality Award 2026: applications',
      'Association standards subsidy (2025)',
    ]);
    await expect(closed).toContainText('closed 2026-09-30');
  });

  test('Chinese list: status words and the upcoming opening date', async ({ page }) => {
    await page.goto('/support/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['受理中 (3)', '即将截止（30 天内截止） (1)', '尚未开始 (1)', '已截止 (2)']);
    const upcoming = page.locator('section', { has: page.locator('#status-upcoming') });
    await expect(upcoming).toContainText('2027年北京市人民政府质量管理奖区级推荐');
    await expect(upcoming).toContainText('2027-01-05 开始受理');
    await page.getByRole('link', { name: SUBSIDY_ZH }).click();
    await expect(page).toHaveURL(/\/support\/standards-subsidy-2026\/$/);
  });
});

test.describe('programme page', () => {
  test('English: status, eligibility in words, amounts, Chinese body marked zh, qualifying enterprises with reasons', async ({ page }) => {
    await page.goto('/en/support/standards-subsidy-2026/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SUBSIDY_EN);
    const facts = page.locator('dl.facts');
    await expect(facts).toContainText('Closing soon');
    await expect(facts).toContainText('closes 2026-12-15 (17 days left)');
    await expect(facts).toContainText('海市监发〔2026〕8号');
    await expect(facts.getByRole('link', { name: 'https://std.example.org/support/standards-subsidy-2026' })).toHaveAttribute('rel', 'external noopener');
    await expect(page.locator('ul.eligibility li')).toHaveText([
      'Standard level: international, national, industry, local, group',
      'Role in drafting: lead, drafter',
      'Ranked in the top 3 drafting organizations',
      'Standard in effect, within the last 2 years (by effective date, or publication date when none is recorded)',
    ]);
    await expect(page.getByRole('table', { name: 'Amount by standard level (per standard)' }).locator('tbody tr')).toHaveText([
      'InternationalCNY 500,000',
      'NationalCNY 300,000',
      'IndustryCNY 100,000',
      'LocalCNY 100,000',
      'GroupCNY 50,000',
    ]);
    // The body is Chinese only: marked so, headings one level below the page's h2.
    const body = page.locator('div.body');
    await expect(body).toHaveAttribute('lang', 'zh-CN');
    await expect(body.getByRole('heading', { level: 3 })).toHaveText('资助对象');
    await expect(body.getByRole('link', { name: '申报指南' })).toHaveAttribute('href', 'https://std.example.org/support/standards-subsidy-2026/guide');

    const table = page.getByRole('table', { name: 'Enterprises that appear to qualify (26)' });
    await expect(table.locator('tbody tr')).toHaveCount(26);
    const huaxin = table.locator('tbody tr', { hasText: 'Huaxin' });
    await expect(huaxin).toContainText('Excellence');
    await expect(huaxin.locator('ul.reasons li')).toHaveText([
      // IEEE 9901-2025 is a consortium standard under the default INTERNATIONAL_BODIES setting (issue 12).
      'GB/T 98119-2026 (national standard): lead, ranked 1st among the drafting organizations (top 3 qualify), in effect since 2026-10-01, within the last 2 years; CNY 300,000',
    ]);
    // Its page keeps the address of its first designation, the plan number.
    await expect(huaxin.getByRole('link', { name: 'GB/T 98119-2026' })).toHaveAttribute('href', '/en/standards/20240512-t-469/');
  });

  test('Chinese: reasons in Chinese, enterprise links lead to the profile', async ({ page }) => {
    await page.goto('/support/standards-subsidy-2026/');
    const table = page.getByRole('table', { name: '可能符合条件的企业 (26)' });
    const ruitong = table.locator('tbody tr', { hasText: '瑞通' });
    await expect(ruitong.locator('ul.reasons li')).toHaveText([
      'GB/T 98117-2025（国家标准）：主导/牵头，起草单位排名第 1（前 3 名可申请），2025-11-01 实施，在近 2 年内；300,000 元',
    ]);
    await ruitong.getByRole('link', { name: /瑞通/ }).click();
    await expect(page).toHaveURL(/\/enterprises\/ruitong-comms\/$/);
  });

  test('a tier-only programme gives the tier as the reason; a policy without criteria says to read it', async ({ page }) => {
    await page.goto('/en/support/beijing-quality-award-2027-recommendation/');
    await expect(page.locator('ul.eligibility li')).toHaveText(['Service tier: Excellence']);
    await expect(page.getByRole('table', { name: 'Enterprises that appear to qualify (7)' }).locator('ul.reasons li').first()).toHaveText(
      'Service tier Excellence (open to Excellence)',
    );
    await page.goto('/en/support/standards-participation-measures/');
    await expect(page.getByText('This programme sets no conditions the register can check; read the official document.').first()).toBeVisible();
    await expect(page.locator('table.qualifying')).toHaveCount(0);
    // The summary has no English: shown in Chinese, marked as such.
    await expect(page.locator('p.lede span[lang="zh-CN"]')).toContainText('明确对企业参与国际、国家标准制修订');
  });
});

test.describe('enterprise profile', () => {
  test('shows the programmes Zhixin may qualify for, with reason, amount and deadline, and past ones apart', async ({ page }) => {
    await page.goto('/en/enterprises/zhixin-tech/');
    const section = page.locator('section.eligible');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('Support programmes it may qualify for');
    const current = section.locator('ul.matches > li');
    await expect(current.getByRole('heading', { level: 3 })).toHaveText([
      SUBSIDY_EN,
      'International standardization support',
      'District recommendation for the 2027 Beijing Quality Management Award',
    ]);
    const subsidy = current.filter({ hasText: SUBSIDY_EN });
    await expect(subsidy).toContainText('Closing soon');
    await expect(subsidy).toContainText('closes 2026-12-15 (17 days left)');
    await expect(subsidy).toContainText('Up to CNY 500,000');
    await expect(subsidy.locator('ul.reasons li')).toHaveText([
      'ISO/IEC 98145:2026 (international standard): drafter, ranked 2nd among the drafting organizations (top 3 qualify), published 2026-04-15 (no effective date recorded), within the last 2 years; CNY 500,000',
      'ISO/IEC TR 98144:2025 (international standard): drafter, ranked 3rd among the drafting organizations (top 3 qualify), published 2025-02-10 (no effective date recorded), within the last 2 years; CNY 500,000',
      'GB/T 98117-2025 (national standard): drafter, ranked 2nd among the drafting organizations (top 3 qualify), in effect since 2025-11-01, within the last 2 years; CNY 300,000',
      'T/CESA 9104-2025 (group standard): lead, ranked 1st among the drafting organizations (top 3 qualify), in effect since 2025-08-01, within the last 2 years; CNY 50,000',
    ]);
    await expect(section.getByRole('heading', { name: 'Past programmes' })).toBeVisible();
    await expect(section.locator('ul.past li')).toHaveText(['Zhongguancun Quality Award 2026: applications Closed closed 2026-09-30']);
  });

  test('Chinese profile: heading and a tier-only match', async ({ page }) => {
    await page.goto('/enterprises/guanghe-materials/');
    const section = page.locator('section.eligible');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('可申请的支持政策');
    await expect(section.locator('ul.matches > li')).toHaveCount(1);
    await expect(section.locator('ul.matches > li')).toContainText('标准化技术服务进企业');
    await expect(section.locator('ul.reasons li')).toHaveText(['服务类型为基础型（限基础型、提升型）']);
    await expect(section).toContainText('常年受理');
  });
});

test.describe('home', () => {
  test('lists the open programmes, the closing-soon subsidy first with 2026-12-15', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: '正在受理的支持政策' })).toBeVisible();
    const rows = page.getByRole('table', { name: '正在受理的支持政策' }).locator('tbody tr');
    await expect(rows).toHaveCount(4);
    await expect(rows.first()).toContainText(SUBSIDY_ZH);
    await expect(rows.first()).toContainText('即将截止');
    await expect(rows.first()).toContainText('2026-12-15 截止（剩 17 天）');
    await page.goto('/en/');
    const first = page.getByRole('table', { name: 'Open support programmes' }).locator('tbody tr').first();
    await expect(first).toContainText(SUBSIDY_EN);
    await expect(first).toContainText('closes 2026-12-15 (17 days left)');
    await first.getByRole('link', { name: SUBSIDY_EN }).click();
    await expect(page).toHaveURL(/\/en\/support\/standards-subsidy-2026\/$/);
  });
});

const TEMPLATES = ['/', '/support/', '/support/standards-subsidy-2026/', '/support/standards-participation-measures/', '/enterprises/zhixin-tech/'];

for (const path of [...TEMPLATES, ...TEMPLATES.map((p) => `/en${p}`)]) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of ['/support/', '/en/support/standards-subsidy-2026/', '/en/enterprises/zhixin-tech/']) {
    test(`${path} does not scroll sideways and stays axe-clean`, async ({ page }) => {
      await page.goto(path);
      expect(await pageOverflow(page)).toBe(0);
      // Wide tables scroll inside their own box (.table-wrap), which must stay reachable.
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test('keyboard: the status links on the list move to their group', async ({ page }) => {
  await page.goto('/en/support/');
  const jump = page.getByRole('navigation', { name: 'Status' }).getByRole('link', { name: 'Closing soon (1)' });
  await jump.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#status-closing-soon$/);
});
