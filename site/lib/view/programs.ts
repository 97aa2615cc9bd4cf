/**
 * Support programmes arranged for pages: grouped by where their application window stands,
 * deadlines first, amounts in level order, and the deadline as words.
 */
import type { Program, Register } from '../data/register.ts';
import {
  hasCriteria,
  matchSupportPrograms,
  PROGRAM_STATUS_ORDER,
  programStatus,
  qualifyingEnterprises,
  type EnterpriseInput,
  type ParticipationInput,
  type ProgramInput,
  type ProgramMatch,
  type ProgramStatus,
} from '../domain/eligibility.ts';
import { STANDARD_LEVELS, valuesOf } from '../domain/vocabulary.ts';
import type { Deadline } from '../domain/eligibility.ts';
import type { Label } from '../domain/vocabulary.ts';
import type { Lang } from '../i18n/locales.ts';
import { SUPPORT_UI } from '../i18n/strings/support.ts';

interface Dated extends ProgramInput {
  readonly slug: string;
}

/** Sorts after every real date, so "no deadline" comes last. */
const NEVER = '9999-12-31';

function byDeadline(a: Dated, b: Dated): number {
  return (a.closesOn ?? NEVER).localeCompare(b.closesOn ?? NEVER) || a.slug.localeCompare(b.slug);
}

/** Within a status: open ones by nearest deadline, upcoming by opening day, closed most recent first. */
function compareWithin(status: ProgramStatus): (a: Dated, b: Dated) => number {
  switch (status) {
    case 'upcoming':
      return (a, b) => (a.opensOn ?? '').localeCompare(b.opensOn ?? '') || a.slug.localeCompare(b.slug);
    case 'closed':
      return (a, b) => (b.closesOn ?? '').localeCompare(a.closesOn ?? '') || a.slug.localeCompare(b.slug);
    case 'open':
    case 'closing-soon':
      return byDeadline;
  }
}

/** Every status in display order (open, closing soon, upcoming, closed), each with its programmes, possibly none. */
export function groupProgramsByStatus<P extends Dated>(programs: readonly P[], today: string): Array<{ status: ProgramStatus; programs: P[] }> {
  return PROGRAM_STATUS_ORDER.map((status) => ({
    status,
    programs: programs.filter((p) => programStatus(p, today) === status).sort(compareWithin(status)),
  }));
}

/** Urgency: what takes applications now, then what opens later, then what has closed. */
const URGENCY: Readonly<Record<ProgramStatus, number>> = { 'closing-soon': 0, open: 0, upcoming: 1, closed: 2 };

/**
 * Matches (or anything carrying a programme and its deadline) by urgency: programmes taking
 * applications by nearest deadline (all-year ones last), then upcoming, then closed.
 */
export function orderByUrgency<M extends { readonly program: Dated; readonly deadline: { readonly status: ProgramStatus } }>(matches: readonly M[]): M[] {
  return [...matches].sort((a, b) => URGENCY[a.deadline.status] - URGENCY[b.deadline.status] || compareWithin(a.deadline.status)(a.program, b.program));
}

/** Programmes taking applications today (open or closing soon), nearest deadline first, all-year ones last. */
export function openPrograms<P extends Dated>(programs: readonly P[], today: string): P[] {
  return programs.filter((p) => ['open', 'closing-soon'].includes(programStatus(p, today))).sort(byDeadline);
}

/** A programme's amounts in level order (international first). */
export function sortedAmounts<A extends { readonly level: string }>(amounts: readonly A[] | null | undefined): A[] {
  const order = valuesOf(STANDARD_LEVELS) as string[];
  return [...(amounts ?? [])].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
}

/**
 * The deadline in words, without the status badge.
 * @example deadlineText({status: 'closing-soon', closesOn: '2026-12-15', daysLeft: 17}, 'en') //=> 'closes 2026-12-15 (17 days left)'
 */
export function deadlineText(deadline: Deadline, lang: Lang): string {
  const fill = (template: string, key: string, value: string | number) => template.replace(`{${key}}`, String(value));
  switch (deadline.status) {
    case 'upcoming':
      return deadline.opensOn ? fill(SUPPORT_UI.opensLater[lang], 'date', deadline.opensOn) : '';
    case 'closed':
      return deadline.closesOn ? fill(SUPPORT_UI.closedOn[lang], 'date', deadline.closesOn) : '';
    case 'open':
    case 'closing-soon': {
      if (!deadline.closesOn) return SUPPORT_UI.noDeadline[lang];
      const closes = fill(SUPPORT_UI.closesOnDate[lang], 'date', deadline.closesOn);
      const days = deadline.daysLeft ?? 0;
      const left = days === 0 ? SUPPORT_UI.lastDay[lang] : days === 1 ? SUPPORT_UI.oneDayLeft[lang] : fill(SUPPORT_UI.daysLeft[lang], 'n', days);
      return lang === 'zh' ? `${closes}（${left}）` : `${closes} (${left})`;
    }
  }
}

/**
 * The enterprises that appear to qualify for a programme, each with its match (none when the
 * programme has no criteria): what the programme's page lists, computed once for both languages.
 * A programme of the register takes each enterprise's matches as its own pages do
 * (`enterpriseMatches`), so every enterprise is matched against every programme once per build.
 */
export function qualifyingRows(
  program: Program,
  register: Pick<Register, 'enterprises' | 'programs' | 'today'>,
): ReturnType<typeof qualifyingEnterprises<Program, Register['enterprises'][number]>> {
  if (!hasCriteria(program.eligibility)) return [];
  const byProgram = qualifyingByProgram(register);
  return byProgram.get(program) ?? (register.programs.includes(program) ? [] : qualifyingEnterprises(program, register.enterprises, register.today));
}

type QualifyingRow = ReturnType<typeof qualifyingEnterprises<Program, Register['enterprises'][number]>>[number];
const qualifyingOf = new WeakMap<object, { readonly enterprises: readonly object[]; readonly today: string; readonly rows: Map<Program, QualifyingRow[]> }>();

/** Every programme's qualifying rows, from one pass over the enterprises' matches (enterprises in register order). */
function qualifyingByProgram(register: Pick<Register, 'enterprises' | 'programs' | 'today'>): Map<Program, QualifyingRow[]> {
  const known = qualifyingOf.get(register.programs);
  if (known && known.enterprises === register.enterprises && known.today === register.today) return known.rows;
  const rows = new Map<Program, QualifyingRow[]>();
  for (const enterprise of register.enterprises) {
    for (const match of enterpriseMatches(enterprise, register.programs, register.today)) {
      let list = rows.get(match.program);
      if (!list) rows.set(match.program, (list = []));
      list.push({ enterprise, match });
    }
  }
  qualifyingOf.set(register.programs, { enterprises: register.enterprises, today: register.today, rows });
  return rows;
}

/** What MatchReason shows of a match: each qualifying standard (linked by its code) and the tier condition. */
export interface MatchReasonView {
  readonly standards: ReadonlyArray<{
    readonly standard: { readonly slug: string; readonly parsed: { readonly display: string } };
    readonly conditions: Label;
    readonly amountCNY?: number | undefined;
  }>;
  readonly tierReason?: Label | undefined;
}

/**
 * A programme page's qualifying list as the page shows it (QualifyingList, MatchReason): each
 * enterprise's name, page and tier, and the reason with its amounts — and nothing else, so the
 * page's cache key, made of exactly this, stays when an enterprise's description or a standard's
 * title changes (at 50,000 documents a programme page lists thousands of enterprises, 3 MB).
 */
export function qualifyingList(rows: ReturnType<typeof qualifyingRows>) {
  return rows.map(({ enterprise: e, match }) => ({
    enterprise: { slug: e.slug, name: e.name, serviceTier: e.serviceTier },
    match: {
      amountCNY: match.amountCNY,
      tierReason: match.tierReason,
      standards: match.standards.map((s) => ({
        standard: { slug: s.standard.slug, parsed: { display: s.standard.parsed.display } },
        conditions: s.conditions,
        amountCNY: s.amountCNY,
      })),
    } satisfies MatchReasonView & { readonly amountCNY: number | undefined },
  }));
}

export type QualifyingRows = ReturnType<typeof qualifyingList>;

const matchesOf = new WeakMap<object, { readonly programs: readonly object[]; readonly today: string; readonly matches: unknown }>();

/**
 * The programmes an enterprise appears to qualify for, with their matches: what its profile,
 * calendar and dossiers show of the programmes, computed once per enterprise for all of them
 * (and for their cache keys, so a programme edit re-renders only the enterprises it matches).
 */
export function enterpriseMatches<P extends ProgramInput, Q extends ParticipationInput>(
  enterprise: EnterpriseInput<Q>,
  programs: readonly P[],
  today: string,
): ProgramMatch<P, Q>[] {
  const known = matchesOf.get(enterprise);
  if (known && known.programs === programs && known.today === today) return known.matches as ProgramMatch<P, Q>[];
  const matches = matchSupportPrograms(enterprise, programs, today);
  matchesOf.set(enterprise, { programs, today, matches });
  return matches;
}
