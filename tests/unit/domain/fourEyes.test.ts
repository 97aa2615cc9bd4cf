/** The four-eyes rule: a source is needed, and the person who entered a record may not verify it. */
import { describe, expect, it } from 'vitest';
import {
  enteredStamp,
  fourEyesSettingsFrom,
  hasSource,
  isEnterer,
  verifyPatch,
  verifyRefusal,
  type VerifiableRecord,
} from '../../../site/lib/domain/fourEyes.ts';
import { readFileSync } from 'node:fs';

const ZHANG = { id: 'pZhang', name: '张航（标准化科）', email: 'zhanghang@example.gov.cn' };
const LI = { id: 'pLi', name: '李敏（标准化科）' };
const URL_SOURCE = { url: 'https://www.samr.gov.cn/notice/2024-12', title: '公示', capturedOn: '2024-12-01' };
const RECORD: VerifiableRecord = { entered: { by: ZHANG.name, byId: ZHANG.id, on: '2026-11-21' }, source: URL_SOURCE, verification: { status: 'entered' } };

describe('hasSource', () => {
  it.each([
    [{ url: 'https://www.samr.gov.cn/x' }, true],
    [{ title: '关于公布 2024 年中关村质量奖名单的通知', capturedOn: '2024-12-01' }, true],
    [{ title: '关于公布 2024 年中关村质量奖名单的通知' }, false],
    [{ capturedOn: '2024-12-01' }, false],
    [{ url: 'javascript:alert(1)' }, false],
    [{ url: ' ', title: ' ', capturedOn: '2024-12-01' }, false],
  ])('%j → %s', (source, expected) => {
    expect(hasSource({ source })).toBe(expected);
  });
  it('is false without a source', () => {
    expect(hasSource({})).toBe(false);
    expect(hasSource({ source: null })).toBe(false);
  });
});

describe('verifyRefusal', () => {
  it('lets a colleague verify', () => {
    expect(verifyRefusal(RECORD, LI)).toBeNull();
  });

  it('refuses the enterer with a Chinese sentence naming them', () => {
    expect(verifyRefusal(RECORD, ZHANG)).toEqual({
      code: 'own-record',
      message: {
        zh: '这条记录由您（张航（标准化科））录入，需由另一位同事核验（四眼原则）。',
        en: 'You (张航（标准化科）) entered this record: another colleague must verify it (four-eyes rule).',
      },
    });
  });

  it('compares user ids when the record has one: a colleague with the same display name may verify', () => {
    expect(verifyRefusal(RECORD, { id: 'pOther', name: ZHANG.name })).toBeNull();
  });

  it('compares names for records entered without an id (the seed, the intake script)', () => {
    const seeded: VerifiableRecord = { ...RECORD, entered: { by: '张航（标准化科）', on: '2026-11-21' } };
    expect(verifyRefusal(seeded, ZHANG)?.code).toBe('own-record');
    expect(verifyRefusal({ ...RECORD, entered: { by: 'zhanghang@example.gov.cn' } }, ZHANG)?.code).toBe('own-record');
    expect(verifyRefusal(seeded, LI)).toBeNull();
  });

  it('a one-person office may allow it', () => {
    expect(verifyRefusal(RECORD, ZHANG, fourEyesSettingsFrom('1'))).toBeNull();
  });

  it('needs a source first, then a signed-in user', () => {
    expect(verifyRefusal({ ...RECORD, source: { title: '公示' } }, LI)?.message.zh).toBe('请先填写信息来源（来源网址，或来源标题和查阅日期），再核验。');
    expect(verifyRefusal(RECORD, null)?.code).toBe('not-signed-in');
    expect(verifyRefusal({ ...RECORD, verification: { status: 'verified' } }, LI)?.code).toBe('already-verified');
  });

  it('a record with no `entered` (older data) may be verified by anyone', () => {
    expect(isEnterer({ source: URL_SOURCE }, ZHANG)).toBe(false);
  });
});

describe('stamps', () => {
  it('entered and verified stamps keep both people', () => {
    expect(enteredStamp(ZHANG, '2026-12-01')).toEqual({ _type: 'entered', by: '张航（标准化科）', byId: 'pZhang', on: '2026-12-01' });
    expect(verifyPatch(LI, '2026-12-02')).toEqual([
      { set: { verification: { _type: 'verification', status: 'verified', by: '李敏（标准化科）', byId: 'pLi', on: '2026-12-02' } } },
    ]);
  });

  it('settings: only 1/true/yes allow self-verification', () => {
    expect(['1', 'true', 'YES', '0', '', undefined, 'no'].map((value) => fourEyesSettingsFrom(value).allowSelfVerification)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('the embedded dataset', () => {
  const records = readFileSync('content/dataset.ndjson', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { _type: string; entered?: { by?: string }; verification?: { status?: string; by?: string } } & VerifiableRecord)
    .filter((doc) => ['participation', 'committeeRole', 'nomination'].includes(doc._type));

  it('every relation record says who entered it; no verified record was verified by its enterer', () => {
    expect(records.filter((doc) => !doc.entered?.by)).toEqual([]);
    expect(records.filter((doc) => doc.verification?.status === 'verified' && doc.verification.by === doc.entered?.by)).toEqual([]);
  });

  it('records still to verify name no verifier', () => {
    expect(records.filter((doc) => doc.verification?.status !== 'verified' && doc.verification?.by !== undefined)).toEqual([]);
  });
});
