/**
 * The bureau's annual report (`/reports/{year}/`): what district enterprises achieved in one
 * calendar year, from the public register — computed here once, and only here, for the page,
 * its charts and its CSV. Pure: the same register gives the same figures (the unit test checks
 * them against values counted by hand from content/dataset.ndjson).
 *
 * What falls in a year:
 * - standards work: verified participations whose `year` is the year (the unit of the stats
 *   page: records, stacked by the standard's level and the enterprise's role); "standards led"
 *   and "standards drafted" count distinct standards;
 * - new committee seats: verified committee roles whose `since` is in the year;
 * - award results: public nominations whose `year` is the year;
 * - programmes opened: published programmes whose `opensOn` is in the year.
 * Nothing dated after the build date counts (a seat from next month, a programme opening later
 * this year); a year after the build year has no report. The build year's report is partial.
 */
import type { Award, CommitteeRole, Nomination, Participation, Program, Register } from './register.ts';
import {
  COMMITTEE_ROLES,
  PARTICIPATION_ROLES,
  STANDARD_LEVELS,
  valuesOf,
  type CommitteeRoleKind,
  type NominationOutcome,
  type ParticipationRole,
  type StandardLevel,
} from '../domain/vocabulary.ts';
import { CHART_OUTCOMES, COUNT, type Count } from '../stats/chartData.ts';
import { countInto, type CountTable } from '../stats/countTable.ts';

/** The headline figures, in the order the report shows them. */
export const FIGURE_KEYS = [
  'standardsWork',
  'standardsLed',
  'standardsDrafted',
  'internationalStandards',
  'newSeats',
  'awardResults',
  'awardWins',
  'programmesOpened',
  'enterprisesActive',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** One headline figure with the previous year's value and the change. */
export interface Figure {
  readonly key: FigureKey;
  readonly value: number;
  readonly previous: number;
  /** `value − previous`. */
  readonly change: number;
  /** The change in percent of the previous year, rounded to a whole number; undefined when the previous year had none. */
  readonly changePercent?: number;
}

export interface AnnualReport {
  readonly year: number;
  /** The build year: figures so far, up to `asOf`. */
  readonly partial: boolean;
  /** The build date. */
  readonly asOf: string;
  readonly figures: readonly Figure[];
  /** Participation records by level (rows) and role (columns), every level and role listed. */
  readonly standardsByLevel: CountTable<StandardLevel, ParticipationRole>;
  /** New seats by committee role (vocabulary order, roles without a seat left out). */
  readonly seatsByRole: CountTable<CommitteeRoleKind, Count>;
  /** Public results by award (awards with a result that year, in register order) and outcome. */
  readonly awardsByOutcome: CountTable<string, NominationOutcome>;
  readonly awards: readonly Award[];
  /** The records behind the tables, for the lists under them. */
  readonly participations: readonly Participation[];
  readonly seats: readonly CommitteeRole[];
  readonly results: readonly Nomination[];
  readonly programmes: readonly Program[];
}

const yearOf = (date: string | null | undefined): number | undefined => (date ? Number(date.slice(0, 4)) : undefined);

/** The records of one year, by the rules above. */
interface YearRecords {
  readonly participations: Participation[];
  readonly seats: CommitteeRole[];
  readonly results: Nomination[];
  readonly programmes: Program[];
}

function recordsOf(register: Register, year: number): YearRecords {
  const { today } = register;
  return {
    participations: register.participations.filter((p) => p.year === year),
    seats: register.committeeRoles.filter((r) => yearOf(r.since) === year && (r.since ?? '') <= today),
    results: register.nominations.filter((n) => n.year === year),
    programmes: register.programs.filter((p) => yearOf(p.opensOn) === year && (p.opensOn ?? '') <= today),
  };
}

function distinctStandards(participations: readonly Participation[], keep: (p: Participation) => boolean): number {
  return new Set(participations.filter(keep).map((p) => p.standard._id)).size;
}

function headline(records: YearRecords): Record<FigureKey, number> {
  const { participations, seats, results, programmes } = records;
  const enterprises = new Set([...participations, ...seats, ...results].map((r) => r.enterprise._id));
  return {
    standardsWork: participations.length,
    standardsLed: distinctStandards(participations, (p) => p.role === 'lead'),
    standardsDrafted: distinctStandards(participations, (p) => p.role === 'drafter'),
    internationalStandards: distinctStandards(participations, (p) => p.standard.level === 'international'),
    newSeats: seats.length,
    awardResults: results.length,
    awardWins: results.filter((n) => n.outcome === 'winner').length,
    programmesOpened: programmes.length,
    enterprisesActive: enterprises.size,
  };
}

/**
 * The years that have a report: every year with at least one record by the rules above, up
 * to the build year, ascending.
 */
export function reportYears(register: Register): number[] {
  const last = Number(register.today.slice(0, 4));
  const years = new Set<number>();
  for (const p of register.participations) if (typeof p.year === 'number') years.add(p.year);
  for (const r of register.committeeRoles) if (r.since && r.since <= register.today) years.add(Number(r.since.slice(0, 4)));
  for (const n of register.nominations) if (typeof n.year === 'number') years.add(n.year);
  for (const p of register.programs) if (p.opensOn && p.opensOn <= register.today) years.add(Number(p.opensOn.slice(0, 4)));
  return [...years].filter((y) => Number.isInteger(y) && y <= last).sort((a, b) => a - b);
}

function figure(key: FigureKey, value: number, previous: number): Figure {
  return { key, value, previous, change: value - previous, ...(previous > 0 ? { changePercent: Math.round(((value - previous) / previous) * 100) } : {}) };
}

function computeReport(register: Register, year: number): AnnualReport {
  const records = recordsOf(register, year);
  const now = headline(records);
  const before = headline(recordsOf(register, year - 1));
  const levels = valuesOf(STANDARD_LEVELS);
  const roles = valuesOf(PARTICIPATION_ROLES);
  const seatRoles = valuesOf(COMMITTEE_ROLES).filter((role) => records.seats.some((s) => s.role === role));
  const awards = register.awards.filter((a) => records.results.some((n) => n.award === a));
  return {
    year,
    partial: year === Number(register.today.slice(0, 4)),
    asOf: register.today,
    figures: FIGURE_KEYS.map((key) => figure(key, now[key], before[key])),
    standardsByLevel: countInto(
      records.participations,
      (p) => p.standard.level,
      (p) => p.role,
      levels,
      roles,
    ),
    seatsByRole: countInto(
      records.seats,
      (s) => s.role,
      () => COUNT,
      seatRoles,
      [COUNT],
    ),
    awardsByOutcome: countInto(
      records.results,
      (n) => n.award.slug,
      (n) => n.outcome,
      awards.map((a) => a.slug),
      CHART_OUTCOMES,
    ),
    awards,
    participations: records.participations,
    seats: records.seats,
    results: records.results,
    programmes: [...records.programmes].sort((a, b) => (a.opensOn ?? '').localeCompare(b.opensOn ?? '') || a.slug.localeCompare(b.slug)),
  };
}

const cache = new WeakMap<Register, Map<number, AnnualReport>>();

/** The report of one year, computed once per register (page, charts and CSV share it). */
export function annualReport(register: Register, year: number): AnnualReport {
  let byYear = cache.get(register);
  if (!byYear) cache.set(register, (byYear = new Map()));
  let report = byYear.get(year);
  if (!report) byYear.set(year, (report = computeReport(register, year)));
  return report;
}

/** Every report of the register, ascending by year. */
export function annualReports(register: Register): AnnualReport[] {
  return reportYears(register).map((year) => annualReport(register, year));
}
