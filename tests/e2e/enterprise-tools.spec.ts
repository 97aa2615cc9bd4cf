/**
 * The enterprise tools on the built site, as an enterprise uses them: calendar files (every
 * .ics of the build parsed by ical.js, one imported into node-ical), "添加到日历" links, the
 * application dossier from the profile (rows, print on A4, CSV), the Atom follow feeds
 * (`<link rel=alternate>`, every feed parsed by the browser's XML parser) and the annual
 * reports in both languages, with and without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ical, { type VEvent } from 'node-ical';
import { lineProblems, readCalendar } from '../unit/calendar/readCalendar.ts';
import { DIST } from './env.ts';
import { filesUnder } from './securityHarness.ts';

const DOSSIER = '/enterprises/zhixin-tech/dossier/standards-subsidy-2026/';

/** Built files ending in `suffix`, as URL paths. */
function builtFiles(suffix: string): string[] {
  return [...filesUnder(DIST)]
    .filter((f) => f.endsWith(suffix))
    .map((f) => `/${relative(DIST, f).split(sep).join('/')}`)
    .sort();
}

/** CSV text (BOM, CRLF, RFC 4180 quoting) as records of fields. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted && c === '"' && body[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      record.push(field);
      field = '';
    } else if (!quoted && c === '\r' && body[i + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** The cells of each body row of the table under `selector`, as text. */
async function rowTexts(page: Page, selector: string): Promise<string[][]> {
  return page
    .locator(`${selector} tbody tr`)
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll<HTMLElement>('th, td')].map((cell) => cell.innerText.replace(/\s+/g, ' ').trim())));
}

test.describe('calendars', () => {
  test('every .ics of the build parses with ical.js: all-day events, Asia/Shanghai, a reminder on each deadline', () => {
    const files = builtFiles('.ics');
    // /calendar.ics, 7 programmes and 34 enterprises, in both languages.
    expect(files).toHaveLength(2 * (1 + 7 + 34));
    expect(files).toContain('/calendar.ics');
    expect(files).toContain('/en/enterprises/zhixin-tech/calendar.ics');
    for (const path of files) {
      const text = readFileSync(`${DIST}${path}`, 'utf8');
      expect(lineProblems(text), path).toEqual([]);
      const calendar = readCalendar(text);
      expect(calendar.timezones, path).toEqual(['Asia/Shanghai']);
      for (const event of calendar.events) {
        expect(event.allDay, `${path} ${event.uid}`).toBe(true);
        expect(event.alarms.length, `${path} ${event.uid}`).toBe(event.uid.includes('-closes@') ? 1 : 0);
      }
    }
  });

  test('/en/calendar.ics is served as text/calendar and imports into node-ical', async ({ request }) => {
    const response = await request.get('/en/calendar.ics');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
    const events = Object.values(ical.sync.parseICS(await response.text())).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(events).toHaveLength(13);
    const deadline = events.find((e) => e.uid.startsWith('supportProgram-standards-subsidy-2026-closes@'));
    expect(deadline?.datetype).toBe('date');
    expect(deadline?.alarms?.[0]?.trigger).toBe('-P6DT15H');
  });

  test('"添加到日历" on the programme, support and enterprise pages leads to their calendars', async ({ page, request }) => {
    await page.goto('/support/standards-subsidy-2026/');
    await expect(page.getByRole('link', { name: '添加到日历', exact: true })).toHaveAttribute('href', '/support/standards-subsidy-2026/calendar.ics');
    await expect(page.getByRole('link', { name: '订阅全部受理期日历' })).toHaveAttribute('href', '/calendar.ics');
    await page.goto('/support/');
    await expect(page.getByRole('link', { name: '添加到日历', exact: true })).toHaveAttribute('href', '/calendar.ics');
    await page.goto('/en/enterprises/zhixin-tech/');
    const link = page.getByRole('link', { name: /^Add to calendar/ });
    await expect(link).toHaveAttribute('href', '/en/enterprises/zhixin-tech/calendar.ics');
    const calendar = readCalendar(await (await request.get((await link.getAttribute('href')) ?? '')).text());
    expect(calendar.name).toBe('Beijing Zhixin Microlink Technology Co., Ltd.: deadlines of programmes it may qualify for');
    expect(calendar.events).toHaveLength(8);
  });
});

test.describe('application dossier', () => {
  test('from the profile: the verified records that meet the conditions, with reason, amount, deadline and document number', async ({ page }) => {
    await page.goto('/enterprises/zhixin-tech/');
    const match = page.locator('.eligible .matches > li').filter({ hasText: '海淀区标准化项目资助（2026年度）' });
    await match.getByRole('link', { name: '申报材料清单' }).click();
    await expect(page).toHaveURL(new RegExp(`${DOSSIER}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('海淀区标准化项目资助（2026年度）');
    await expect(page).toHaveTitle(/北京智芯微联科技股份有限公司：海淀区标准化项目资助（2026年度）申报材料清单/);
    const facts = page.locator('dl.facts');
    await expect(facts).toContainText('北京智芯微联科技股份有限公司 91110108MA01C3KX7Y');
    await expect(facts).toContainText('海市监发〔2026〕8号');
    await expect(facts).toContainText('2026-12-15 即将截止 剩 17 天');
    await expect(facts).toContainText('1,350,000 元');
    await expect(page.locator('table.dossier caption')).toHaveText('共 4 条记录，涉及 4 项标准');
    const rows = await rowTexts(page, 'table.dossier');
    expect(rows.map((r) => [r[0], r[2], r[5]])).toEqual([
      ['1', '参与起草 第 2 名', '500,000 元'],
      ['2', '参与起草 第 3 名', '500,000 元'],
      ['3', '参与起草 第 2 名', '300,000 元'],
      ['4', '主导/牵头 第 1 名', '50,000 元'],
    ]);
    expect(rows[2]?.[1]).toBe('GB/T 98117-2025 窄带蜂窝物联网终端 技术要求 国家标准');
    expect(rows[2]?.[3]).toBe('发布 2025-04-25 实施 2025-11-01 2025 年参与');
    expect(rows[2]?.[4]).toBe('GB/T 98117-2025（国家标准）：参与起草，起草单位排名第 2（前 3 名可申请），2025-11-01 实施，在近 2 年内');
    expect(rows[2]?.[6]).toContain('https://std.example.org/standards/gb-t-98117-2025#drafters');
    expect(rows[2]?.[6]).toContain('核验 2026-10-28');
  });

  test('the CSV holds the same rows in the same order', async ({ page, request }) => {
    await page.goto(DOSSIER);
    const href = (await page.getByRole('link', { name: '下载本清单（CSV）' }).getAttribute('href')) ?? '';
    expect(href).toBe(`${DOSSIER}dossier.csv`);
    const [header = [], ...records] = parseCsv(await (await request.get(href)).text());
    const code = header.indexOf('standard_code');
    expect(code).toBeGreaterThan(0);
    const shown = await page.locator('table.dossier tbody th a.code').allTextContents();
    expect(shown).toEqual(['ISO/IEC 98145:2026', 'ISO/IEC TR 98144:2025', 'GB/T 98117-2025', 'T/CESA 9104-2025']);
    expect(records.map((r) => r[code])).toEqual(shown);
    expect(records.map((r) => [r[header.indexOf('enterprise_name_en')], r[header.indexOf('document_number')], r[header.indexOf('amount_cny')]])).toEqual([
      ['Beijing Zhixin Microlink Technology Co., Ltd.', '海市监发〔2026〕8号', '500000'],
      ['Beijing Zhixin Microlink Technology Co., Ltd.', '海市监发〔2026〕8号', '500000'],
      ['Beijing Zhixin Microlink Technology Co., Ltd.', '海市监发〔2026〕8号', '300000'],
      ['Beijing Zhixin Microlink Technology Co., Ltd.', '海市监发〔2026〕8号', '50000'],
    ]);
  });

  test('prints on A4 with page numbers and no navigation', async ({ page }) => {
    await page.goto(DOSSIER);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('.crumbs')).toBeHidden();
    await expect(page.getByRole('link', { name: '下载本清单（CSV）' })).toBeHidden();
    await expect(page.locator('table.dossier tbody tr')).toHaveCount(4);
    const pageRules = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].filter((rule) => rule instanceof CSSPageRule).map((rule) => rule.cssText)),
    );
    expect(pageRules.join('\n')).toMatch(/size: a4/i);
    expect(pageRules.join('\n')).toMatch(/@bottom-right \{[^}]*content: counter\(page\) " \/ " counter\(pages\)/);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    // Every page is A4: 595 × 842 points (210 × 297 mm).
    const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThanOrEqual(1);
    for (const box of boxes) expect(box).toEqual([595, 842]);
  });

  test('in English', async ({ page }) => {
    await page.goto(`/en${DOSSIER}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Haidian standardization subsidy (2026)');
    await expect(page.locator('.kicker')).toHaveText('Application dossier');
    await expect(page.locator('table.dossier caption')).toHaveText('4 records on 4 standards');
    expect((await rowTexts(page, 'table.dossier'))[3]?.[4]).toBe(
      'T/CESA 9104-2025 (group standard): lead, ranked 1st among the drafting organizations (top 3 qualify), in effect since 2025-08-01, within the last 2 years',
    );
  });
});

test.describe('follow feeds', () => {
  test('the profile and award pages announce their Atom feeds; the site feeds keep working', async ({ page, request }) => {
    await page.goto('/enterprises/zhixin-tech/');
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/enterprises\/zhixin-tech\/atom\.xml$/);
    await expect(page.getByRole('link', { name: '订阅更新（Atom）' })).toHaveAttribute('href', '/enterprises/zhixin-tech/atom.xml');
    await page.goto('/en/awards/china-quality-award/');
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      /\/en\/awards\/china-quality-award\/atom\.xml$/,
    );
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/en\/feed\.xml$/);
    for (const path of ['/feed.xml', '/en/feed.xml']) {
      const rss = await request.get(path);
      expect(rss.status(), path).toBe(200);
      expect(await rss.text()).toContain('<rss');
    }
  });

  test('every Atom feed of the build is well-formed Atom: id, title, updated, self link; entries complete and unique', async ({ page }) => {
    const feeds = builtFiles('atom.xml');
    expect(feeds).toHaveLength(2 * (34 + 3));
    await page.goto('/');
    for (const path of feeds) {
      const xml = readFileSync(`${DIST}${path}`, 'utf8');
      const result = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const error = doc.querySelector('parsererror')?.textContent ?? null;
        const root = doc.documentElement;
        const child = (el: Element, name: string) => [...el.children].find((c) => c.localName === name);
        const entries = [...root.children].filter((c) => c.localName === 'entry');
        return {
          error,
          ns: root.namespaceURI,
          name: root.localName,
          feed: ['id', 'title', 'updated', 'author'].every((n) => child(root, n)),
          self: [...root.children].some((c) => c.localName === 'link' && c.getAttribute('rel') === 'self'),
          entries: entries.length,
          complete: entries.every((e) => ['id', 'title', 'updated', 'link', 'summary'].every((n) => child(e, n))),
          ids: entries.map((e) => child(e, 'id')?.textContent ?? ''),
        };
      }, xml);
      expect(result.error, path).toBeNull();
      expect([result.ns, result.name, result.feed, result.self, result.complete], path).toEqual(['http://www.w3.org/2005/Atom', 'feed', true, true, true]);
      expect(new Set(result.ids).size, path).toBe(result.entries);
      if (path === '/enterprises/zhixin-tech/atom.xml') expect(result.entries).toBe(23);
    }
  });
});

test.describe('annual reports', () => {
  test('2025 in Chinese: key figures with the change from 2024, charts with data tables, CSV', async ({ page, request }) => {
    await page.goto('/reports/2025/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2025 年度标准化与质量工作报告');
    await expect(page.locator('tr[data-figure="standardsWork"] td')).toHaveText(['76', '47', '+29（+62%）']);
    await expect(page.locator('tr[data-figure="newSeats"] td')).toHaveText(['1', '4', '−3（−75%）']);
    await expect(page.locator('tr[data-figure="programmesOpened"] td')).toHaveText(['3', '0', '+3（上年为 0）']);
    await expect(page.locator('svg[role="img"]')).toHaveCount(3);
    const standards = page.locator('section.stats-chart').filter({ has: page.locator('#report-standards') });
    await expect(standards.locator('figcaption')).toHaveText('2025 年企业参与标准制修订 76 条记录：主导/牵头 21 项标准，参与起草 24 项。');
    await expect(standards.locator('tfoot td').last()).toHaveText('76');
    await expect(page.locator('#report-programmes + .table-wrap tbody tr')).toHaveCount(3);
    const href = (await page.getByRole('link', { name: '下载本报告数字（CSV）' }).getAttribute('href')) ?? '';
    expect(href).toBe('/reports/2025/report.csv');
    const lines = (await (await request.get(href)).text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[1]).toBe('2025,figure,standardsWork,标准制修订参与记录,Standards work (participation records),76,47,29,62,2026-11-28');
  });

  test('in English, the index of years, and the link from the stats page', async ({ page }) => {
    await page.goto('/en/stats/');
    await page.getByRole('link', { name: 'Annual reports' }).click();
    await expect(page).toHaveURL(/\/en\/reports\/$/);
    const years = page.locator('tbody th a');
    await expect(years).toHaveCount(13);
    await expect(years.first()).toHaveText('Report 2026');
    await page.getByRole('link', { name: 'Report 2025' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Standardization and quality report 2025');
    await expect(page.locator('tr[data-figure="awardResults"] td')).toHaveText(['14', '3', '+11 (+367%)']);
    await page.getByRole('link', { name: '2026 →' }).click();
    await expect(page.locator('main')).toContainText('The year is not over: figures up to 2026-11-28.');
    await expect(page.locator('#report-seats ~ p')).toHaveText('No such record this year.');
  });

  test('prints without navigation, on A4', async ({ page }) => {
    await page.goto('/reports/2025/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('nav.crumbs')).toBeHidden();
    await expect(page.locator('svg[role="img"]').first()).toBeVisible();
    const pageRules = await page.evaluate(() =>
      [...document.styleSheets].flatMap((s) => [...s.cssRules].filter((r) => r instanceof CSSPageRule).map((r) => r.cssText)),
    );
    expect(pageRules.join('\n')).toMatch(/size: a4/i);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the dossier and the report render in full', async ({ page }) => {
    await page.goto(`/en${DOSSIER}`);
    await expect(page.locator('table.dossier tbody tr')).toHaveCount(4);
    await page.goto('/reports/2025/');
    await expect(page.locator('tr[data-figure]')).toHaveCount(9);
    await expect(page.locator('svg[role="img"]')).toHaveCount(3);
  });
});

test('the sitemap lists the dossiers and reports with both languages', async ({ request }) => {
  const xml = await (await request.get('/sitemap-0.xml')).text();
  for (const path of [DOSSIER, '/reports/', '/reports/2025/']) {
    expect(xml).toContain(`/en${path}</loc>`);
    expect(xml).toMatch(new RegExp(`hreflang="zh-CN" href="[^"]*${path.replace(/\//g, '\\/')}"`));
  }
});
