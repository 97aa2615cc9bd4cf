/**
 * The staff workflow in the unmodified built Studio against the editable Content Lake stand-in
 * (tests/standin/: HTTPS + HTTP/2, streaming listener, actions API): a colleague verifies and
 * publishes in one click, the enterer's own Verify is refused, a new participation from an
 * enterprise, bulk intake, and publish → the publisher rebuilds the site. Every request the
 * stand-in cannot answer fails the run (the last test), so a Studio upgrade that calls a new
 * endpoint is noticed at once.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createLiveBuilder, liveBuildStep } from '../../scripts/lib/publisher/liveBuilder.ts';
import { createPublisher, type Publisher } from '../../scripts/lib/publisher/publisher.ts';
import { createPublisherServer } from '../../scripts/lib/publisher/server.ts';
import { usccCheckCharacter } from '../../site/lib/domain/uscc.ts';
import { startContentLakeStandin, type ContentLakeStandin, type StandinDocument } from '../standin/contentLake.ts';
import type { ChangedDocument, StandinUser } from '../standin/studioApi.ts';
import { groqWebhook } from '../standin/webhook.ts';
import { STUDIO_PORTS } from './ports.ts';

test.describe.configure({ mode: 'serial' });

const DATASET = readFileSync('content/dataset.ndjson', 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as StandinDocument);

/** The seed's enterer of the pending participations, and a colleague. */
const ZHANG: StandinUser = { id: 'pZhang', name: '张航（标准化科）', email: 'zhanghang@example.gov.cn', role: 'editor' };
const LI: StandinUser = { id: 'pLi', name: '李敏（标准化科）', email: 'limin@example.gov.cn', role: 'editor' };

type Relation = StandinDocument & { entered?: { by?: string }; verification?: { status?: string } };
const pending = DATASET.filter(
  (doc): doc is Relation =>
    doc._type === 'participation' &&
    !doc._id.includes('.') &&
    (doc as Relation).verification?.status === 'entered' &&
    (doc as Relation).entered?.by === ZHANG.name,
);

/** A sister company of 北京安信网盾科技有限公司: the near-duplicate that makes an intake name ambiguous. */
const ANXIN_INFO: StandinDocument = {
  _id: 'enterprise-anxin-info',
  _type: 'enterprise',
  name: { _type: 'localeString', zh: '北京安信网盾信息技术有限公司' },
  slug: { _type: 'slug', current: 'anxin-info' },
  uscc: `91110108MA04Y3A4C${usccCheckCharacter('91110108MA04Y3A4C')}`,
};

const CERT = resolve('tests/fixtures/standin/standin-cert.pem');
let lake: ContentLakeStandin;
/** Commits go to the webhook once the publish test has set it up. */
let onCommit: ((changed: readonly ChangedDocument[]) => void) | undefined;

test.beforeAll(async () => {
  lake = await startContentLakeStandin({
    projectId: 'demo0000',
    port: STUDIO_PORTS.lake,
    secure: { key: readFileSync('tests/fixtures/standin/standin-key.pem'), cert: readFileSync(CERT) },
    users: [LI, ZHANG],
    onCommit: (changed) => onCommit?.(changed),
  });
  lake.load([...DATASET, ANXIN_INFO]);
});

test.afterAll(async () => {
  await lake.close();
});

/** A browser context signed in as `user` (the stand-in reads the token the Studio sends). */
async function signIn(context: BrowserContext, user: StandinUser): Promise<void> {
  await context.addInitScript(
    ([projectId, token]) => {
      window.localStorage.setItem(`__studio_auth_token_${projectId}`, JSON.stringify({ token, time: new Date().toISOString() }));
    },
    ['demo0000', `standin-${user.id}`] as const,
  );
}

const stored = (id: string) => lake.documents().find((doc) => doc._id === id) as Relation | undefined;

/** The document footer's main action button once the document has loaded. */
async function openRecord(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('document-panel-scroller')).toBeVisible({ timeout: 45_000 });
}

test('a colleague opens a 已录入 participation and clicks 核验并发布: verified by them, published', async ({ page, context }) => {
  const record = pending[0]!;
  await signIn(context, LI);
  await openRecord(page, `/structure/to-verify;participation;${record._id}`);
  const button = page.getByRole('button', { name: '核验并发布' });
  await expect(button).toBeEnabled({ timeout: 45_000 });
  await button.click();
  await expect.poll(() => stored(record._id)?.verification, { timeout: 30_000 }).toMatchObject({ status: 'verified', by: LI.name, byId: LI.id });
  await expect.poll(() => stored(`drafts.${record._id}`), { timeout: 30_000 }).toBeUndefined();
  expect(stored(record._id)?.entered).toEqual(record.entered);
  await expect(page.getByText('已核验', { exact: true })).toBeVisible();
});

test('the enterer’s own Verify is refused with the reason, and nothing is written', async ({ page, context }) => {
  const record = pending[1]!;
  await signIn(context, ZHANG);
  const before = lake.studio?.actions.length ?? 0;
  await openRecord(page, `/structure/to-verify;participation;${record._id}`);
  const button = page.getByRole('button', { name: '核验并发布' });
  await expect(button).toBeEnabled({ timeout: 45_000 });
  await button.click();
  await expect(page.getByText(`这条记录由您（${ZHANG.name}）录入，需由另一位同事核验（四眼原则）。`)).toBeVisible();
  await page.screenshot({ path: '.tmp/studio-screens/refused.png' });
  expect(lake.studio?.actions.length).toBe(before);
  expect(stored(record._id)?.verification?.status).toBe('entered');
  expect(stored(`drafts.${record._id}`)).toBeUndefined();
});

test('相关记录 of an enterprise: its records with counts, and a new participation with the enterprise filled in', async ({ page, context }) => {
  await signIn(context, LI);
  const enterprise = 'enterprise-anxin-security';
  const count = (type: string) =>
    DATASET.filter((doc) => doc._type === type && !doc._id.startsWith('drafts.') && (doc['enterprise'] as { _ref?: string } | undefined)?._ref === enterprise)
      .length;
  await openRecord(page, `/structure/enterprises;all;${enterprise}`);
  await page.getByRole('tab', { name: '相关记录' }).click();
  await expect(page.getByRole('heading', { name: `标准参与（${count('participation')}）` })).toBeVisible();
  await expect(page.getByRole('heading', { name: `技术组织任职（${count('committeeRole')}）` })).toBeVisible();
  await expect(page.getByRole('heading', { name: `奖项推荐与结果（${count('nomination')}）` })).toBeVisible();
  await page.screenshot({ path: '.tmp/studio-screens/records.png' });
  await page.getByRole('button', { name: '新建标准参与' }).first().click();
  // The new form has the enterprise; choosing a role creates the draft.
  await expect(page.getByText('北京安信网盾科技有限公司').last()).toBeVisible();
  await page.getByRole('radio', { name: '参与起草' }).check();
  await expect
    .poll(() => lake.documents().find((doc) => doc._id.startsWith('drafts.') && doc._type === 'participation' && doc['role'] === 'drafter'), {
      timeout: 30_000,
    })
    .toMatchObject({ enterprise: { _ref: enterprise }, entered: { by: LI.name, byId: LI.id }, verification: { status: 'entered' } });
});

test('bulk intake: a 10-name award list with one ambiguity and one miss, one transaction of 已录入 records', async ({ page, context }) => {
  await signIn(context, ZHANG);
  await page.goto('/intake');
  await expect(page.getByRole('heading', { name: '批量录入公示名单或起草单位' })).toBeVisible({ timeout: 45_000 });
  await page.getByLabel('奖项', { exact: true }).selectOption('award-beijing-quality-management-award');
  await page.getByLabel('年份', { exact: true }).fill('2026');
  await page.getByLabel('来源网址', { exact: true }).fill('https://scjgj.beijing.gov.cn/example/2026-recommended');
  await page.getByLabel('来源标题', { exact: true }).fill('2026 年北京市人民政府质量管理奖推荐名单（演示）');
  const list = [
    '1. 北京安信网盾科技有限公司',
    '2. 华信数智（北京）科技股份有限公司',
    '3. 瑞通通信',
    '4. 北京联创智算科技有限公司',
    '5. 北京墨知智能科技有限公司',
    '6. 北京天枢软件技术有限公司',
    '7. 北京智诚检测技术有限公司',
    '8. 北京市海创测控技术有限公司',
    '9. 安信网盾技术有限公司',
    '10. 北京东方红星食品有限公司',
  ];
  await page.getByLabel('名单', { exact: true }).fill(list.join('\n'));
  await page.getByRole('button', { name: '预览匹配结果' }).click();
  await expect(page.getByText('共 10 个名称：匹配 8，近似 0，多个候选 1，未找到 1。')).toBeVisible();
  const rows = page.getByRole('table', { name: '匹配结果' }).locator('tbody tr');
  await expect(rows).toHaveCount(10);
  await expect(rows.nth(8)).toHaveAttribute('data-kind', 'ambiguous');
  await expect(rows.nth(9)).toHaveAttribute('data-kind', 'miss');
  await page.screenshot({ path: '.tmp/studio-screens/intake.png', fullPage: true });
  await page.getByLabel('第 9 行的企业').selectOption('enterprise-anxin-info');
  await rows.nth(9).getByRole('checkbox').check();
  const transactions = lake.stats.transactions;
  await page.getByRole('button', { name: '创建 9 条记录' }).click();
  await expect(page.getByText('已新建 9 条“已录入”记录和 1 个新企业草稿，请另一位同事在“待核验”中核验。')).toBeVisible();
  expect(lake.stats.transactions).toBe(transactions + 1);
  const created = lake.documents().filter((doc) => doc._id.startsWith('nomination-beijing-quality-management-award-2026-'));
  expect(created.map((doc) => doc._id).sort()).toEqual(
    [
      'anxin-security',
      'huaxin-data',
      'ruitong-comms',
      'lianchuang-ai',
      'mozhi-ai',
      'tianshu-software',
      'zhicheng-testing',
      'haichuang-measurement',
      'anxin-info',
    ]
      .map((slug) => `nomination-beijing-quality-management-award-2026-${slug}`)
      .sort(),
  );
  for (const doc of created) {
    expect(doc).toMatchObject({
      outcome: 'recommended',
      year: 2026,
      entered: { by: ZHANG.name, byId: ZHANG.id },
      verification: { status: 'entered' },
      source: { url: 'https://scjgj.beijing.gov.cn/example/2026-recommended' },
    });
  }
  expect(
    lake
      .documents()
      .filter((doc) => doc._id.startsWith('drafts.enterprise-new-'))
      .map((doc) => (doc['name'] as { zh: string }).zh),
  ).toEqual(['北京东方红星食品有限公司']);
});

test('核验通过 without 发布: the record waits in 已核验未发布, not stranded', async ({ page, context }) => {
  const record = pending[3]!;
  await signIn(context, LI);
  await openRecord(page, `/structure/to-verify;participation;${record._id}`);
  await expect(page.getByRole('button', { name: '核验并发布' })).toBeEnabled({ timeout: 45_000 });
  await page.getByTestId('action-menu-button').click();
  await page.getByRole('menuitem', { name: '核验通过' }).click();
  await expect.poll(() => stored(`drafts.${record._id}`)?.verification, { timeout: 30_000 }).toMatchObject({ status: 'verified', by: LI.name });
  expect(stored(record._id)?.verification?.status).toBe('entered');
  await page.goto('/structure/to-verify;verified-unpublished');
  const list = page.getByRole('listbox', { name: '已核验未发布' });
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option').first()).toContainText(
    (DATASET.find((doc) => doc._id === (record['enterprise'] as { _ref: string })._ref)?.['name'] as { zh: string }).zh,
  );
});

test('publish → live: 核验并发布 fires the signed webhook, the publisher rebuilds, the page shows the record', async ({ page, context }) => {
  test.slow();
  const secret = 'e2e-webhook-secret';
  const record = pending[2]!;
  const root = mkdtempSync(join(tmpdir(), 'publisher-e2e-'));
  // As the service runs it: one live build process, built once before the edit; the publish is a rebuild in it,
  // which must fetch the Content Lake again (site/lib/data/generation.ts).
  const builder = createLiveBuilder({
    env: {
      CONTENT_SOURCE: 'sanity',
      SANITY_STUDIO_PROJECT_ID: 'demo0000',
      SANITY_STUDIO_DATASET: 'production',
      SANITY_API_HOST: lake.apiHost,
      NODE_EXTRA_CA_CERTS: CERT,
    },
    log: (line) => console.log(`live build: ${line}`),
  });
  expect((await builder.build(join(root, 'live'))).first).toBe(true);
  const publisher: Publisher = createPublisher({ root, debounceMs: 1000, mode: 'in-place', log: (line) => console.log(line), build: liveBuildStep(builder) });
  const server = createPublisherServer({ publisher, secret, allowOrigin: `http://127.0.0.1:${STUDIO_PORTS.studio}`, serve: true, log: () => {} });
  await new Promise<void>((done) => server.listen(STUDIO_PORTS.publisher, '127.0.0.1', done));
  const webhook = groqWebhook({ url: `http://127.0.0.1:${STUDIO_PORTS.publisher}/webhook`, secret });
  onCommit = webhook.onCommit;
  try {
    await signIn(context, LI);
    await openRecord(page, `/structure/to-verify;participation;${record._id}`);
    const webhookAt = Date.now();
    await page.getByRole('button', { name: '核验并发布' }).click();
    await expect.poll(() => webhook.fired.map((fired) => `${fired.id} ${fired.status}`), { timeout: 30_000 }).toContain(`${record._id} 202`);
    await expect.poll(() => publisher.status().last?.ok, { timeout: 200_000, intervals: [1000] }).toBe(true);
    console.log(`publisher: webhook → switched site in ${publisher.status().last?.sinceTriggerMs} ms (click at ${new Date(webhookAt).toISOString()})`);
    expect(publisher.status().last?.reason).toContain(record._id);
    const standard = DATASET.find((doc) => doc._id === (record['standard'] as { _ref: string })._ref);
    const enterprise = DATASET.find((doc) => doc._id === (record['enterprise'] as { _ref: string })._ref);
    const slug = (standard?.['_id'] as string).replace(/^standard-/, '');
    await page.goto(`http://127.0.0.1:${STUDIO_PORTS.publisher}/standards/${slug}/`);
    await expect(page.getByRole('link', { name: (enterprise?.['name'] as { zh: string }).zh }).first()).toBeVisible();
    // The Studio's 发布网站 shows the build.
    await page.goto('/publish-site');
    await expect(page.getByTestId('build-status')).toContainText('上次构建成功', { timeout: 45_000 });
    await page.screenshot({ path: '.tmp/studio-screens/publish.png' });
  } finally {
    onCommit = undefined;
    publisher.close();
    await builder.stop();
    await new Promise((done) => server.close(done));
  }
});

test('every request of the Studio was answered', () => {
  expect(lake.studio?.unanswered).toEqual([]);
});
