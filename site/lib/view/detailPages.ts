/**
 * The view models of the detail pages: what each page shows, computed once from the joined
 * register, so the page templates only render (the ordering and selection rules live here,
 * unit-tested in tests/unit/view/detailPages.test.ts). Modelled on Starlight's route data: one
 * plain object per page, built before rendering.
 */
import type { Committee, CommitteeRole, Enterprise, Participation, Standard } from '../data/register.ts';
import { STANDARD_LEVELS, valuesOf, type StandardLevel } from '../domain/vocabulary.ts';
import { compareCodes, sortSeats } from './committees.ts';
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
