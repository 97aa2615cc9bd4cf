/**
 * The view models of the detail pages: what each page shows, computed once from the joined
 * register, so the page templates only render (the ordering and selection rules live here,
 * unit-tested in tests/unit/view/detailPages.test.ts). Modelled on Starlight's route data: one
 * plain object per page, built before rendering.
 */
import type { Award, Committee, CommitteeRole, Enterprise, Participation, Program, Standard } from '../data/register.ts';
import { nextOpenSession, type SessionRef } from '../domain/awardClock.ts';
import { describeEligibility, programDeadline, type Deadline } from '../domain/eligibility.ts';
import { STANDARD_LEVELS, valuesOf, type Label, type StandardLevel } from '../domain/vocabulary.ts';
import { ruleSentences } from './awardClockText.ts';
import { awardListRows, countOutcomes, groupByOutcome, sessionOfList } from './awardsList.ts';
import { filterEntryOf } from './awardsPinyin.ts';
import { compareCodes, sortSeats } from './committees.ts';
import { sortedAmounts } from './programs.ts';
import { renderProgramBody } from './programsBody.ts';
import { safeUrl } from './safeUrl.ts';
import { groupBy } from './sort.ts';

export interface EnterprisePageModel {
  /** Standards work by level, in vocabulary order; within a level newest year first, then by code. */
  readonly participationsByLevel: ReadonlyArray<{ readonly level: StandardLevel; readonly participations: readonly Participation[] }>;
  /** Committee roles: current first, then the latest start first. */
  readonly roles: readonly CommitteeRole[];
  /** The website, when it is a safe address to link. */
  readonly website: string | undefined;
}

export function enterprisePage(enterprise: Enterprise): EnterprisePageModel {
  const byLevel = groupBy(
    [...enterprise.participations].sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.standard.parsed.display.localeCompare(b.standard.parsed.display)),
    (p) => p.standard.level,
  );
  return {
    participationsByLevel: valuesOf(STANDARD_LEVELS).flatMap((level) => {
      const participations = byLevel.get(level);
      return participations ? [{ level, participations }] : [];
    }),
    roles: [...enterprise.committeeRoles].sort((a, b) => Number(b.current) - Number(a.current) || (b.since ?? '').localeCompare(a.since ?? '')),
    website: safeUrl(enterprise.website),
  };
}

export interface StandardPageModel {
  /** Participants by drafting rank (unranked last, in record order). */
  readonly participants: readonly Participation[];
  /** Other codes of the same document that are neither the current code nor an earlier designation. */
  readonly otherCodes: readonly string[];
  readonly official: string | undefined;
}

export function standardPage(standard: Standard): StandardPageModel {
  return {
    participants: [...standard.participations].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99)),
    otherCodes: standard.codes.filter((c) => c !== standard.parsed.display && !standard.designations.some((d) => d.display === c)),
    official: safeUrl(standard.url),
  };
}

export interface CommitteePageModel {
  /** Subcommittees by code. */
  readonly children: readonly Committee[];
  /** Seats in reading order (sortSeats). */
  readonly seats: readonly CommitteeRole[];
  readonly official: string | undefined;
}

export function committeePage(committee: Committee): CommitteePageModel {
  return {
    children: [...committee.children].sort(compareCodes),
    seats: sortSeats(committee.roles),
    official: safeUrl(committee.url),
  };
}

export interface AwardPageModel {
  /** The next session whose nominations open after today, if the rules say when. */
  readonly next: SessionRef | undefined;
  /** The award's rules in words (cycle, who recommends, the next session). */
  readonly rules: readonly Label[];
  /** Its lists, newest year first, each with its session and the counts by outcome. */
  readonly years: ReadonlyArray<{
    readonly year: number;
    readonly session: ReturnType<typeof sessionOfList>;
    readonly counts: ReturnType<typeof countOutcomes>;
  }>;
  readonly official: string | undefined;
}

export function awardPage(award: Award, today: string): AwardPageModel {
  const next = nextOpenSession(award, today, award.years[0]);
  return {
    next,
    rules: ruleSentences(award, next),
    years: award.years.map((year) => ({ year, session: sessionOfList(award, year), counts: countOutcomes(awardListRows(award, year)) })),
    official: safeUrl(award.url),
  };
}

export interface AwardYearPageModel {
  /** The year's public nominations, in list order. */
  readonly rows: ReturnType<typeof awardListRows>;
  /** The same rows by outcome (winners first). */
  readonly groups: ReturnType<typeof groupByOutcome>;
  readonly counts: ReturnType<typeof countOutcomes>;
  readonly session: ReturnType<typeof sessionOfList>;
  /** What the list's filter matches each row by (names, pinyin, initials). */
  readonly entries: ReadonlyArray<ReturnType<typeof filterEntryOf>>;
}

export function awardYearPage(award: Award, year: number): AwardYearPageModel {
  const rows = awardListRows(award, year);
  return {
    rows,
    groups: groupByOutcome(rows),
    counts: countOutcomes(rows),
    session: sessionOfList(award, year),
    entries: rows.map((n) => filterEntryOf(n.enterprise)),
  };
}

export interface ProgramPageModel {
  /** Where the application window stands today. */
  readonly deadline: Deadline;
  /** The eligibility rules in words, one sentence per criterion. */
  readonly rules: readonly Label[];
  /** Amounts in level order. */
  readonly amounts: ReadonlyArray<NonNullable<Program['amounts']>[number]>;
  /** The programme's text as HTML, with its language. */
  readonly body: ReturnType<typeof renderProgramBody>;
  readonly official: string | undefined;
}

export function programPage(program: Program, today: string): ProgramPageModel {
  return {
    deadline: programDeadline(program, today),
    rules: describeEligibility(program.eligibility),
    amounts: sortedAmounts(program.amounts),
    body: renderProgramBody(program.body),
    official: safeUrl(program.url),
  };
}
