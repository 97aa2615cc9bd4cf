/**
 * /data/ and its files: every list downloadable as JSON and CSV, the CSV with a BOM, row counts
 * equal to the page's, headers equal to the JSON keys, and the field tables on the page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const LISTS = ['enterprises', 'standards', 'committees', 'participations', 'committee-roles', 'awards', 'nominations', 'programs'];

/** Records in RFC 4180 CSV text: CRLF outside quotes ends a record. */
function csvRecords(text: string): number {
  let quoted = false;
  let records = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\r' && text[i + 1] === '\n') records++;
  }
  return records;
}

for (const path of ['/data/', '/en/data/']) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    // axe walks every node; on a loaded 2-core machine a long page takes more than the default 30 s.
    test.setTimeout(120_000);
    expect((await page.goto(path))?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the page lists every list with its count, both files, a field table and the licence', async ({ page }) => {
  await page.goto('/en/data/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
  await expect(page.locator('tr[data-list]')).toHaveCount(LISTS.length);
  expect(await page.locator('tr[data-list]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-list')))).toEqual(LISTS);
  await expect(page.getByRole('link', { name: 'CC BY 4.0 licence text' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
  await expect(page.locator('.licence')).toContainText('demonstration data');
  const tierRow = page.getByRole('table', { name: 'Fields: Enterprises' }).getByRole('row').filter({ hasText: 'service_tier' });
  await expect(tierRow).toContainText('excellence Excellence');
  expect(await page.locator('script').count()).toBe(0);
});

test('every file downloads: JSON parses, CSV has a BOM, both match the count on the page', async ({ page, request }) => {
  await page.goto('/data/');
  for (const name of LISTS) {
    const count = Number(await page.locator(`tr[data-list="${name}"] [data-count]`).textContent());
    expect(count, name).toBeGreaterThan(0);

    const json = await request.get(`/data/${name}.json`);
    expect(json.status(), name).toBe(200);
    const rows = (await json.json()) as Record<string, unknown>[];
    expect(rows.length, name).toBe(count);

    const csv = await request.get(`/data/${name}.csv`);
    expect(csv.status(), name).toBe(200);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(csvRecords(text), name).toBe(count + 1);
    expect(text.slice(0, text.indexOf('\r\n')).split(','), name).toEqual(Object.keys(rows[0] ?? {}));
  }
});

test('the files hold no internal fields and link to pages that exist', async ({ request }) => {
  for (const name of LISTS) {
    const text = await (await request.get(`/data/${name}.json`)).text();
    expect(text, name).not.toContain('internalNotes');
    expect(text, name).not.toContain('"entered"');
  }
  const [first] = (await (await request.get('/data/nominations.json')).json()) as Array<Record<string, string>>;
  for (const key of ['enterprise_url', 'award_year_url']) {
    const url = new URL(first?.[key] ?? '');
    expect((await request.get(url.pathname)).status(), key).toBe(200);
  }
});

test('the download links point at the files', async ({ page }) => {
  await page.goto('/en/data/');
  const link = page.locator('tr[data-list="standards"]').getByRole('link', { name: 'standards.csv' });
  await expect(link).toHaveAttribute('href', '/data/standards.csv');
  await expect(link).toHaveAttribute('download', 'standards.csv');
});
