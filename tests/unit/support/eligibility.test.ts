/**
 * The support matcher on small records: each criterion, its words in both languages, the
 * amount, the deadline status. Dates are fixed (BUILD_DATE 2026-11-28).
 */
import { describe, expect, it } from 'vitest';
import {
  CLOSING_SOON_DAYS,
  daysBetween,
  describeEligibility,
  matchProgram,
  matchSupportPrograms,
  ordinal,
  programDeadline,
  programStatus,
  qualifyingEnterprises,
  yearsBefore,
  type ProgramInput,
} from '../../../site/lib/domain/eligibility.ts';

const TODAY = '2026-11-28';

function standard(display: string, level: string, effectiveOn: string | null, publishedOn: string | null = effectiveOn) {
  return { parsed: { display }, level, effectiveOn, publishedOn };
}

const national = standard('GB/T 98116-2024', 'national', '2024-12-01', '2024-03-15');
const old = standard('GB/T 98114-2021', 'national', '2022-05-01');
const future = standard('GB 98111-2026', 'national', '2027-11-01', '2026-05-10');
const iso = standard('ISO/IEC TR 98144:2025', 'international', null, '2025-02-10');
const drafting = standard('ISO/IEC 98271', 'international', null, null);
const group = standard('T/CESA 9104-2025', 'group', '2025-08-01');

const subsidy = {
  slug: 'subsidy',
  opensOn: '2026-03-01',
  closesOn: '2026-12-15',
  eligibility: { levels: ['international', 'national', 'industry', 'local', 'group'], roles: ['lead', 'drafter'], maxRank: 3, implementedWithinYears: 2 },
  amounts: [
    { level: 'international', amountCNY: 500_000 },
    { level: 'national', amountCNY: 300_000 },
    { level: 'group', amountCNY: 50_000 },
  ],
} satisfies ProgramInput & { slug: string };

describe('programStatus', () => {
  it('is upcoming before opensOn, closed after closesOn, closing soon within 30 days, else open', () => {
    expect(CLOSING_SOON_DAYS).toBe(30);
    expect(programStatus({ opensOn: '2027-01-05', closesOn: '2027-03-31' }, TODAY)).toBe('upcoming');
    expect(programStatus({ opensOn: '2026-08-01', closesOn: '2026-09-30' }, TODAY)).toBe('closed');
    expect(programStatus({ opensOn: '2026-03-01', closesOn: '2026-12-15' }, TODAY)).toBe('closing-soon');
    expect(programStatus({ opensOn: '2026-01-01', closesOn: '2027-06-30' }, TODAY)).toBe('open');
  });

  it('counts the boundaries: opening day open, closing day closing soon, day 30 soon, day 31 open', () => {
    expect(programStatus({ opensOn: TODAY, closesOn: '2027-06-30' }, TODAY)).toBe('open');
    expect(programStatus({ closesOn: TODAY }, TODAY)).toBe('closing-soon');
    expect(programStatus({ closesOn: '2026-11-27' }, TODAY)).toBe('closed');
    expect(programStatus({ closesOn: '2026-12-28' }, TODAY)).toBe('closing-soon');
    expect(programStatus({ closesOn: '2026-12-29' }, TODAY)).toBe('open');
  });

  it('treats missing dates as open since always and open all year', () => {
    expect(programStatus({}, TODAY)).toBe('open');
    expect(programStatus({ opensOn: '2025-01-01', closesOn: null }, TODAY)).toBe('open');
  });
});

describe('programDeadline', () => {
  it('gives days left only while open', () => {
    expect(programDeadline(subsidy, TODAY)).toEqual({ status: 'closing-soon', opensOn: '2026-03-01', closesOn: '2026-12-15', daysLeft: 17 });
    expect(programDeadline({ opensOn: '2025-01-01' }, TODAY)).toEqual({ status: 'open', opensOn: '2025-01-01' });
    expect(programDeadline({ opensOn: '2026-08-01', closesOn: '2026-09-30' }, TODAY)).toEqual({
      status: 'closed',
      opensOn: '2026-08-01',
      closesOn: '2026-09-30',
    });
  });
});

describe('date helpers', () => {
  it('counts days across months and years', () => {
    expect(daysBetween('2026-11-28', '2026-12-15')).toBe(17);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-11-28', '2026-11-28')).toBe(0);
  });

  it('steps back whole years, 29 February to 28 February', () => {
    expect(yearsBefore('2026-11-28', 2)).toBe('2024-11-28');
    expect(yearsBefore('2028-02-29', 1)).toBe('2027-02-28');
    expect(yearsBefore('2028-02-29', 4)).toBe('2024-02-29');
  });

  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
    ]);
  });
});

describe('matchProgram: participation criteria', () => {
  it('states level, role, rank and implementation date in both languages, with the amount for the level', () => {
    const match = matchProgram({ serviceTier: 'growth', participations: [{ role: 'lead', rank: 1, standard: national }] }, subsidy, TODAY);
    expect(match?.reason).toEqual({
      zh: 'GB/T 98116-2024（国家标准）：主导/牵头，起草单位排名第 1（前 3 名可申请），2024-12-01 实施，在近 2 年内',
      en: 'GB/T 98116-2024 (national standard): lead, ranked 1st among the drafting organizations (top 3 qualify), in effect since 2024-12-01, within the last 2 years',
    });
    expect(match?.amountCNY).toBe(300_000);
    expect(match?.deadline).toEqual({ status: 'closing-soon', opensOn: '2026-03-01', closesOn: '2026-12-15', daysLeft: 17 });
    expect(match?.standards[0]?.conditions.zh).toBe('（国家标准）：主导/牵头，起草单位排名第 1（前 3 名可申请），2024-12-01 实施，在近 2 年内');
  });

  it('uses the publication date when no effective date is recorded, and says so', () => {
    const match = matchProgram({ participations: [{ role: 'drafter', rank: 2, standard: iso }] }, subsidy, TODAY);
    expect(match?.reason.zh).toBe(
      'ISO/IEC TR 98144:2025（国际标准）：参与起草，起草单位排名第 2（前 3 名可申请），2025-02-10 发布（未注明实施日期），在近 2 年内',
    );
    expect(match?.reason.en).toBe(
      'ISO/IEC TR 98144:2025 (international standard): drafter, ranked 2nd among the drafting organizations (top 3 qualify), published 2025-02-10 (no effective date recorded), within the last 2 years',
    );
    expect(match?.standards[0]?.implementation).toEqual({ date: '2025-02-10', from: 'publishedOn' });
  });

  it('refuses a rank beyond maxRank, a missing rank, a role or level outside the lists', () => {
    const none = (participation: { role: string; rank: number | null; standard: typeof national }) =>
      matchProgram({ participations: [participation] }, subsidy, TODAY);
    expect(none({ role: 'drafter', rank: 4, standard: national })).toBeUndefined();
    expect(none({ role: 'drafter', rank: null, standard: national })).toBeUndefined();
    expect(none({ role: 'editor', rank: 1, standard: national })).toBeUndefined();
    expect(
      matchProgram({ participations: [{ role: 'lead', rank: 1, standard: standard('Q/ABC 1-2025', 'enterprise', '2025-01-01') }] }, subsidy, TODAY),
    ).toBeUndefined();
  });

  it('counts a standard as implemented only on or before today and not older than N years', () => {
    const on = (s: ReturnType<typeof standard>) => matchProgram({ participations: [{ role: 'lead', rank: 1, standard: s }] }, subsidy, TODAY);
    expect(on(old)).toBeUndefined(); // in effect 2022-05-01: older than 2 years
    expect(on(future)).toBeUndefined(); // in effect 2027-11-01: not yet implemented
    expect(on(drafting)).toBeUndefined(); // no dates: still in drafting
    expect(on(standard('GB/T 1-2024', 'national', '2024-11-28'))?.amountCNY).toBe(300_000); // exactly 2 years ago
    expect(on(standard('GB/T 2-2024', 'national', '2024-11-27'))).toBeUndefined(); // one day too old
    expect(on(standard('GB/T 3-2026', 'national', TODAY))?.amountCNY).toBe(300_000); // in effect today
  });

  it('takes the highest amount and lists the best-paid standard first', () => {
    const match = matchProgram(
      {
        participations: [
          { role: 'lead', rank: 1, standard: group },
          { role: 'drafter', rank: 3, standard: iso },
          { role: 'drafter', rank: 2, standard: national },
          { role: 'drafter', rank: 5, standard: national },
        ],
      },
      subsidy,
      TODAY,
    );
    expect(match?.amountCNY).toBe(500_000);
    expect(match?.standards.map((s) => [s.standard.parsed.display, s.amountCNY])).toEqual([
      ['ISO/IEC TR 98144:2025', 500_000],
      ['GB/T 98116-2024', 300_000],
      ['T/CESA 9104-2025', 50_000],
    ]);
    expect(match?.participations).toHaveLength(3);
    expect(match?.reason.zh.split('；')).toHaveLength(3);
  });

  it('names a standard once when the enterprise holds two qualifying roles on it, roles in vocabulary order', () => {
    const program = { eligibility: { levels: ['international'], roles: ['lead', 'editor'] } };
    const match = matchProgram(
      {
        participations: [
          { role: 'editor', rank: null, standard: drafting },
          { role: 'lead', rank: 1, standard: drafting },
        ],
      },
      program,
      TODAY,
    );
    expect(match?.reason).toEqual({ zh: 'ISO/IEC 98271（国际标准）：主导/牵头、项目编辑', en: 'ISO/IEC 98271 (international standard): lead, project editor' });
    expect(match?.participations).toHaveLength(2);
    expect(match?.amountCNY).toBeUndefined();
  });

  it('says "only the first" when maxRank is 1 and "the last year" for one year', () => {
    const program = { eligibility: { levels: ['group'], roles: ['lead'], maxRank: 1, implementedWithinYears: 1 } };
    const match = matchProgram({ participations: [{ role: 'lead', rank: 1, standard: standard('T/HDSA 002-2025', 'group', '2025-12-01') }] }, program, TODAY);
    expect(match?.reason).toEqual({
      zh: 'T/HDSA 002-2025（团体标准）：主导/牵头，起草单位排名第 1（限排名第一），2025-12-01 实施，在近 1 年内',
      en: 'T/HDSA 002-2025 (group standard): lead, ranked 1st among the drafting organizations (only the first qualifies), in effect since 2025-12-01, within the last year',
    });
  });
});

describe('matchProgram: service tier', () => {
  const international = { eligibility: { levels: ['international'], roles: ['lead', 'editor'], tiers: ['excellence', 'growth'] } };

  it('adds the tier to the reason when the programme restricts tiers', () => {
    const match = matchProgram({ serviceTier: 'growth', participations: [{ role: 'lead', rank: 1, standard: drafting }] }, international, TODAY);
    expect(match?.reason).toEqual({
      zh: 'ISO/IEC 98271（国际标准）：主导/牵头；服务类型为提升型（限培优型、提升型）',
      en: 'ISO/IEC 98271 (international standard): lead; service tier Growth (open to Excellence, Growth)',
    });
    expect(match?.tierReason?.en).toBe('service tier Growth (open to Excellence, Growth)');
  });

  it('refuses another tier or no tier even with qualifying participations', () => {
    const participations = [{ role: 'lead', rank: 1, standard: drafting }];
    expect(matchProgram({ serviceTier: 'foundation', participations }, international, TODAY)).toBeUndefined();
    expect(matchProgram({ serviceTier: null, participations }, international, TODAY)).toBeUndefined();
  });

  it('matches on the tier alone when the programme sets no participation criterion', () => {
    const award = { opensOn: '2027-01-05', closesOn: '2027-03-31', eligibility: { tiers: ['excellence'] } };
    const match = matchProgram({ serviceTier: 'excellence', participations: [] }, award, TODAY);
    expect(match).toEqual({
      program: award,
      standards: [],
      participations: [],
      tierReason: { zh: '服务类型为培优型（限培优型）', en: 'service tier Excellence (open to Excellence)' },
      reason: { zh: '服务类型为培优型（限培优型）', en: 'Service tier Excellence (open to Excellence)' },
      deadline: { status: 'upcoming', opensOn: '2027-01-05', closesOn: '2027-03-31' },
    });
  });

  it('treats empty lists as no restriction', () => {
    const open = { eligibility: { levels: [], roles: [], tiers: [], maxRank: 2 } };
    expect(matchProgram({ serviceTier: null, participations: [{ role: 'editor', rank: 2, standard: national }] }, open, TODAY)?.reason.en).toBe(
      'GB/T 98116-2024 (national standard): project editor, ranked 2nd among the drafting organizations (top 2 qualify)',
    );
  });

  it('matches no one for a programme without any criterion (a general policy)', () => {
    const enterprise = { serviceTier: 'excellence', participations: [{ role: 'lead', rank: 1, standard: national }] };
    expect(matchProgram(enterprise, { opensOn: '2025-05-01' }, TODAY)).toBeUndefined();
    expect(matchProgram(enterprise, { eligibility: { levels: [], tiers: [] } }, TODAY)).toBeUndefined();
  });
});

describe('matchSupportPrograms and qualifyingEnterprises', () => {
  const tierOnly = { slug: 'tier', eligibility: { tiers: ['foundation'] } };
  const a = { slug: 'a', serviceTier: 'foundation', participations: [{ role: 'drafter', rank: 2, standard: group }] };
  const b = { slug: 'b', serviceTier: 'excellence', participations: [{ role: 'drafter', rank: 4, standard: group }] };

  it('returns the programmes an enterprise may qualify for, in the order given, closed ones included', () => {
    const closed = { ...subsidy, slug: 'closed', opensOn: '2026-01-01', closesOn: '2026-06-30' };
    expect(matchSupportPrograms(a, [subsidy, tierOnly, closed], TODAY).map((m) => [m.program.slug, m.deadline.status])).toEqual([
      ['subsidy', 'closing-soon'],
      ['tier', 'open'],
      ['closed', 'closed'],
    ]);
    expect(matchSupportPrograms(b, [subsidy, tierOnly], TODAY)).toEqual([]);
  });

  it('returns the enterprises that qualify for a programme, each with its match', () => {
    expect(qualifyingEnterprises(subsidy, [a, b], TODAY).map(({ enterprise, match }) => [enterprise.slug, match.amountCNY])).toEqual([['a', 50_000]]);
    expect(qualifyingEnterprises(tierOnly, [a, b], TODAY).map(({ enterprise }) => enterprise.slug)).toEqual(['a']);
  });
});

describe('describeEligibility', () => {
  it('puts every criterion in words, in both languages', () => {
    expect(describeEligibility(subsidy.eligibility)).toEqual([
      { zh: '标准级别：国际标准、国家标准、行业标准、地方标准、团体标准', en: 'Standard level: international, national, industry, local, group' },
      { zh: '参与角色：主导/牵头、参与起草', en: 'Role in drafting: lead, drafter' },
      { zh: '起草单位排名前 3 名', en: 'Ranked in the top 3 drafting organizations' },
      {
        zh: '标准已实施且在近 2 年内实施（按实施日期，未注明的按发布日期）',
        en: 'Standard in effect, within the last 2 years (by effective date, or publication date when none is recorded)',
      },
    ]);
    expect(describeEligibility({ tiers: ['excellence', 'growth'], maxRank: 1 })).toEqual([
      { zh: '起草单位排名第一', en: 'First-ranked drafting organization' },
      { zh: '服务类型：培优型、提升型', en: 'Service tier: Excellence, Growth' },
    ]);
    expect(describeEligibility(null)).toEqual([]);
    expect(describeEligibility({ levels: [] })).toEqual([]);
  });
});
