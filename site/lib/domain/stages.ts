/**
 * The life cycle of a standard: one vocabulary aligned with the ISO harmonized stage codes
 * (ISO/IEC Directives, Part 1, Annex SE) and GB/T 16733 (国家标准制定程序的阶段划分及代码).
 */
import type { Label } from './vocabulary.ts';

export interface StageInfo extends Label {
  /** Two-digit stage code shared by ISO and GB/T 16733. */
  readonly code: string;
}

export const STAGES = Object.freeze({
  preliminary: { code: '00', zh: '预阶段', en: 'Preliminary' },
  proposal: { code: '10', zh: '立项', en: 'Proposal' },
  preparatory: { code: '20', zh: '起草', en: 'Preparatory' },
  committee: { code: '30', zh: '征求意见', en: 'Committee' },
  enquiry: { code: '40', zh: '审查', en: 'Enquiry' },
  approval: { code: '50', zh: '批准', en: 'Approval' },
  published: { code: '60', zh: '发布', en: 'Published' },
  review: { code: '90', zh: '复审', en: 'Review' },
  withdrawn: { code: '95', zh: '废止', en: 'Withdrawn' },
} satisfies Record<string, StageInfo>);
export type Stage = keyof typeof STAGES;

/** Stages in life-cycle order (the order of the timeline on a standard's page). */
export const STAGE_ORDER = Object.keys(STAGES) as Stage[];

/** Stages at or after publication: the standard text exists and has dates. */
const PUBLISHED_STAGES: ReadonlySet<Stage> = new Set(['published', 'review', 'withdrawn']);

/**
 * Whether a stage means the standard has been published (60 and after).
 * @example isPublishedStage('review') //=> true
 */
export function isPublishedStage(stage: Stage): boolean {
  return PUBLISHED_STAGES.has(stage);
}

/** Stage from a harmonized stage code such as `60.60` or `40`. */
export function stageFromCode(stageCode: string): Stage | undefined {
  const major = stageCode.trim().slice(0, 2);
  return STAGE_ORDER.find((stage) => STAGES[stage].code === major);
}

/** The public state of a standard (the badge on its page). */
export const STANDARD_STATES = Object.freeze({
  'in-development': { zh: '制修订中', en: 'In development' },
  upcoming: { zh: '即将实施', en: 'Upcoming' },
  current: { zh: '现行', en: 'Current' },
  superseded: { zh: '被代替', en: 'Superseded' },
  withdrawn: { zh: '废止', en: 'Withdrawn' },
} satisfies Record<string, Label>);
export type StandardState = keyof typeof STANDARD_STATES;

export interface StateInput {
  readonly stage: Stage;
  readonly effectiveOn?: string | null | undefined;
  readonly withdrawnOn?: string | null | undefined;
  /** True when another standard in the data lists this one in its `replaces`. */
  readonly replaced: boolean;
}

/**
 * The state of a standard on a given day (ISO date `YYYY-MM-DD`).
 *
 * Withdrawal wins over replacement: a withdrawn edition is 废止 even if a successor exists,
 * because "被代替" tells a reader there is a current successor to use instead, and 废止 tells
 * them the text no longer applies at all. An unfinished standard is 制修订中.
 * @example standardState({stage: 'published', effectiveOn: '2030-01-01', replaced: false}, '2026-11-28') //=> 'upcoming'
 */
export function standardState(input: StateInput, today: string): StandardState {
  if (input.stage === 'withdrawn' || (input.withdrawnOn && input.withdrawnOn <= today)) return 'withdrawn';
  if (!isPublishedStage(input.stage)) return 'in-development';
  if (input.replaced) return 'superseded';
  if (input.effectiveOn && input.effectiveOn > today) return 'upcoming';
  return 'current';
}
