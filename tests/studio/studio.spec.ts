/**
 * What staff see in the built Studio, with the Content Lake answered from the embedded dataset
 * (contentLakeRoutes.ts): the desk by jobs, the "to verify" lists, an enterprise form with its
 * Chinese fields and English terms, a validation message on a bad USCC, the verification badge
 * and action, and Vision only for the right role. Read-only (the listener cannot stream through a
 * route): editing is tested in editable.spec.ts against the stand-in; see studio/README.md.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checkUscc } from '../../site/lib/domain/uscc.ts';
import { RELATION_TYPES, DOCUMENT_LABELS } from '../../site/lib/domain/model.ts';
import { routeContentLake, STAFF_USER, type LakeDocument } from './contentLakeRoutes.ts';

const DATASET = readFileSync('content/dataset.ndjson', 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as LakeDocument);

/** A USCC of Haidian with a wrong check character (the right one is `H`). */
const BAD_USCC = '91110108MA04Y3A4BX';
/** An enterprise with BAD_USCC, added to the served dataset. */
const BAD_ENTERPRISE: LakeDocument = {
  ...(DATASET.find((doc) => doc._id === 'enterprise-anxin-security') as LakeDocument),
  _id: 'enterprise-typo',
  slug: { _type: 'slug', current: 'typo' },
  uscc: BAD_USCC,
};

/** Published relation records not verified: what a "to verify" list must hold. */
function unverifiedCount(type: string): number {
  return DATASET.filter(
    (doc) => doc._type === type && !doc._id.startsWith('drafts.') && (doc['verification'] as { status?: string } | undefined)?.status !== 'verified',
  ).length;
}

/** A desk pane's list of documents, by the title Sanity gives it as its accessible name. */
const documentList = (page: Page, title: string) => page.getByRole('listbox', { name: title });

test.describe('the staff desk', () => {
  test('lists the staff’s jobs in Chinese, with Vision for an administrator', async ({ page }) => {
    await routeContentLake(page, DATASET);
    await page.goto('/structure');
    const root = page.getByTestId('structure-tool-list-pane').first();
    for (const title of ['企业', '标准', '技术委员会', '待核验', '标准参与', '技术组织任职', '奖项推荐与结果', '质量奖与推荐', '支持政策与服务', '网站设置']) {
      await expect(root.getByRole('link', { name: title, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: 'Vision' })).toBeVisible();
    // The Studio's own tools are in the top bar; the paid-plan Releases tool is not.
    await expect(page.getByRole('link', { name: '批量录入' })).toBeVisible();
    await expect(page.locator('a[href$="/releases"]')).toHaveCount(0);
  });

  for (const type of RELATION_TYPES) {
    test(`“待核验” lists every ${type} still entered`, async ({ page }) => {
      await routeContentLake(page, DATASET);
      await page.goto(`/structure/to-verify;${type}`);
      const expected = unverifiedCount(type);
      expect(expected).toBeGreaterThan(0);
      const list = documentList(page, `待核验的${DOCUMENT_LABELS[type].zh}`);
      await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(expected));
      await expect(list.getByRole('option')).toHaveCount(expected);
    });
  }

  test('enterprises by service tier', async ({ page }) => {
    await routeContentLake(page, DATASET);
    await page.goto('/structure/enterprises;tier-excellence');
    const expected = DATASET.filter((doc) => doc._type === 'enterprise' && !doc._id.startsWith('drafts.') && doc['serviceTier'] === 'excellence').length;
    await expect(documentList(page, '培优型企业').getByRole('option').first()).toHaveAttribute('aria-setsize', String(expected));
  });

  test('an award’s years, newest first, with the nominations of a year', async ({ page }) => {
    await routeContentLake(page, DATASET);
    await page.goto('/structure/awards;award-china-quality-award;year-2023');
    const pane = page.getByTestId('structure-tool-list-pane').filter({ hasText: '奖项信息' });
    await expect(pane.getByRole('link', { name: /^\d{4} 年$/ }).first()).toBeVisible();
    const years = await pane.getByRole('link', { name: /^\d{4} 年$/ }).allTextContents();
    expect(years.slice(-3)).toEqual(['2025 年', '2023 年', '2021 年']);
    const expected = DATASET.filter(
      (doc) =>
        doc._type === 'nomination' &&
        !doc._id.startsWith('drafts.') &&
        doc['year'] === 2023 &&
        (doc['award'] as { _ref: string })._ref === 'award-china-quality-award',
    ).length;
    await expect(documentList(page, '2023 年推荐与结果').getByRole('option').first()).toHaveAttribute('aria-setsize', String(expected));
  });
});

test.describe('forms', () => {
  test('an enterprise form: Chinese field titles, English terms in the descriptions', async ({ page }) => {
    await routeContentLake(page, DATASET);
    await page.goto('/structure/enterprises;all;enterprise-anxin-security');
    // The document pane waits for the listener's welcome, which this read-only route re-sends every few seconds.
    await expect(page.getByRole('heading', { name: '北京安信网盾科技有限公司' })).toBeVisible({ timeout: 45_000 });
    for (const [title, term] of [
      ['企业名称', '（Name）'],
      ['企业简称', '（Short name）'],
      ['网址标识', '（Slug）'],
      ['统一社会信用代码', '（USCC）'],
      ['服务分类', '（Service tier）'],
      ['所属行业门类', '（Industry section）'],
      ['内部备注', '（Internal notes）'],
    ] as const) {
      await expect(page.getByText(title, { exact: true }).first()).toBeAttached();
      await expect(page.getByText(term).first()).toBeAttached();
    }
    await expect(page.locator('input[value="91110108MA04Y3A4BH"]')).toBeAttached();
  });

  test('a bad USCC: the shared rule’s message', async ({ page }) => {
    await routeContentLake(page, [...DATASET, BAD_ENTERPRISE]);
    await page.goto('/structure/enterprises;all;enterprise-typo');
    const message = checkUscc(BAD_USCC)[0]?.message.zh ?? '';
    expect(message).toContain('校验位错误');
    // The footer's validation button opens the list of problems.
    await page
      .getByRole('button', { name: /验证|validation/i })
      .last()
      .click();
    await expect(page.getByText(message)).toBeVisible();
  });

  test('a record to verify: the 已录入 badge and 核验并发布 as the main action', async ({ page }) => {
    await routeContentLake(page, DATASET);
    const id = DATASET.find((doc) => doc._type === 'participation' && (doc['verification'] as { status?: string }).status === 'entered')?._id ?? '';
    await page.goto(`/structure/to-verify;participation;${id}`);
    await expect(page.getByRole('button', { name: '核验并发布' })).toBeVisible();
    // The badge appears once the document's edit state has loaded.
    await expect(page.getByText('已录入', { exact: true })).toBeVisible({ timeout: 45_000 });
  });

  test('a verified record: the 已核验 badge and no Verify action', async ({ page }) => {
    await routeContentLake(page, DATASET);
    const id = DATASET.find((doc) => doc._type === 'participation' && (doc['verification'] as { status?: string }).status === 'verified')?._id ?? '';
    await page.goto(`/structure/participation;${id}`);
    await expect(page.getByText('已核验', { exact: true })).toBeVisible({ timeout: 45_000 });
    await expect(page.getByRole('button', { name: '核验通过' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '核验并发布' })).toHaveCount(0);
  });
});

test('an editor does not see Vision', async ({ page }) => {
  await routeContentLake(page, DATASET, { ...STAFF_USER, roles: ['editor'] });
  await page.goto('/structure');
  await expect(page.getByRole('link', { name: '企业', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Vision' })).toHaveCount(0);
});
