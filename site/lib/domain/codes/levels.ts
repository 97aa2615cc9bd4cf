/**
 * THE LEVEL TABLE: the level a code implies, by family. One row per family; families issued by
 * international publishers take their level from the publisher's class and the bureau's setting
 * below, so "is IEEE international?" is answered in one place, not in a parser.
 */
import type { StandardLevel } from '../vocabulary.ts';
import { PUBLISHERS, type PublisherClass } from './bodies.ts';
import type { CodeFamily } from './types.ts';

/**
 * THE SETTING: which treaty organizations and consortia count as international for the bureau.
 * Default per docs/standard-codes.md §6: ISO, IEC and ITU. Add `IEEE`, `IETF`, `3GPP` … here if
 * the bureau's award and subsidy rules count them as 国际标准组织; every page, check and the
 * `codes` command follow.
 */
export const INTERNATIONAL_BODIES: readonly string[] = ['ISO', 'IEC', 'ITU'];

/** Level of a family; `publisher` means: from the publishers (classOfPublishers). */
export const FAMILY_LEVELS: Readonly<Record<Exclude<CodeFamily, 'unknown'>, StandardLevel | 'publisher'>> = Object.freeze({
  GB: 'national',
  'GB/T': 'national',
  'GB/Z': 'national',
  GBZ: 'national',
  GSB: 'national',
  'national-plan': 'national',
  metrology: 'national',
  regulation: 'national',
  industry: 'industry',
  local: 'local',
  'local-engineering': 'local',
  group: 'group',
  enterprise: 'enterprise',
  ISO: 'publisher',
  'ISO/IEC': 'publisher',
  IEC: 'publisher',
  IWA: 'publisher',
  ITU: 'publisher',
  IEEE: 'publisher',
  IETF: 'publisher',
  '3GPP': 'publisher',
  ETSI: 'publisher',
  CEN: 'publisher',
  BSI: 'publisher',
  DIN: 'publisher',
  CSA: 'publisher',
  SAE: 'publisher',
  ASTM: 'publisher',
  UL: 'publisher',
  Ecma: 'publisher',
});

const CLASS_LEVELS: Readonly<Record<PublisherClass, StandardLevel>> = {
  treaty: 'consortium',
  consortium: 'consortium',
  regional: 'foreign',
  'foreign-national': 'foreign',
};

/**
 * The level of a document published by these bodies (joint publications list several):
 * international when any is in INTERNATIONAL_BODIES; foreign when a national or regional body
 * co-publishes (`ANSI/IEEE`); else consortium.
 * @example levelOfPublishers(['IEEE']) //=> 'consortium'
 * @example levelOfPublishers(['ISO', 'IEC', 'IEEE']) //=> 'international'
 */
export function levelOfPublishers(publishers: readonly string[], international: readonly string[] = INTERNATIONAL_BODIES): StandardLevel {
  if (publishers.some((p) => international.includes(p))) return 'international';
  const levels = publishers.map((p) => CLASS_LEVELS[PUBLISHERS[p]?.class ?? 'foreign-national']);
  return levels.includes('foreign') ? 'foreign' : (levels[0] ?? 'foreign');
}

export function levelOf(
  family: Exclude<CodeFamily, 'unknown'>,
  publishers: readonly string[],
  international: readonly string[] = INTERNATIONAL_BODIES,
): StandardLevel {
  const level = FAMILY_LEVELS[family];
  return level === 'publisher' ? levelOfPublishers(publishers, international) : level;
}
