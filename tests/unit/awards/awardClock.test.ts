import { describe, expect, it } from 'vitest';
import { addYears, awardClock, nextOpenSession, sessionOfYear, sessionYear, type AwardRules } from '../../../site/lib/domain/awardClock.ts';
import { clockSentences, ruleSentences } from '../../../site/lib/view/awardClockText.ts';

/** 北京市人民政府质量管理奖: biennial since 2007, winners wait 2 sessions, revocation within 3 years. */
const BEIJING: AwardRules = { cycleYears: 2, firstYear: 2007, reapplyAfterSessions: 2, revocationYears: 3 };
/** 中国质量奖 in the dataset: biennial since 2013, no waiting or revocation rule recorded. */
const CHINA: AwardRules = { cycleYears: 2, firstYear: 2013, reapplyAfterSessions: null, revocationYears: null };
/** 中关村质量奖 in the dataset: every year since 2016, winners wait 2 sessions. */
const ZHONGGUANCUN: AwardRules = { cycleYears: 1, firstYear: 2016, reapplyAfterSessions: 2 };
const TODAY = '2026-11-28';

describe('sessions and years', () => {
  it('session n is held in firstYear + (n − 1) · cycleYears', () => {
    expect(sessionYear(BEIJING, 1)).toBe(2007);
    expect(sessionYear(BEIJING, 8)).toBe(2021);
    expect(sessionYear(CHINA, 7)).toBe(2025);
    expect(sessionYear(ZHONGGUANCUN, 3)).toBe(2018);
    expect(sessionYear(BEIJING, 0)).toBeUndefined();
    expect(sessionYear({ cycleYears: null, firstYear: 2007 }, 3)).toBeUndefined();
  });

  it('a year maps back to its session only when a session is held in it', () => {
    expect(sessionOfYear(BEIJING, 2021)).toBe(8);
    expect(sessionOfYear(BEIJING, 2022)).toBeUndefined();
    expect(sessionOfYear(BEIJING, 2005)).toBeUndefined();
    expect(sessionOfYear(ZHONGGUANCUN, 2026)).toBe(11);
  });

  it('the next open session is this year or later, after the latest year with results', () => {
    expect(nextOpenSession(BEIJING, TODAY, 2025)).toEqual({ session: 11, year: 2027 });
    // Early in a session year, that session is still open.
    expect(nextOpenSession(BEIJING, '2027-02-01', 2025)).toEqual({ session: 11, year: 2027 });
    // The annual Zhongguancun award published its 2026 list: next is 2027.
    expect(nextOpenSession(ZHONGGUANCUN, TODAY, 2026)).toEqual({ session: 12, year: 2027 });
    expect(nextOpenSession(ZHONGGUANCUN, TODAY)).toEqual({ session: 11, year: 2026 });
    expect(nextOpenSession({ firstYear: 2007 }, TODAY)).toBeUndefined();
  });

  it('adds whole years, 29 February to 28 February in a common year', () => {
    expect(addYears('2021-12-20', 3)).toBe('2024-12-20');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});

describe('the Beijing award clock', () => {
  it('a winner of the 8th session (2021) waits two sessions and may apply from the 11th (2027)', () => {
    const clock = awardClock(
      BEIJING,
      [
        { year: 2019, session: 7, outcome: 'nominee', announcedOn: '2019-12-20' },
        { year: 2021, session: 8, outcome: 'winner', announcedOn: '2021-12-20' },
      ],
      TODAY,
      2025,
    );
    expect(clock).toEqual({
      apply: { session: 11, year: 2027, reason: 'wait', won: { session: 8, year: 2021 }, waitSessions: 2 },
      revocation: { wonYear: 2021, until: '2024-12-20', open: false, years: 3 },
    });
  });

  it('a winner of the 10th session (2025) may apply from the 13th (2031) and can be revoked until 2028', () => {
    const clock = awardClock(BEIJING, [{ year: 2025, session: 10, outcome: 'winner', announcedOn: '2025-12-18' }], TODAY, 2025);
    expect(clock).toEqual({
      apply: { session: 13, year: 2031, reason: 'wait', won: { session: 10, year: 2025 }, waitSessions: 2 },
      revocation: { wonYear: 2025, until: '2028-12-18', open: true, years: 3 },
    });
    expect(clockSentences(clock)).toEqual([
      {
        zh: '第 10 届（2025 年）获奖，须间隔 2 届，可于第 13 届（2031 年）再次申报。',
        en: 'Won in the 10th session (2025); winners wait 2 sessions, so it may apply again from the 13th session (2031).',
      },
      { zh: '获奖后 3 年内可被撤销：至 2028-12-18 前仍可能撤销。', en: 'A win can be revoked within 3 years: this one until 2028-12-18.' },
    ]);
  });

  it('without announcedOn the revocation clock runs from the end of the win year', () => {
    const clock = awardClock(BEIJING, [{ year: 2023, outcome: 'winner' }], TODAY, 2025);
    expect(clock.revocation).toEqual({ wonYear: 2023, until: '2026-12-31', open: true, years: 3 });
    // The session is derived from the year: 2023 is the 9th, so the wait ends after the 11th.
    expect(clock.apply).toEqual({ session: 12, year: 2029, reason: 'wait', won: { session: 9, year: 2023 }, waitSessions: 2 });
  });

  it('an enterprise without a win may apply for the next session; nothing to revoke', () => {
    const clock = awardClock(BEIJING, [{ year: 2025, session: 10, outcome: 'shortlisted' }], TODAY, 2025);
    expect(clock).toEqual({ apply: { session: 11, year: 2027, reason: 'open', waitSessions: 2 } });
    expect(clockSentences(clock)).toEqual([{ zh: '可申报下一届：第 11 届（2027 年）。', en: 'May apply for the next session: the 11th session (2027).' }]);
  });

  it('the ended revocation period is said so', () => {
    const clock = awardClock(BEIJING, [{ year: 2021, session: 8, outcome: 'winner', announcedOn: '2021-12-20' }], TODAY, 2025);
    expect(clockSentences(clock)[1]).toEqual({
      zh: '撤销期（获奖后 3 年）已于 2024-12-20 届满。',
      en: 'The revocation period (3 years after the win) ended on 2024-12-20.',
    });
  });

  it('the last day of the revocation period still counts as open', () => {
    const clock = awardClock(BEIJING, [{ year: 2023, session: 9, outcome: 'winner', announcedOn: '2023-11-28' }], TODAY, 2025);
    expect(clock.revocation?.open).toBe(true);
    expect(awardClock(BEIJING, [{ year: 2023, session: 9, outcome: 'winner', announcedOn: '2023-11-27' }], TODAY, 2025).revocation?.open).toBe(false);
  });
});

describe('awards with fewer rules', () => {
  it('China: no waiting rule, so a 2025 winner may apply for the next session; no revocation clock', () => {
    const clock = awardClock(CHINA, [{ year: 2025, session: 7, outcome: 'winner', announcedOn: '2025-11-26' }], TODAY, 2025);
    expect(clock).toEqual({ apply: { session: 8, year: 2027, reason: 'open', won: { session: 7, year: 2025 }, waitSessions: 0 } });
  });

  it('an award without a schedule has no apply clock', () => {
    expect(awardClock({ revocationYears: 3 }, [{ year: 2025, outcome: 'winner' }], TODAY)).toEqual({
      revocation: { wonYear: 2025, until: '2028-12-31', open: true, years: 3 },
    });
  });
});

describe('rules in words', () => {
  it('the Beijing rules', () => {
    expect(ruleSentences(BEIJING, { session: 11, year: 2027 })).toEqual([
      { zh: '每 2 年评选一届，第 1 届于 2007 年举办。', en: 'Held every 2 years; the 1st session was in 2007.' },
      { zh: '获奖组织须间隔 2 届方可再次申报。', en: 'A winner may apply again only after 2 sessions.' },
      {
        zh: '获奖后 3 年内发生重大质量、安全或环境事故的，撤销其奖项。',
        en: 'A win is revoked after a major quality, safety or environmental accident within 3 years.',
      },
      { zh: '下一届：第 11 届（2027 年）。', en: 'Next session: the 11th session (2027).' },
    ]);
  });

  it('an annual award', () => {
    expect(ruleSentences({ cycleYears: 1, firstYear: 2016 })).toEqual([
      { zh: '每年评选一届，第 1 届于 2016 年举办。', en: 'Held every year; the 1st session was in 2016.' },
    ]);
  });
});
