/**
 * Permalinks of the enterprise tools (calendars, application dossiers, follow feeds, annual
 * reports), in one place: pages, endpoints, links, the sitemap's test and the e2e specs all
 * take their paths from here. Paths are language-neutral (`localePath` adds `/en`), except the
 * per-language files, which take the language.
 */
import { localePath, type Lang } from './i18n/locales.ts';

/** The calendar of every programme window: `/calendar.ics`, `/en/calendar.ics`. */
export function calendarPath(lang: Lang): string {
  return localePath(lang, '/calendar.ics');
}

/** One programme's window: `/support/{slug}/calendar.ics`. */
export function programCalendarPath(lang: Lang, program: { readonly slug: string }): string {
  return localePath(lang, `/support/${program.slug}/calendar.ics`);
}

/** The deadlines of the programmes an enterprise may qualify for: `/enterprises/{slug}/calendar.ics`. */
export function enterpriseCalendarPath(lang: Lang, enterprise: { readonly slug: string }): string {
  return localePath(lang, `/enterprises/${enterprise.slug}/calendar.ics`);
}

/** Atom feed of an enterprise's new verified records and award results. */
export function enterpriseFeedPath(lang: Lang, enterprise: { readonly slug: string }): string {
  return localePath(lang, `/enterprises/${enterprise.slug}/atom.xml`);
}

/** Atom feed of an award's new results. */
export function awardFeedPath(lang: Lang, award: { readonly slug: string }): string {
  return localePath(lang, `/awards/${award.slug}/atom.xml`);
}

/** Language-neutral path of an application dossier: `/enterprises/{slug}/dossier/{programme}/`. */
export function dossierPath(enterprise: { readonly slug: string }, program: { readonly slug: string }): string {
  return `/enterprises/${enterprise.slug}/dossier/${program.slug}/`;
}

/** The dossier's rows as CSV (language-neutral, zh and en columns). */
export function dossierCsvPath(enterprise: { readonly slug: string }, program: { readonly slug: string }): string {
  return `${dossierPath(enterprise, program)}dossier.csv`;
}

/** Language-neutral path of the list of annual reports. */
export const REPORTS_PATH = '/reports/';

/** Language-neutral path of one annual report: `/reports/2025/`. */
export function reportPath(year: number): string {
  return `${REPORTS_PATH}${year}/`;
}

/** The report's figures as CSV (language-neutral). */
export function reportCsvPath(year: number): string {
  return `${reportPath(year)}report.csv`;
}
