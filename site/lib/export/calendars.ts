/**
 * Which events the site's calendars hold (the file format is ical.ts):
 *
 * - `/calendar.ics`: every published programme's application window — the day it opens and the
 *   day it closes (with a reminder 7 days before). Quality-award recommendations are programmes
 *   of kind `recommendation`, so the award application windows are among them, marked as such.
 * - `/support/{slug}/calendar.ics`: one programme's window.
 * - `/enterprises/{slug}/calendar.ics`: the windows of the programmes the enterprise may qualify
 *   for — the support matcher decides (the same `matchSupportPrograms` the profile shows), and
 *   each event says why and links the application dossier.
 *
 * An event's UID depends only on the programme and the day it marks, so the same deadline
 * keeps its UID in every calendar and language, and across rebuilds.
 */
import type { Enterprise, Program, Register } from '../data/register.ts';
import { describeEligibility, type ProgramMatch } from '../domain/eligibility.ts';
import { PROGRAM_KINDS, STANDARD_LEVELS, labelFor } from '../domain/vocabulary.ts';
import { formatCNY } from '../i18n/format.ts';
import { LANG_TAGS, localePath, type Lang } from '../i18n/locales.ts';
import { localText } from '../i18n/localize.ts';
import { CALENDAR_UI } from '../i18n/strings/calendar.ts';
import { dossierPath, programPath } from '../routes.ts';
import { enterpriseMatches, sortedAmounts } from '../view/programs.ts';
import { safeUrl } from '../view/safeUrl.ts';
import { hasDossier } from '../view/dossier.ts';
import type { IcsCalendar, IcsEvent } from './ical.ts';
import { fillTemplate as fill } from '../i18n/template.ts';

/** The reminder: 7 days before the closing day, at 9 in the morning. */
export const REMINDER = { daysBefore: 7, atHour: 9 } as const;

const PROD_ID: Readonly<Record<Lang, string>> = {
  zh: '-//Haidian District Quality Bureau//Standards Register//ZH',
  en: '-//Haidian District Quality Bureau//Standards Register//EN',
};

/**
 * The stable UID of a programme's opening or closing day.
 * @example eventUid({_id: 'supportProgram-x'}, 'closes', new URL('https://zl.example.gov.cn/')) //=> 'supportProgram-x-closes@zl.example.gov.cn'
 */
export function eventUid(program: { readonly _id: string }, day: 'opens' | 'closes', site: URL): string {
  return `${program._id}-${day}@${site.hostname}`;
}

function sentence(label: string, text: string, lang: Lang): string {
  return `${label}${lang === 'zh' ? '：' : ': '}${text}`;
}

/** The lines every event of a programme describes it with. */
function programLines(program: Program, lang: Lang, site: URL): string[] {
  const lines: string[] = [];
  const window = program.opensOn
    ? `${program.opensOn} ${lang === 'zh' ? '至' : 'to'} ${program.closesOn ?? CALENDAR_UI.noDeadline[lang]}`
    : (program.closesOn ?? CALENDAR_UI.noDeadline[lang]);
  lines.push(sentence(CALENDAR_UI.window[lang], window, lang));
  if (program.documentNumber) lines.push(sentence(CALENDAR_UI.documentNumber[lang], program.documentNumber, lang));
  const amounts = sortedAmounts(program.amounts);
  if (amounts.length > 0) {
    const list = amounts.map((a) => `${labelFor(STANDARD_LEVELS, a.level)?.[lang] ?? a.level} ${formatCNY(a.amountCNY, lang)}`);
    lines.push(sentence(CALENDAR_UI.amounts[lang], list.join(lang === 'zh' ? '；' : '; '), lang));
  }
  const rules = describeEligibility(program.eligibility);
  if (rules.length > 0) lines.push(sentence(CALENDAR_UI.eligibility[lang], rules.map((r) => r[lang]).join(lang === 'zh' ? '；' : '; '), lang));
  lines.push(sentence(CALENDAR_UI.details[lang], new URL(localePath(lang, programPath(program)), site).href, lang));
  return lines;
}

function categories(program: Program, lang: Lang): string[] {
  const kind = labelFor(PROGRAM_KINDS, program.kind)?.[lang];
  return [...(kind ? [kind] : []), ...(program.kind === 'recommendation' ? [CALENDAR_UI.awardApplication[lang]] : [])];
}

/**
 * The opening and closing days of one programme as events (a programme without dates has
 * none). `extra` lines (an enterprise's reason, its dossier) follow the programme's own.
 */
export function programEvents(program: Program, lang: Lang, site: URL, extra: readonly string[] = []): IcsEvent[] {
  const title = localText(program.title, lang);
  const description = [...extra, ...programLines(program, lang, site)].join('\n');
  const url = safeUrl(new URL(localePath(lang, programPath(program)), site).href);
  const common = { description, categories: categories(program, lang), ...(url ? { url } : {}) };
  const events: IcsEvent[] = [];
  if (program.opensOn)
    events.push({ uid: eventUid(program, 'opens', site), date: program.opensOn, summary: fill(CALENDAR_UI.opens[lang], { title }), ...common });
  if (program.closesOn) {
    events.push({
      uid: eventUid(program, 'closes', site),
      date: program.closesOn,
      summary: fill(CALENDAR_UI.closes[lang], { title }),
      ...common,
      alarm: { ...REMINDER, description: fill(CALENDAR_UI.alarm[lang], { title }) },
    });
  }
  return events;
}

function calendar(lang: Lang, today: string, name: string, description: string, events: IcsEvent[]): IcsCalendar {
  return { prodId: PROD_ID[lang], language: LANG_TAGS[lang], name, description, stampDate: today, events };
}

/** Every published programme's window (drafts never reach the register). */
export function allProgramsCalendar(register: Register, lang: Lang, site: URL): IcsCalendar {
  return calendar(
    lang,
    register.today,
    CALENDAR_UI.allName[lang],
    CALENDAR_UI.allDescription[lang],
    register.programs.flatMap((p) => programEvents(p, lang, site)),
  );
}

/** One programme's window. */
export function programCalendar(program: Program, today: string, lang: Lang, site: URL): IcsCalendar {
  const title = localText(program.title, lang);
  return calendar(lang, today, fill(CALENDAR_UI.programName[lang], { title }), CALENDAR_UI.allDescription[lang], programEvents(program, lang, site));
}

/** The lines an enterprise's event adds: why it may qualify, and its dossier when it has one. */
function matchLines(enterprise: Enterprise, match: ProgramMatch<Program, Enterprise['participations'][number]>, lang: Lang, site: URL): string[] {
  const lines = [sentence(CALENDAR_UI.reason[lang], match.reason[lang], lang)];
  if (hasDossier(match)) lines.push(sentence(CALENDAR_UI.dossier[lang], new URL(localePath(lang, dossierPath(enterprise, match.program)), site).href, lang));
  return lines;
}

/** The windows of the programmes an enterprise may qualify for (the profile's matcher). */
export function enterpriseCalendar(enterprise: Enterprise, register: Register, lang: Lang, site: URL): IcsCalendar {
  const matches = enterpriseMatches(enterprise, register.programs, register.today);
  const events = matches.flatMap((m) => programEvents(m.program, lang, site, matchLines(enterprise, m, lang, site)));
  const name = fill(CALENDAR_UI.enterpriseName[lang], { name: localText(enterprise.name, lang) });
  return calendar(lang, register.today, name, CALENDAR_UI.enterpriseDescription[lang], events);
}

/** `text/calendar` as RFC 5545 §8.1 registers it. */
export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';
