/**
 * An annual report's figures as CSV (the project's CSV helper: BOM, CRLF), language-neutral
 * with zh and en labels: the headline figures with the year before and the change, then every
 * cell of the report's tables. The numbers are the report's (site/lib/data/annualReport.ts).
 */
import type { AnnualReport, FigureKey } from '../data/annualReport.ts';
import { COMMITTEE_ROLES, NOMINATION_OUTCOMES, PARTICIPATION_ROLES, STANDARD_LEVELS, labelFor, type Label } from '../domain/vocabulary.ts';
import { REPORTS_UI } from '../i18n/strings/reports.ts';
import type { CountTable } from '../stats/countTable.ts';
import { toCsv, type CsvColumn } from '../view/csv.ts';

export interface ReportCsvRow {
  readonly section: 'figure' | 'standards_by_level_role' | 'new_seats_by_role' | 'award_results';
  readonly key: string;
  readonly label: Label;
  readonly value: number;
  readonly previous?: number;
  readonly change?: number;
  readonly changePercent?: number;
}

const join = (a: Label | undefined, b: Label | undefined): Label => ({ zh: `${a?.zh ?? ''} · ${b?.zh ?? ''}`, en: `${a?.en ?? ''} · ${b?.en ?? ''}` });

function cells<R extends string, C extends string>(
  section: ReportCsvRow['section'],
  table: CountTable<R, C>,
  rowLabel: (r: R) => Label | undefined,
  columnLabel: (c: C) => Label | undefined,
  single = false,
): ReportCsvRow[] {
  return table.rows.flatMap((row, i) =>
    table.columns.map((column, j) => ({
      section,
      key: single ? row : `${row}/${column}`,
      label: single ? (rowLabel(row) ?? { zh: row, en: row }) : join(rowLabel(row), columnLabel(column)),
      value: table.counts[i]?.[j] ?? 0,
    })),
  );
}

/** The rows of the CSV, in report order. */
export function reportCsvRows(report: AnnualReport): ReportCsvRow[] {
  const awardNames = new Map<string, Label>(report.awards.map((a) => [a.slug, { zh: a.name.zh, en: a.name.en ?? a.name.zh }]));
  return [
    ...report.figures.map((f) => ({
      section: 'figure' as const,
      key: f.key,
      label: REPORTS_UI[f.key satisfies FigureKey],
      value: f.value,
      previous: f.previous,
      change: f.change,
      ...(f.changePercent === undefined ? {} : { changePercent: f.changePercent }),
    })),
    ...cells(
      'standards_by_level_role',
      report.standardsByLevel,
      (l) => labelFor(STANDARD_LEVELS, l),
      (r) => labelFor(PARTICIPATION_ROLES, r),
    ),
    ...cells(
      'new_seats_by_role',
      report.seatsByRole,
      (r) => labelFor(COMMITTEE_ROLES, r),
      () => undefined,
      true,
    ),
    ...cells(
      'award_results',
      report.awardsByOutcome,
      (slug) => awardNames.get(slug),
      (o) => labelFor(NOMINATION_OUTCOMES, o),
    ),
  ];
}

export const REPORT_CSV_COLUMNS = (report: AnnualReport): readonly CsvColumn<ReportCsvRow>[] => [
  { header: 'year', value: () => report.year },
  { header: 'section', value: (r) => r.section },
  { header: 'key', value: (r) => r.key },
  { header: 'label_zh', value: (r) => r.label.zh },
  { header: 'label_en', value: (r) => r.label.en },
  { header: 'value', value: (r) => r.value },
  { header: 'previous_year_value', value: (r) => r.previous },
  { header: 'change', value: (r) => r.change },
  { header: 'change_percent', value: (r) => r.changePercent },
  { header: 'as_of', value: () => report.asOf },
];

export function reportCsv(report: AnnualReport): string {
  return toCsv(REPORT_CSV_COLUMNS(report), reportCsvRows(report));
}
