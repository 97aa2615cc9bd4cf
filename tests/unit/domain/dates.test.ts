import { describe, expect, it } from 'vitest';
import { checkStandardDates, checkTenure, todayInBeijing, type StandardDates } from '../../../site/lib/domain/dates.ts';

const en = (doc: StandardDates) => checkStandardDates(doc).map((i) => i.message.en);

describe('checkStandardDates', () => {
  it.each<readonly [string, StandardDates]>([
    ['empty', {}],
    ['drafting, no dates', { stage: 'preparatory' }],
    ['published with both dates', { stage: 'published', publishedOn: '2022-10-12', effectiveOn: '2023-05-01' }],
    ['effective on the publication day', { stage: 'published', publishedOn: '2022-10-12', effectiveOn: '2022-10-12' }],
    ['review with publication date', { stage: 'review', publishedOn: '2015-01-01' }],
    ['withdrawn with all dates in order', { stage: 'withdrawn', publishedOn: '2005-03-23', effectiveOn: '2005-10-01', withdrawnOn: '2015-12-01' }],
    ['withdrawn on the effective day', { stage: 'withdrawn', publishedOn: '2005-03-23', effectiveOn: '2005-10-01', withdrawnOn: '2005-10-01' }],
    ['published, withdrawal scheduled', { stage: 'published', publishedOn: '2005-03-23', withdrawnOn: '2030-01-01' }],
    ['no stage, dates in order', { publishedOn: '2020-01-01', effectiveOn: '2020-07-01' }],
    ['null dates', { stage: 'committee', publishedOn: null, effectiveOn: null, withdrawnOn: null }],
    ['unknown stage is ignored', { stage: 'draft', publishedOn: '2020-01-01' }],
    ['approval with an effective date only', { stage: 'approval', effectiveOn: '2027-01-01' }],
  ])('%s → no issue', (_name, doc) => {
    expect(checkStandardDates(doc)).toEqual([]);
  });

  it('effectiveOn before publishedOn (exact message)', () => {
    expect(checkStandardDates({ stage: 'published', publishedOn: '2022-10-12', effectiveOn: '2022-05-01' })).toEqual([
      {
        level: 'error',
        field: 'effectiveOn',
        message: {
          zh: '实施日期 2022-05-01 早于发布日期 2022-10-12。请核对标准封面上的发布与实施日期。',
          en: "effectiveOn 2022-05-01 is before publishedOn 2022-10-12. Check both dates on the standard's cover page.",
        },
      },
    ]);
  });

  it('withdrawnOn before effectiveOn (exact message)', () => {
    expect(checkStandardDates({ stage: 'withdrawn', publishedOn: '2005-03-23', effectiveOn: '2005-10-01', withdrawnOn: '2005-09-30' })).toEqual([
      {
        level: 'error',
        field: 'withdrawnOn',
        message: {
          zh: '废止日期 2005-09-30 早于 2005-10-01。请核对废止公告的日期。',
          en: 'withdrawnOn 2005-09-30 is before 2005-10-01. Check the date of the withdrawal notice.',
        },
      },
    ]);
  });

  it('withdrawnOn is compared with publishedOn when there is no effectiveOn', () => {
    expect(en({ stage: 'withdrawn', publishedOn: '2005-03-23', withdrawnOn: '2005-01-01' })).toEqual([
      'withdrawnOn 2005-01-01 is before 2005-03-23. Check the date of the withdrawal notice.',
    ]);
  });

  it.each(['preliminary', 'proposal', 'preparatory', 'committee', 'enquiry', 'approval'] as const)('stage %s with publishedOn → error', (stage) => {
    const codes = { preliminary: '00', proposal: '10', preparatory: '20', committee: '30', enquiry: '40', approval: '50' };
    expect(en({ stage, publishedOn: '2024-01-01' })).toEqual([
      `Stage "${stage}" (${codes[stage]}) is before publication but publishedOn is set. Set the stage to "published" (60) or clear publishedOn.`,
    ]);
  });

  it('stage committee with publishedOn: exact Chinese message', () => {
    expect(checkStandardDates({ stage: 'committee', publishedOn: '2024-01-01' })[0]?.message.zh).toBe(
      '阶段为“征求意见”（30），但填写了发布日期。已发布的标准请把阶段改为“发布”（60），否则删除发布日期。',
    );
  });

  it.each([
    ['published', '60'],
    ['review', '90'],
  ] as const)('stage %s without publishedOn → error', (stage, code) => {
    expect(en({ stage, effectiveOn: '2024-01-01' })).toEqual([`Stage "${stage}" (${code}) needs publishedOn. Add the publication date.`]);
  });

  it('stage withdrawn without any date → two errors, in order', () => {
    expect(checkStandardDates({ stage: 'withdrawn' })).toEqual([
      {
        level: 'error',
        field: 'stage',
        message: {
          zh: '阶段为“废止”（95），需要发布日期。请填写标准的发布日期。',
          en: 'Stage "withdrawn" (95) needs publishedOn. Add the publication date.',
        },
      },
      {
        level: 'error',
        field: 'stage',
        message: {
          zh: '阶段为“废止”（95），需要废止日期。请填写废止公告的日期。',
          en: 'Stage "withdrawn" (95) needs withdrawnOn. Add the date of the withdrawal notice.',
        },
      },
    ]);
  });

  it('several rules at once', () => {
    expect(en({ stage: 'withdrawn', publishedOn: '2020-06-01', effectiveOn: '2020-01-01' })).toEqual([
      "effectiveOn 2020-01-01 is before publishedOn 2020-06-01. Check both dates on the standard's cover page.",
      'Stage "withdrawn" (95) needs withdrawnOn. Add the date of the withdrawal notice.',
    ]);
    expect(en({ stage: 'approval', publishedOn: '2020-06-01', effectiveOn: '2020-01-01', withdrawnOn: '2019-01-01' })).toEqual([
      "effectiveOn 2020-01-01 is before publishedOn 2020-06-01. Check both dates on the standard's cover page.",
      'withdrawnOn 2019-01-01 is before 2020-01-01. Check the date of the withdrawal notice.',
      'Stage "approval" (50) is before publication but publishedOn is set. Set the stage to "published" (60) or clear publishedOn.',
    ]);
  });

  // Not asserted (bug, see report): the stage guard is `stage in STAGES`, which is also true for
  // inherited names must not count as stages.
  it('ignores names inherited from Object.prototype', () => {
    expect(checkStandardDates({ stage: 'toString', publishedOn: '2020-01-01' })).toEqual([]);
  });
});

describe('checkTenure', () => {
  it.each([
    ['2020-01-01', '2023-12-31'],
    ['2020-01-01', '2020-01-01'],
    ['2020-01-01', undefined],
    ['2020-01-01', null],
    [undefined, '2020-01-01'],
    [null, null],
  ])('since %s until %s → no issue', (since, until) => {
    expect(checkTenure(since, until)).toEqual([]);
  });

  it('until before since (exact message)', () => {
    expect(checkTenure('2020-01-01', '2019-12-31')).toEqual([
      {
        level: 'error',
        field: 'until',
        message: {
          zh: '任职结束日期 2019-12-31 早于开始日期 2020-01-01。请核对任命文件。',
          en: 'until 2019-12-31 is before since 2020-01-01. Check the appointment letter.',
        },
      },
    ]);
  });
});

describe('todayInBeijing', () => {
  it.each([
    ['2026-11-28T17:00:00Z', '2026-11-29'],
    ['2026-11-28T16:00:00Z', '2026-11-29'],
    ['2026-11-28T15:59:59.999Z', '2026-11-28'],
    ['2026-11-28T15:59:00Z', '2026-11-28'],
    ['2026-11-28T00:00:00Z', '2026-11-28'],
    ['2026-12-31T16:00:00Z', '2027-01-01'],
    ['2028-02-28T16:30:00Z', '2028-02-29'],
    ['2026-11-29T01:00:00+08:00', '2026-11-29'],
  ])('at %s → %s', (instant, day) => {
    expect(todayInBeijing(new Date(instant))).toBe(day);
  });

  it('defaults to now and is a YYYY-MM-DD date', () => {
    const before = todayInBeijing(new Date());
    const today = todayInBeijing();
    const after = todayInBeijing(new Date());
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([before, after]).toContain(today);
  });
});
