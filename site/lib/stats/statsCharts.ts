/**
 * The charts of /stats/ as ready-to-render view models: heading, SVG, summary sentence and the
 * data table, built from one count table each so chart, table and sentence always agree.
 */
import type { Register } from '../data/register.ts';
import { NOMINATION_OUTCOMES, STANDARD_LEVELS, labelFor } from '../domain/vocabulary.ts';
import type { Lang } from '../i18n/locales.ts';
import { STATS_UI } from '../i18n/strings/stats.ts';
import { awardOutcomesByYear, committeeSeatsByBody, enterprisesByTier, standardsWorkByYear } from './chartData.ts';
import { columnTotal, grandTotal, rowTotal, type CountTable } from './countTable.ts';
import { renderBarChart } from './renderChart.ts';
import { summarizeAwardOutcomes, summarizeSeats, summarizeStandardsWork, summarizeTiers, tierLabel } from './summaries.ts';
import { seriesColors } from './palette.ts';

export interface StatsChart {
  /** Fragment id of the chart's heading; the summary is `${id}-summary`. */
  readonly id: string;
  readonly title: string;
  readonly svg: string;
  readonly summary: string;
  /** Legend entries (colour and series name), empty for a single series. */
  readonly legend: ReadonlyArray<{ readonly name: string; readonly color: string }>;
  readonly table: {
    /** Header of the first column (year, body, tier). */
    readonly rowHeader: string;
    /** Series headers; a single-series table has one. */
    readonly columns: readonly string[];
    readonly rows: ReadonlyArray<{ readonly label: string; readonly values: readonly number[]; readonly total: number }>;
    /** Column totals and the grand total, for multi-series tables. */
    readonly totals: readonly number[];
    readonly grandTotal: number;
  };
}

/** What one chart is drawn from (the annual reports use it too: site/lib/stats/reportCharts.ts). */
export interface ChartSpec<R extends string | number, C extends string> {
  readonly id: string;
  readonly table: CountTable<R, C>;
  readonly title: string;
  readonly rowHeader: string;
  readonly valueAxis: string;
  readonly orientation: 'vertical' | 'horizontal';
  readonly rowLabel: (row: R) => string;
  readonly columnLabel: (column: C) => string;
  readonly summary: string;
}

/** A chart's view model (SVG, legend, table, summary) from its count table. */
export function buildChart<R extends string | number, C extends string>(spec: ChartSpec<R, C>): StatsChart {
  const { table } = spec;
  const categories = table.rows.map(spec.rowLabel);
  const series = table.columns.map(spec.columnLabel);
  const colors = seriesColors(series.length);
  return {
    id: spec.id,
    title: spec.title,
    summary: spec.summary,
    svg: renderBarChart({
      categories,
      series,
      values: table.counts,
      orientation: spec.orientation,
      categoryAxis: spec.rowHeader,
      valueAxis: spec.valueAxis,
      labelledBy: spec.id,
      describedBy: `${spec.id}-summary`,
    }),
    legend: series.length > 1 ? series.map((name, j) => ({ name, color: colors[j] ?? '' })) : [],
    table: {
      rowHeader: spec.rowHeader,
      columns: series.length > 1 ? series : [spec.valueAxis],
      rows: table.rows.map((_row, i) => ({ label: categories[i] ?? '', values: table.counts[i] ?? [], total: rowTotal(table, i) })),
      totals: table.columns.map((_c, j) => columnTotal(table, j)),
      grandTotal: grandTotal(table),
    },
  };
}

/** The four charts of the statistics page, in page order. */
export function buildStatsCharts(register: Register, lang: Lang): StatsChart[] {
  const work = standardsWorkByYear(register);
  const seats = committeeSeatsByBody(register);
  const awards = awardOutcomesByYear(register);
  const tiers = enterprisesByTier(register);
  return [
    buildChart({
      id: 'standards-work',
      table: work,
      title: STATS_UI.standardsWorkTitle[lang],
      rowHeader: STATS_UI.year[lang],
      valueAxis: STATS_UI.standardsWorkAxis[lang],
      orientation: 'vertical',
      rowLabel: String,
      columnLabel: (level) => labelFor(STANDARD_LEVELS, level)?.[lang] ?? level,
      summary: summarizeStandardsWork(work, lang),
    }),
    buildChart({
      id: 'committee-seats',
      table: seats,
      title: STATS_UI.seatsTitle[lang],
      rowHeader: STATS_UI.body[lang],
      valueAxis: STATS_UI.seatsAxis[lang],
      orientation: 'horizontal',
      rowLabel: String,
      columnLabel: () => STATS_UI.seats[lang],
      summary: summarizeSeats(seats, lang),
    }),
    buildChart({
      id: 'award-results',
      table: awards,
      title: STATS_UI.awardsTitle[lang],
      rowHeader: STATS_UI.year[lang],
      valueAxis: STATS_UI.awardsAxis[lang],
      orientation: 'vertical',
      rowLabel: String,
      columnLabel: (outcome) => labelFor(NOMINATION_OUTCOMES, outcome)?.[lang] ?? outcome,
      summary: summarizeAwardOutcomes(awards, lang),
    }),
    buildChart({
      id: 'service-tiers',
      table: tiers,
      title: STATS_UI.tiersTitle[lang],
      rowHeader: STATS_UI.tier[lang],
      valueAxis: STATS_UI.tiersAxis[lang],
      orientation: 'horizontal',
      rowLabel: (row) => tierLabel(row, lang),
      columnLabel: () => STATS_UI.enterprises[lang],
      summary: summarizeTiers(tiers, lang),
    }),
  ];
}
