/**
 * The public register as typed, joined records: what every page, data file and index is
 * built from. Raw shapes come from TypeGen (sanity.types.ts, generated from the Studio schema
 * and REGISTER_QUERY); the joins are added here, so no type is written twice.
 */
import type { REGISTER_QUERY_RESULT } from './sanity.types.ts';
import type { StandardCode } from '../domain/standardCode.ts';
import type { StandardState } from '../domain/stages.ts';

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

/** Localized text as stored: `zh` required, `en` optional. */
export type LocaleValue = NonNullable<RawEnterprise['name']>;

export interface Enterprise extends Omit<RawEnterprise, 'slug' | 'logoAssetId'> {
  readonly slug: string;
  readonly logo?: RawAsset;
  readonly participations: Participation[];
  readonly committeeRoles: CommitteeRole[];
  readonly nominations: Nomination[];
}

export interface Standard extends Omit<RawStandard, 'committeeId' | 'replacesIds'> {
  /** The normalized code (display form, slug, level and body from the prefix). */
  readonly parsed: StandardCode;
  readonly slug: string;
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
