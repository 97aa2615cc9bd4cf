/** The dataset is large and varied enough to show every feature of the site. */
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../site/lib/domain/stages.ts';
import { parseStandardCode } from '../../../site/lib/domain/standardCode.ts';
import {
  COMMITTEE_ROLES,
  NOMINATION_OUTCOMES,
  PARTICIPATION_ROLES,
  PROGRAM_KINDS,
  SERVICE_TIERS,
  STANDARD_LEVELS,
  valuesOf,
} from '../../../site/lib/domain/vocabulary.ts';
import { DATASET_DAY } from '../../../scripts/seed/lib/constants.ts';
import { DRAFTS, isPublic, ofType, PUBLISHED, str } from './readDataset.ts';

const valuesIn = (type: Parameters<typeof ofType>[0], field: string) => new Set(ofType(type).map((doc) => doc[field]));

describe('dataset size and coverage', () => {
  it('has the minimum number of records of each type', () => {
    expect(ofType('enterprise').length).toBeGreaterThanOrEqual(30);
    expect(ofType('standard').length).toBeGreaterThanOrEqual(60);
    expect(ofType('technicalCommittee').length).toBeGreaterThanOrEqual(10);
    expect(ofType('participation').length).toBeGreaterThanOrEqual(120);
    expect(ofType('committeeRole').length).toBeGreaterThanOrEqual(20);
    expect(ofType('award').length).toBe(3);
    expect(ofType('nomination').length).toBeGreaterThanOrEqual(40);
    expect(ofType('supportProgram').length).toBeGreaterThanOrEqual(5);
  });

  it('has enough public relation records once private ones are removed', () => {
    expect(ofType('participation').filter(isPublic).length).toBeGreaterThanOrEqual(120);
    expect(ofType('committeeRole').filter(isPublic).length).toBeGreaterThanOrEqual(20);
    expect(ofType('nomination').filter(isPublic).length).toBeGreaterThanOrEqual(40);
  });

  it('covers every tier, several industries and parks, and a few enterprises without English', () => {
    expect(valuesIn('enterprise', 'serviceTier')).toEqual(new Set(valuesOf(SERVICE_TIERS)));
    const industries = valuesIn('enterprise', 'industry');
    for (const section of ['C', 'I', 'M']) expect(industries).toContain(section);
    expect(industries.size).toBeGreaterThanOrEqual(7);
    expect(valuesIn('enterprise', 'park').size).toBeGreaterThanOrEqual(6);
    const zhOnly = ofType('enterprise').filter((e) => (e['description'] as { en?: string }).en === undefined);
    expect(zhOnly.length).toBeGreaterThanOrEqual(3);
  });

  it('covers every level, code family and stage of standards', () => {
    const standards = ofType('standard');
    expect(valuesIn('standard', 'level')).toEqual(new Set(valuesOf(STANDARD_LEVELS)));
    expect(valuesIn('standard', 'stage')).toEqual(new Set(Object.keys(STAGES)));
    const families = new Set(standards.map((s) => parseStandardCode(str(s, 'code') ?? '')?.family));
    expect([...families].sort()).toEqual([
      '3GPP',
      'CEN',
      'GB',
      'GB/T',
      'GB/Z',
      'IEC',
      'IEEE',
      'IETF',
      'ISO',
      'ISO/IEC',
      'ITU',
      'enterprise',
      'group',
      'industry',
      'local',
    ]);
    const upcoming = standards.filter((s) => s['stage'] === 'published' && (str(s, 'effectiveOn') ?? '') > DATASET_DAY);
    expect(upcoming.length).toBeGreaterThanOrEqual(3);
  });

  it('covers every role, committee role, outcome and programme kind', () => {
    expect(valuesIn('participation', 'role')).toEqual(new Set(valuesOf(PARTICIPATION_ROLES)));
    expect(valuesIn('committeeRole', 'role')).toEqual(new Set(valuesOf(COMMITTEE_ROLES)));
    expect(valuesIn('nomination', 'outcome')).toEqual(new Set(valuesOf(NOMINATION_OUTCOMES)));
    expect(valuesIn('supportProgram', 'kind')).toEqual(new Set(valuesOf(PROGRAM_KINDS)));
    const roles = ofType('committeeRole');
    expect(roles.some((r) => r['until'] !== undefined)).toBe(true);
    expect(roles.some((r) => r['until'] === undefined)).toBe(true);
  });

  it('has programmes open, closing within 30 days, and closed on the dataset day', () => {
    const programs = ofType('supportProgram');
    const in30Days = new Date(Date.parse(DATASET_DAY) + 30 * 86_400_000).toISOString().slice(0, 10);
    const open = programs.filter((p) => (str(p, 'opensOn') ?? '') <= DATASET_DAY && (str(p, 'closesOn') ?? '9999') >= DATASET_DAY);
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(open.some((p) => (str(p, 'closesOn') ?? '9999') <= in30Days)).toBe(true);
    expect(programs.some((p) => (str(p, 'closesOn') ?? '9999') < DATASET_DAY)).toBe(true);
  });

  it('has drafts and unverified records to test visibility', () => {
    expect(DRAFTS.length).toBeGreaterThanOrEqual(3);
    for (const type of ['participation', 'committeeRole', 'nomination'] as const) {
      const entered = ofType(type).filter((d) => (d['verification'] as { status: string }).status === 'entered');
      expect(entered.length, type).toBeGreaterThanOrEqual(3);
    }
    expect(ofType('enterprise').filter((e) => e['internalNotes'] !== undefined).length).toBeGreaterThanOrEqual(5);
    expect(PUBLISHED.length + DRAFTS.length).toBeGreaterThan(350);
  });
});
