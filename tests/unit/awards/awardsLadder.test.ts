import { beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise, Register } from '../../../site/lib/data/register.ts';
import { awardLadder } from '../../../site/lib/view/awardsLadder.ts';
import { cycleLabel, outcomeSummary } from '../../../site/lib/view/awardsText.ts';
import { fill } from '../../../site/lib/i18n/strings/awards.ts';
import { loadDatasetRegister, TODAY } from './register.ts';

let register: Register;
beforeAll(async () => {
  register = await loadDatasetRegister();
});

function enterprise(slug: string): Enterprise {
  const found = register.enterprises.find((e) => e.slug === slug);
  if (!found) throw new Error(`No enterprise "${slug}" in content/dataset.ndjson`);
  return found;
}

describe('the award ladder of an enterprise', () => {
  it('智芯微联 climbs district 2018 → municipal 2019, 2021 → national 2023, 2025', () => {
    const rungs = awardLadder(enterprise('zhixin-tech').nominations, TODAY);
    expect(rungs.map((r) => [r.award.slug, r.nominations.map((n) => `${n.year} ${n.session} ${n.outcome}`)])).toEqual([
      ['zhongguancun-quality-award', ['2018 3 winner']],
      ['beijing-quality-management-award', ['2019 7 nominee', '2021 8 winner']],
      ['china-quality-award', ['2023 6 nominee', '2025 7 winner']],
    ]);
    expect(rungs.map((r) => r.clock)).toEqual([
      // Annual award whose 2026 list is out: the wait after 2018 is long over.
      { apply: { session: 12, year: 2027, reason: 'open', won: { session: 3, year: 2018 }, waitSessions: 2 } },
      {
        apply: { session: 11, year: 2027, reason: 'wait', won: { session: 8, year: 2021 }, waitSessions: 2 },
        revocation: { wonYear: 2021, until: '2024-12-20', open: false, years: 3 },
      },
      { apply: { session: 8, year: 2027, reason: 'open', won: { session: 7, year: 2025 }, waitSessions: 0 } },
    ]);
  });

  it('with every award given, rungs without a record appear too, bottom rung first', () => {
    const rungs = awardLadder(enterprise('shuimu-photonics').nominations, TODAY, register.awards);
    expect(rungs.map((r) => [r.award.level, r.nominations.map((n) => `${n.year} ${n.outcome}`)])).toEqual([
      ['district', ['2022 winner']],
      ['municipal', ['2025 winner']],
      ['national', []],
    ]);
    // Beijing winner of the 10th session (2025): waits two sessions, revocable until 2028.
    expect(rungs[1]?.clock.apply).toEqual({ session: 13, year: 2031, reason: 'wait', won: { session: 10, year: 2025 }, waitSessions: 2 });
    expect(rungs[1]?.clock.revocation?.open).toBe(true);
    expect(rungs[2]?.clock).toEqual({ apply: { session: 8, year: 2027, reason: 'open', waitSessions: 0 } });
  });

  it('an enterprise without nominations has no rungs unless the awards are given', () => {
    const none = register.enterprises.find((e) => e.nominations.length === 0);
    expect(none).toBeDefined();
    expect(awardLadder(none?.nominations ?? [], TODAY)).toEqual([]);
    expect(awardLadder(none?.nominations ?? [], TODAY, register.awards)).toHaveLength(3);
  });
});

describe('award wording', () => {
  it('cycle and outcome counts', () => {
    expect(cycleLabel(1, 'zh')).toBe('每年一届');
    expect(cycleLabel(2, 'en')).toBe('Every 2 years');
    const counts = { winner: 1, nominee: 0, shortlisted: 2, recommended: 1, total: 4 };
    expect(outcomeSummary(counts, 'zh')).toBe('获奖 1 · 入围 2 · 推荐 1');
    expect(outcomeSummary(counts, 'en')).toBe('Winner 1 · Shortlisted 2 · Recommended 1');
  });

  it('fill leaves unknown placeholders visible', () => {
    expect(fill('显示 {shown} / {total} 家企业', { shown: 1, total: 3 })).toBe('显示 1 / 3 家企业');
    expect(fill('{a} {b}', { a: 'x' })).toBe('x {b}');
  });
});
