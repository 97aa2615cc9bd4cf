/**
 * axe-core on every page template in both languages: zero violations (WCAG 2.1 A/AA rules),
 * and keyboard use: the skip link is the first stop and moves focus to the main content.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const TEMPLATES = [
  '/',
  '/enterprises/',
  '/enterprises/zhixin-tech/',
  '/enterprises/zhixin-tech/dossier/standards-subsidy-2026/',
  '/standards/',
  '/standards/gb-t-39204-2022/',
  '/standards/gb-t-7714-2005/',
  '/search/',
  '/reports/',
  '/reports/2025/',
  '/reports/2015/',
];
const PAGES = [...TEMPLATES, ...TEMPLATES.map((path) => `/en${path}`), '/404.html'];

for (const path of PAGES) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the first Tab reaches the skip link, which moves to the main content', async ({ page }) => {
  await page.goto('/en/standards/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
