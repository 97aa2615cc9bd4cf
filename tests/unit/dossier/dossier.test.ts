/**
 * Application dossiers on the embedded dataset (2026-11-28): which exist, and that each lists
 * exactly the verified records meeting its programme's conditions — recounted here from
 * content/dataset.ndjson by the programme's own rules, independently of the matcher — with the
 * matcher's reason and amount, and the same rows as CSV.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../../site/lib/data/register.ts';
import { matchSupportPrograms } from '../../../site/lib/domain/eligibility.ts';
import { allDossiers, dossierCsv, dossierTotal, enterpriseDossiers, hasDossier } from '../../../site/lib/view/dossier.ts';
import { loadDatasetRegister, TODAY } from '../awards/register.ts';
import { BY_ID, ofType, refOf, str, type Doc } from '../dataset/readDataset.ts';

let register: Register;
beforeAll(async () => {
  register = await loadDatasetRegister();
});

/** The two programmes whose conditions are about records, as their documents state them. */
const RULES: Record<string, (p: Doc, s: Doc, e: Doc) => boolean> = {
  // 海市监发〔2026〕8号: the five levels of the Standardization Law (not consortium, foreign or
  // enterprise standards), lead or drafter, top 3, in effect within the last 2 years.
  'standards-subsidy-2026': (p, s) => {
    const implemented = str(s, 'effectiveOn') ?? str(s, 'publishedOn');
    return (
      ['international', 'national', 'industry', 'local', 'group'].includes(str(s, 'level') ?? '') &&
      ['lead', 'drafter'].includes(str(p, 'role') ?? '') &&
      typeof p['rank'] === 'number' &&
      p['rank'] <= 3 &&
      !!implemented &&
      implemented >= '2024-11-28' &&
      implemented <= TODAY
    );
  },
  // 海市监发〔2026〕15号: international standards, lead or editor, excellence or growth tier.
  'international-standardization-support': (p, s, e) =>
    str(s, 'level') === 'international' && ['lead', 'editor'].includes(str(p, 'role') ?? '') && ['excellence', 'growth'].includes(str(e, 'serviceTier') ?? ''),
};

/** Verified participation ids meeting a programme's rules, per enterprise slug, from the raw NDJSON. */
function recount(program: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of ofType('participation')) {
    if ((p['verification'] as { status?: string } | undefined)?.status !== 'verified') continue;
    const s = BY_ID.get(refOf(p['standard']) ?? '');
    const e = BY_ID.get(refOf(p['enterprise']) ?? '');
    if (!s || !e || !RULES[program]?.(p, s, e)) continue;
    const slug = (e['slug'] as { current: string }).current;
    out.set(slug, [...(out.get(slug) ?? []), p._id].sort());
  }
  return out;
}

describe('application dossiers', () => {
  it('exist for the open or upcoming programmes an enterprise qualifies for through records: 37 (26 + 11)', () => {
    const dossiers = allDossiers(register);
    expect(dossiers).toHaveLength(37);
    const count = (slug: string) => dossiers.filter((d) => d.program.slug === slug).length;
    expect([count('standards-subsidy-2026'), count('international-standardization-support')]).toEqual([26, 11]);
    // Tier-only programmes (no records to assemble) and closed ones have none.
    const matches = register.enterprises.flatMap((e) => matchSupportPrograms(e, register.programs, register.today));
    expect(matches.filter(hasDossier)).toHaveLength(37);
    expect(matches.filter((m) => m.standards.length === 0).some(hasDossier)).toBe(false);
    expect(matches.filter((m) => m.deadline.status === 'closed').some(hasDossier)).toBe(false);
  });

  for (const program of Object.keys(RULES)) {
    it(`${program}: each dossier lists exactly the verified records the programme's rules select (recounted from the NDJSON)`, () => {
      const expected = recount(program);
      const dossiers = allDossiers(register).filter((d) => d.program.slug === program);
      expect(new Map(dossiers.map((d) => [d.enterprise.slug, d.rows.map((r) => r.participation._id).sort()]))).toEqual(expected);
      for (const d of dossiers) for (const r of d.rows) expect(r.participation.verification.status).toBe('verified');
    });
  }

  it('zhixin-tech / standards-subsidy-2026: rows, reasons, amounts and the total', () => {
    const [subsidy, international] = enterpriseDossiers(
      register.enterprises.find((e) => e.slug === 'zhixin-tech')!,
      register.programs,
      register.today,
    );
    expect(subsidy?.program.slug).toBe('standards-subsidy-2026');
    expect(subsidy?.program.documentNumber).toBe('海市监发〔2026〕8号');
    expect(subsidy?.program.closesOn).toBe('2026-12-15');
    expect(
      subsidy?.rows.map((r) => [
        r.n,
        r.qualifying.standard.parsed.display,
        r.participation.role,
        r.participation.rank,
        r.qualifying.amountCNY,
        r.participation.verification.on,
      ]),
    ).toEqual([
      [1, 'ISO/IEC 98145:2026', 'drafter', 2, 500000, '2026-10-28'],
      [2, 'ISO/IEC TR 98144:2025', 'drafter', 3, 500000, '2026-10-28'],
      [3, 'GB/T 98117-2025', 'drafter', 2, 300000, '2026-10-28'],
      [4, 'T/CESA 9104-2025', 'lead', 1, 50000, '2026-10-28'],
    ]);
    // The enterprise standard Q/HDZX 0001-2025 (lead, 2025) is not of a level the programme lists.
    expect(subsidy?.rows.some((r) => r.qualifying.standard.level === 'enterprise')).toBe(false);
    expect(subsidy?.rows[2]?.qualifying.reason.zh).toBe(
      'GB/T 98117-2025（国家标准）：参与起草，起草单位排名第 2（前 3 名可申请），2025-11-01 实施，在近 2 年内',
    );
    expect(subsidy && dossierTotal(subsidy.match)).toBe(1350000);
    // A standard held in two roles gives two records, counted once in the total.
    expect(international?.rows.map((r) => [r.qualifying.standard.parsed.display, r.participation.role])).toEqual([
      ['ISO/IEC 98141-1', 'lead'],
      ['ISO/IEC 98141-1', 'editor'],
      ['ISO/IEC 98143:2023', 'lead'],
      ['ISO/IEC 98143:2023', 'editor'],
    ]);
    expect(international && dossierTotal(international.match)).toBe(1000000);
    expect(international?.match.tierReason?.zh).toBe('服务类型为培优型（限培优型、提升型）');
  });

  it('writes the same rows as CSV (the CSV helper: BOM, CRLF)', () => {
    const dossier = enterpriseDossiers(
      register.enterprises.find((e) => e.slug === 'zhixin-tech')!,
      register.programs,
      register.today,
    )[0]!;
    const csv = dossierCsv(dossier);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]?.split(',')).toEqual([
      'n',
      'programme',
      'programme_title_zh',
      'programme_title_en',
      'document_number',
      'closes_on',
      'enterprise',
      'enterprise_name_zh',
      'enterprise_name_en',
      'uscc',
      'standard_code',
      'standard_title_zh',
      'standard_title_en',
      'level',
      'level_zh',
      'role',
      'role_zh',
      'role_en',
      'rank',
      'year',
      'published_on',
      'effective_on',
      'amount_cny',
      'reason_zh',
      'reason_en',
      'source_url',
      'source_title',
      'verified_on',
      'record_id',
    ]);
    expect(lines).toHaveLength(dossier.rows.length + 2);
    expect(lines.at(-1)).toBe('');
    expect(lines[1]).toMatch(
      /^1,standards-subsidy-2026,.*,海市监发〔2026〕8号,2026-12-15,zhixin-tech,.*,ISO\/IEC 98145:2026,.*,international,国际标准,drafter,参与起草,Drafter,2,2024,2026-04-15,,500000,.*,2026-10-28,participation-iso-iec-cd-98145-zhixin-tech-drafter$/,
    );
    expect(lines[2]).toMatch(
      /^2,standards-subsidy-2026,.*,ISO\/IEC TR 98144:2025,.*,international,国际标准,drafter,参与起草,Drafter,3,2025,2025-02-10,,500000,.*,2026-10-28,participation-/,
    );
  });
});
