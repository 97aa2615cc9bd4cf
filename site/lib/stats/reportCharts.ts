/**
 * The charts of an annual report, drawn by the stats page's chart code (`buildChart`: one
 * count table gives the SVG, the legend, the data table and the summary), from the figures of
 * site/lib/data/annualReport.ts. Nothing is counted here.
 */
import type { AnnualReport, Figure } from '../data/annualReport.ts';
import { COMMITTEE_ROLES, NOMINATION_OUTCOMES, PARTICIPATION_ROLES, STANDARD_LEVELS, labelFor } from '../domain/vocabulary.ts';
import type { Lang } from '../i18n/locales.ts';
import { localText } from '../i18n/localize.ts';
import { REPORTS_UI } from '../i18n/strings/reports.ts';
import { grandTotal } from './countTable.ts';
import { buildChart, type StatsChart } from './statsCharts.ts';

/** `1 seat` / `2 seats`. */
function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function value(report: AnnualReport, key: Figure['key']): number {
  return report.figures.find((f) => f.key === key)?.value ?? 0;
}

function standardsSummary(report: AnnualReport, lang: Lang): string {
  const { year } = report;
  const records = value(report, 'standardsWork');
  const led = value(report, 'standardsLed');
  const drafted = value(report, 'standardsDrafted');
  if (lang === 'zh') return `${year} 年企业参与标准制修订 ${records} 条记录：主导/牵头 ${led} 项标准，参与起草 ${drafted} 项。`;
  return `In ${year} enterprises recorded ${plural(records, 'piece', 'pieces')} of standards work: ${plural(led, 'standard', 'standards')} led and ${drafted} drafted.`;
}

function seatsSummary(report: AnnualReport, lang: Lang): string {
  const n = value(report, 'newSeats');
  return lang === 'zh' ? `${report.year} 年新任技术组织职务 ${n} 个。` : `${plural(n, 'new committee seat', 'new committee seats')} in ${report.year}.`;
}

function awardsSummary(report: AnnualReport, lang: Lang): string {
  const n = value(report, 'awardResults');
  const wins = value(report, 'awardWins');
  return lang === 'zh'
    ? `${report.year} 年公开评奖结果 ${n} 项，其中获奖 ${wins} 项。`
    : `${plural(n, 'public award result', 'public award results')} in ${report.year}, ${wins} of them ${wins === 1 ? 'a win' : 'wins'}.`;
}

/** The report's charts, in page order; a chart whose table is empty is left out (the page says so). */
export function buildReportCharts(report: AnnualReport, lang: Lang): { standards?: StatsChart; seats?: StatsChart; awards?: StatsChart } {
  const awardName = new Map(report.awards.map((a) => [a.slug, localText(a.name, lang)]));
  const standards =
    grandTotal(report.standardsByLevel) > 0
      ? buildChart({
          id: 'report-standards',
          table: report.standardsByLevel,
          title: REPORTS_UI.standardsTitle[lang],
          rowHeader: REPORTS_UI.level[lang],
          valueAxis: REPORTS_UI.standardsAxis[lang],
          orientation: 'vertical',
          rowLabel: (level) => labelFor(STANDARD_LEVELS, level)?.[lang] ?? level,
          columnLabel: (role) => labelFor(PARTICIPATION_ROLES, role)?.[lang] ?? role,
          summary: standardsSummary(report, lang),
        })
      : undefined;
  const seats =
    grandTotal(report.seatsByRole) > 0
      ? buildChart({
          id: 'report-seats',
          table: report.seatsByRole,
          title: REPORTS_UI.seatsTitle[lang],
          rowHeader: REPORTS_UI.role[lang],
          valueAxis: REPORTS_UI.seatsAxis[lang],
          orientation: 'horizontal',
          rowLabel: (role) => labelFor(COMMITTEE_ROLES, role)?.[lang] ?? role,
          columnLabel: () => REPORTS_UI.seats[lang],
          summary: seatsSummary(report, lang),
        })
      : undefined;
  const awards =
    grandTotal(report.awardsByOutcome) > 0
      ? buildChart({
          id: 'report-awards',
          table: report.awardsByOutcome,
          title: REPORTS_UI.awardsTitle[lang],
          rowHeader: REPORTS_UI.award[lang],
          valueAxis: REPORTS_UI.awardsAxis[lang],
          orientation: 'horizontal',
          rowLabel: (slug) => awardName.get(slug) ?? slug,
          columnLabel: (outcome) => labelFor(NOMINATION_OUTCOMES, outcome)?.[lang] ?? outcome,
          summary: awardsSummary(report, lang),
        })
      : undefined;
  return { ...(standards ? { standards } : {}), ...(seats ? { seats } : {}), ...(awards ? { awards } : {}) };
}

/**
 * A figure's change from the year before, in words.
 * @example changeText({key: 'newSeats', value: 5, previous: 4, change: 1, changePercent: 25}, 'en') //=> '+1 (+25%)'
 */
export function changeText(figure: Figure, lang: Lang): string {
  if (figure.change === 0) return REPORTS_UI.noChange[lang];
  const sign = figure.change > 0 ? '+' : '−';
  const amount = `${sign}${Math.abs(figure.change)}`;
  if (figure.changePercent === undefined) return `${amount}${lang === 'zh' ? '（上年为 0）' : ' (none the year before)'}`;
  const percent = `${figure.changePercent > 0 ? '+' : figure.changePercent < 0 ? '−' : ''}${Math.abs(figure.changePercent)}%`;
  return lang === 'zh' ? `${amount}（${percent}）` : `${amount} (${percent})`;
}
