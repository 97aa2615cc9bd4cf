/**
 * The public register as typed, joined records: what every page, data file and index is
 * built from. Raw shapes come from TypeGen (sanity.types.ts, generated from the Studio schema
 * and REGISTER_QUERY); the joins are added here, so no type is written twice.
 */
import type { REGISTER_QUERY_RESULT } from './sanity.types.ts';
import type { StandardCode } from '../domain/standardCode.ts';
import type { Stage, StandardState } from '../domain/stages.ts';
import type { AdoptionDegree } from '../domain/vocabulary.ts';

type Raw = REGISTER_QUERY_RESULT;
type Item<K extends keyof Raw> = NonNullable<Raw[K]>[number];

export type RawEnterprise = Item<'enterprises'>;
export type RawStandard = Item<'standards'>;
export type RawCommittee = Item<'committees'>;
export type RawParticipation = Item<'participations'>;
export type RawCommitteeRole = Item<'committeeRoles'>;
export type RawAward = Item<'awards'>;
export type RawNomination = Item<'nominations'>;
export type RawProgram = Item<'programs'>;
export type RawAsset = Item<'assets'>;

export interface Enterprise extends Omit<RawEnterprise, 'slug' | 'logoAssetId'> {
  readonly slug: string;
  readonly logo?: RawAsset;
  readonly participations: Participation[];
  readonly committeeRoles: CommitteeRole[];
  readonly nominations: Nomination[];
}

/** An earlier designation of a standard (project number, CD, DIS …), normalized. */
export interface Designation {
  readonly code: string;
  /** Canonical display (the tidied text for a code of an unknown family). */
  readonly display: string;
  readonly stage: Stage | null;
  readonly stageCode: string | null;
  /** The day it stopped being the current designation. */
  readonly until: string | null;
}

export interface Standard extends Omit<RawStandard, 'committeeId' | 'replacesIds' | 'designations' | 'adopts' | 'amendsId'> {
  /** The normalized code (display form, slug, level and body from the prefix). */
  readonly parsed: StandardCode;
  /** Permalink slug (site/lib/routes.ts): of the first designation, so it survives code changes. */
  readonly slug: string;
  /** Earlier designations, oldest first. */
  readonly designations: Designation[];
  /** Slugs of earlier addresses that redirect to this page. */
  readonly redirectSlugs: string[];
  /** Every code the document is known by (current, same-document codes, earlier designations), for search. */
  readonly codes: string[];
  /** Withdrawal date: `withdrawnOn`, or implied by the replacing edition's `effectiveOn`. */
  readonly withdrawal?: { readonly date: string; readonly implied: boolean };
  /** The international standard this one adopts. */
  readonly adoption?: { readonly degree: AdoptionDegree; readonly standard?: Standard; readonly code?: string };
  /** National (or other) standards that adopt this one. */
  readonly adoptedBy: Standard[];
  /** For a supplement: the base edition it amends. */
  readonly base?: Standard;
  /** Supplements (amendments, corrigenda, 修改单) of this edition. */
  readonly supplements: Standard[];
  readonly state: StandardState;
  readonly committee?: Committee;
  readonly replaces: Standard[];
  readonly replacedBy: Standard[];
  readonly participations: Participation[];
}

export interface Committee extends Omit<RawCommittee, 'parentId'> {
  readonly slug: string;
  readonly parent?: Committee;
  readonly children: Committee[];
  readonly standards: Standard[];
  readonly roles: CommitteeRole[];
}

export interface Participation extends Omit<RawParticipation, 'enterpriseId' | 'standardId'> {
  readonly enterprise: Enterprise;
  readonly standard: Standard;
}

export interface CommitteeRole extends Omit<RawCommitteeRole, 'enterpriseId' | 'committeeId'> {
  readonly enterprise: Enterprise;
  readonly committee: Committee;
  /** No `until`, or `until` on or after the build date. */
  readonly current: boolean;
}

export interface Award extends Omit<RawAward, 'slug'> {
  readonly slug: string;
  readonly nominations: Nomination[];
  /** Years with public results, newest first. */
  readonly years: number[];
}

export interface Nomination extends Omit<RawNomination, 'enterpriseId' | 'awardId'> {
  readonly enterprise: Enterprise;
  readonly award: Award;
}

export interface Program extends Omit<RawProgram, 'slug'> {
  readonly slug: string;
}

export interface Register {
  /** The day the build treats as today, `YYYY-MM-DD`. */
  readonly today: string;
  readonly enterprises: Enterprise[];
  readonly standards: Standard[];
  readonly committees: Committee[];
  readonly participations: Participation[];
  readonly committeeRoles: CommitteeRole[];
  readonly awards: Award[];
  readonly nominations: Nomination[];
  readonly programs: Program[];
}
