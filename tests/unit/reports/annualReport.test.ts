/**
 * The annual reports on the embedded dataset at the pinned build date. The expected numbers
 * were counted by hand from content/dataset.ndjson, independently of the register code: the
 * published documents, relation records with `verification.status == "verified"`,
 * nominations with a public outcome (recommended, shortlisted, nominee, winner), by the
 * year rules of site/lib/data/annualReport.ts (participation `year`, seat `since`, nomination
 * `year`, programme `opensOn`; nothing after 2026-11-28).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { annualReport, annualReports, reportYears, type AnnualReport } from '../../../site/lib/data/annualReport.ts';
import type { Register } from '../../../site/lib/data/register.ts';
import { reportCsv, reportCsvRows } from '../../../site/lib/export/reportCsv.ts';
import { buildReportCharts, changeText } from '../../../site/lib/stats/reportCharts.ts';
import { loadDatasetRegister } from '../awards/register.ts';

let register: Register;
beforeAll(async () => {
  register = await loadDatasetRegister();
});

const figures = (report: AnnualReport) => Object.fromEntries(report.figures.map((f) => [f.key, f.value]));
/** The non-zero cells of a count table as `row/column: n`. */
function cells(table: { rows: readonly (string | number)[]; columns: readonly string[]; counts: readonly (readonly number[])[] }): Record<string, number> {
  const out: Record<string, number> = {};
  table.rows.forEach((row, i) =>
    table.columns.forEach((column, j) => {
      const n = table.counts[i]?.[j] ?? 0;
      if (n > 0) out[`${row}/${column}`] = n;
    }),
  );
  return out;
}

describe('annual reports of the embedded dataset (2026-11-28)', () => {
  it('has a report for each year with data up to the build year: 2012 and 2015–2026', () => {
    expect(reportYears(register)).toEqual([2012, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    // 2027 has a programme opening on 2027-01-05, but no report yet.
    expect(
      annualReports(register)
        .map((r) => r.year)
        .at(-1),
    ).toBe(2026);
  });

  it('2025: the figures counted by hand, with 2024 as the year before', () => {
    const report = annualReport(register, 2025);
    expect(report.partial).toBe(false);
    expect(figures(report)).toEqual({
      standardsWork: 76,
      standardsLed: 21,
      standardsDrafted: 24,
      internationalStandards: 7,
      newSeats: 1,
      awardResults: 14,
      awardWins: 3,
      programmesOpened: 3,
      enterprisesActive: 28,
    });
    expect(Object.fromEntries(report.figures.map((f) => [f.key, [f.previous, f.change, f.changePercent]]))).toEqual({
      standardsWork: [47, 29, 62],
      standardsLed: [12, 9, 75],
      standardsDrafted: [15, 9, 60],
      internationalStandards: [5, 2, 40],
      newSeats: [4, -3, -75],
      awardResults: [3, 11, 367],
      awardWins: [1, 2, 200],
      programmesOpened: [0, 3, undefined],
      enterprisesActive: [23, 5, 22],
    });
  });

  it('2025: standards work by level and role, seats by role, results by award and outcome, programmes opened', () => {
    const report = annualReport(register, 2025);
    expect(cells(report.standardsByLevel)).toEqual({
      'international/lead': 6,
      'international/drafter': 12,
      'international/editor': 6,
      'national/lead': 5,
      'national/drafter': 14,
      'industry/lead': 4,
      'industry/drafter': 9,
      'local/lead': 1,
      'local/drafter': 6,
      'group/lead': 2,
      'group/drafter': 4,
      'consortium/lead': 2,
      'consortium/drafter': 3,
      'foreign/drafter': 1,
      'enterprise/lead': 1,
    });
    // Every level of the vocabulary, the five of the Standardization Law first.
    expect(report.standardsByLevel.rows).toEqual(['international', 'national', 'industry', 'local', 'group', 'consortium', 'foreign', 'enterprise']);
    expect(cells(report.seatsByRole)).toEqual({ 'project-leader/count': 1 });
    expect(cells(report.awardsByOutcome)).toEqual({
      'beijing-quality-management-award/winner': 1,
      'beijing-quality-management-award/nominee': 1,
      'beijing-quality-management-award/shortlisted': 2,
      'beijing-quality-management-award/recommended': 1,
      'china-quality-award/winner': 1,
      'china-quality-award/nominee': 1,
      'china-quality-award/recommended': 1,
      'zhongguancun-quality-award/winner': 1,
      'zhongguancun-quality-award/nominee': 2,
      'zhongguancun-quality-award/shortlisted': 2,
      'zhongguancun-quality-award/recommended': 1,
    });
    expect(report.programmes.map((p) => p.slug)).toEqual(['standardization-service-desk', 'group-standards-subsidy-2025', 'standards-participation-measures']);
  });

  it('2024 and 2026 (partial: the unverified 2026 seats do not count)', () => {
    const y2024 = annualReport(register, 2024);
    expect(figures(y2024)).toEqual({
      standardsWork: 47,
      standardsLed: 12,
      standardsDrafted: 15,
      internationalStandards: 5,
      newSeats: 4,
      awardResults: 3,
      awardWins: 1,
      programmesOpened: 0,
      enterprisesActive: 23,
    });
    expect(cells(y2024.seatsByRole)).toEqual({ 'project-leader/count': 1, 'expert/count': 2, 'member/count': 1 });
    const y2026 = annualReport(register, 2026);
    expect(y2026.partial).toBe(true);
    expect(figures(y2026)).toEqual({
      standardsWork: 42,
      standardsLed: 17,
      standardsDrafted: 16,
      internationalStandards: 3,
      newSeats: 0,
      awardResults: 4,
      awardWins: 0,
      programmesOpened: 3,
      enterprisesActive: 21,
    });
    expect(cells(y2026.awardsByOutcome)).toEqual({ 'zhongguancun-quality-award/shortlisted': 2, 'zhongguancun-quality-award/recommended': 2 });
    expect(y2026.programmes.map((p) => p.slug)).toEqual(['international-standardization-support', 'standards-subsidy-2026', 'zhongguancun-quality-award-2026']);
  });

  it('the sparse years 2012 and 2015', () => {
    expect(figures(annualReport(register, 2012))).toMatchObject({ standardsWork: 1, standardsDrafted: 1, enterprisesActive: 1, newSeats: 0 });
    expect(cells(annualReport(register, 2012).standardsByLevel)).toEqual({ 'national/drafter': 1 });
    expect(figures(annualReport(register, 2015))).toMatchObject({ standardsWork: 0, newSeats: 1, enterprisesActive: 1 });
    expect(cells(annualReport(register, 2015).seatsByRole)).toEqual({ 'member/count': 1 });
  });

  it('is computed once per register and year', () => {
    expect(annualReport(register, 2025)).toBe(annualReport(register, 2025));
  });
});

describe('report charts and CSV', () => {
  it('draws the three charts from the report tables, with summaries in both languages', () => {
    const report = annualReport(register, 2025);
    const zh = buildReportCharts(report, 'zh');
    expect(zh.standards?.table.grandTotal).toBe(76);
    expect(zh.standards?.table.rows.map((r) => [r.label, ...r.values])).toEqual([
      ['国际标准', 6, 12, 6],
      ['国家标准', 5, 14, 0],
      ['行业标准', 4, 9, 0],
      ['地方标准', 1, 6, 0],
      ['团体标准', 2, 4, 0],
      ['国际联盟标准', 2, 3, 0],
      ['国外标准', 0, 1, 0],
      ['企业标准', 1, 0, 0],
    ]);
    expect(zh.standards?.summary).toBe('2025 年企业参与标准制修订 76 条记录：主导/牵头 21 项标准，参与起草 24 项。');
    expect(zh.awards?.table.totals).toEqual([3, 4, 4, 3]);
    expect(zh.standards?.svg).toMatch(/^<svg[^>]*role="img"/);
    const en = buildReportCharts(report, 'en');
    expect(en.seats?.summary).toBe('1 new committee seat in 2025.');
    expect(en.awards?.summary).toBe('14 public award results in 2025, 3 of them wins.');
    // 2026 has no new seat: no empty chart.
    expect(buildReportCharts(annualReport(register, 2026), 'en').seats).toBeUndefined();
  });

  it('words the change from the year before', () => {
    const report = annualReport(register, 2025);
    const change = (key: string, lang: 'zh' | 'en') =>
      changeText(
        report.figures.find((f) => f.key === key)!,
        lang,
      );
    expect(change('standardsWork', 'zh')).toBe('+29（+62%）');
    expect(change('newSeats', 'en')).toBe('−3 (−75%)');
    expect(change('programmesOpened', 'en')).toBe('+3 (none the year before)');
  });

  it('writes the same figures as CSV: headline figures with the year before, then every table cell', () => {
    const report = annualReport(register, 2025);
    const rows = reportCsvRows(report);
    expect(rows.filter((r) => r.section === 'figure').map((r) => [r.key, r.value, r.previous])).toEqual(
      report.figures.map((f) => [f.key, f.value, f.previous]),
    );
    // 8 levels × 3 roles, empty cells included.
    expect(rows.filter((r) => r.section === 'standards_by_level_role')).toHaveLength(24);
    const csv = reportCsv(report);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('year,section,key,label_zh,label_en,value,previous_year_value,change,change_percent,as_of');
    expect(lines[1]).toBe('2025,figure,standardsWork,标准制修订参与记录,Standards work (participation records),76,47,29,62,2026-11-28');
    expect(lines).toContain('2025,standards_by_level_role,international/drafter,国际标准 · 参与起草,International · Drafter,12,,,,2026-11-28');
    expect(lines).toContain('2025,award_results,china-quality-award/winner,中国质量奖 · 获奖,China Quality Award · Winner,1,,,,2026-11-28');
  });
});
