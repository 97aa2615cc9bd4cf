/**
 * One identity through a standard's life (issue 12), in a real browser against the built site:
 * the page keeps its address when the designation changes, the addresses of earlier designations
 * redirect to it (with and without JavaScript), search finds the record by old and new codes,
 * adoption shows on both pages and a base edition lists its supplements.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const PERMALINK = '/standards/iso-iec-cd-98145/';

test('the page of a project followed from CD to publication shows its designation history', async ({ page }) => {
  const response = await page.goto(PERMALINK);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('物联网 园区设备数字身份 框架');
  await expect(page.locator('p.code').first()).toHaveText('ISO/IEC 98145:2026');
  const history = page.getByRole('list', { name: '编号沿革' }).getByRole('listitem');
  await expect(history).toHaveText([
    'ISO/IEC CD 98145 · 30.99 征求意见 · 使用至 2025-03-10',
    'ISO/IEC DIS 98145 · 40.99 审查 · 使用至 2025-11-20',
    'ISO/IEC FDIS 98145 · 50.99 批准 · 使用至 2026-04-02',
    'ISO/IEC 98145:2026 · 现编号',
  ]);
  await expect(history.last()).toHaveAttribute('aria-current', 'step');
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);
});

for (const [old, target] of [
  ['/standards/iso-iec-dis-98145/', PERMALINK],
  ['/standards/iso-iec-98145-2026/', PERMALINK],
  ['/en/standards/iso-iec-fdis-98145/', `/en${PERMALINK}`],
  ['/standards/gb-t-98119-2026/', '/standards/20240512-t-469/'],
  ['/en/standards/rfc-9989/', '/en/standards/draft-zhixin-iot-sm-auth-03/'],
] as const) {
  test(`the earlier address ${old} redirects to ${target}`, async ({ page }) => {
    await page.goto(old);
    await expect(page).toHaveURL(target);
    await expect(page.locator('main h1')).toBeVisible();
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the redirect page carries rel=canonical and a meta refresh, and the refresh lands on the page', async ({ page, request }) => {
    const html = await (await request.get('/standards/iso-iec-dis-98145/')).text();
    expect(html).toContain('<link rel="canonical" href="http://localhost:4321/standards/iso-iec-cd-98145/">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/standards/iso-iec-cd-98145/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    await page.goto('/standards/iso-iec-dis-98145/');
    await expect(page).toHaveURL(PERMALINK);
    await expect(page.locator('h1')).toHaveText('物联网 园区设备数字身份 框架');
  });
});

test('the build writes _redirects and the nginx rules for both languages; the sitemap leaves the old addresses out', async ({ request }) => {
  // Rules files for the host, not pages: read from the build directory (the preview server does not serve them).
  const out = process.env['E2E_OUT_DIR'] ?? 'dist';
  const rules = readFileSync(`${out}/_redirects`, 'utf8');
  expect(readFileSync(`${out}/_redirects.nginx`, 'utf8')).toContain(
    'location = /en/standards/iso-iec-dis-98145/ { return 301 /en/standards/iso-iec-cd-98145/; }\n',
  );
  expect(rules).toContain('/standards/iso-iec-dis-98145/ /standards/iso-iec-cd-98145/ 301\n');
  expect(rules).toContain('/en/standards/iso-iec-dis-98145/ /en/standards/iso-iec-cd-98145/ 301\n');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/standards/iso-iec-cd-98145/');
  expect(sitemap).not.toContain('/standards/iso-iec-dis-98145/');
});

for (const [query, href] of [
  ['ISO/IEC DIS 98145', PERMALINK],
  ['ISO/IEC 98145:2026', PERMALINK],
  ['draft-zhixin-iot-sm-auth', '/standards/draft-zhixin-iot-sm-auth-03/'],
  ['RFC 9989', '/standards/draft-zhixin-iot-sm-auth-03/'],
  ['20240512-T-469', '/standards/20240512-t-469/'],
  ['T/CESA 9105-2026', '/standards/t-hdsa-005-2026/'],
] as const) {
  test(`search finds ${query}`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#search-results').getByRole('link').first()).toHaveAttribute('href', href);
  });
}

test('adoption shows on both pages; a base edition lists its amendment; a 修改单 links its base', async ({ page }) => {
  await page.goto('/standards/gb-t-98118-2026-iso-iec-98143-2023/');
  await expect(page.locator('dl.facts')).toContainText('采用国际标准ISO/IEC 98143:2023 等同采用 (IDT)');
  await page.getByRole('link', { name: 'ISO/IEC 98143:2023' }).click();
  await expect(page).toHaveURL('/standards/iso-iec-98143-2023/');
  await expect(page.locator('dl.facts')).toContainText('被以下标准采用GB/T 98118-2026/ISO/IEC 98143:2023 等同采用 (IDT)');
  await page.goto('/en/standards/iso-98178-2024/');
  await page.getByRole('link', { name: 'ISO 98178:2024/Amd 1:2026' }).click();
  await expect(page).toHaveURL('/en/standards/iso-98178-2024-amd-1-2026/');
  await expect(page.locator('dl.facts')).toContainText('AmendsISO 98178:2024');
  await page.goto('/standards/gb-t-98115-2023/');
  await expect(page.locator('dl.facts')).toContainText('修改单、修正案与勘误GB/T 98115-2023/XG1-2025');
});

test('a withdrawn edition without withdrawnOn shows the replacing edition’s effective date', async ({ page }) => {
  await page.goto('/en/standards/gb-t-98121-2019/');
  await expect(page.locator('dl.facts')).toContainText('Withdrawn2025-11-01 (the replacing edition’s effective date)');
});
