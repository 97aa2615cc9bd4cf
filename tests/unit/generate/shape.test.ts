/**
 * The generated dataset is shaped like the real one: type proportions, every code family and
 * stage, superseded editions, all vocabularies, ~1% drafts, ~5% unverified relation records.
 */
import { describe, expect, it } from 'vitest';
import { parseStandardCode } from '../../../site/lib/domain/standardCode.ts';
import { STAGE_ORDER, stageFromCode } from '../../../site/lib/domain/stages.ts';
import { COMMITTEE_ROLES, NOMINATION_OUTCOMES, PARTICIPATION_ROLES, PROGRAM_KINDS, STANDARD_LEVELS, valuesOf } from '../../../site/lib/domain/vocabulary.ts';
import { GENERATED_MARKER_PREFIX } from '../../../scripts/lib/generate/index.ts';
import { generated, isDraft, ofType, published, TEST_SCALE } from './generated.ts';

const { docs } = generated();
const live = published(docs);
const count = (type: string): number => ofType(live, type).length;
const distinct = (docsOfType: readonly Record<string, unknown>[], field: string): string[] => [...new Set(docsOfType.map((d) => String(d[field])))].sort();

describe('generated dataset shape', () => {
  it('keeps enterprises : standards : participations : committee roles : nominations ≈ 10 : 10 : 30 : 2 : 3 (±20%)', () => {
    const unit = count('enterprise') / 10;
    const ratios = {
      standard: count('standard') / unit,
      participation: count('participation') / unit,
      committeeRole: count('committeeRole') / unit,
      nomination: count('nomination') / unit,
    };
    const expected = { standard: 10, participation: 30, committeeRole: 2, nomination: 3 };
    for (const [type, want] of Object.entries(expected)) {
      const got = ratios[type as keyof typeof ratios];
      expect(got, type).toBeGreaterThanOrEqual(want * 0.8);
      expect(got, type).toBeLessThanOrEqual(want * 1.2);
    }
  });

  it('has the three real awards, at least 10 committees and at least 5 programmes', () => {
    expect(distinct(ofType(live, 'award'), '_id')).toEqual([
      'award-beijing-quality-management-award',
      'award-china-quality-award',
      'award-zhongguancun-quality-award',
    ]);
    expect(count('technicalCommittee')).toBeGreaterThanOrEqual(10);
    expect(count('supportProgram')).toBeGreaterThanOrEqual(5);
  });

  it('has every code family, every level and every stage, with stage codes that agree', () => {
    const standards = ofType(live, 'standard');
    const families = new Set(standards.map((s) => parseStandardCode(String(s['code']))?.family));
    expect([...families].sort()).toEqual(['CEN', 'GB', 'GB/T', 'GB/Z', 'IEC', 'IEEE', 'ISO', 'ISO/IEC', 'ITU', 'enterprise', 'group', 'industry', 'local']);
    expect(distinct(standards, 'level')).toEqual(valuesOf(STANDARD_LEVELS).sort());
    expect(distinct(standards, 'stage')).toEqual([...STAGE_ORDER].sort());
    for (const s of standards) expect(stageFromCode(String(s['stageCode']))).toBe(s['stage']);
  });

  it('writes association codes with the em-dash and ISO editions with a colon', () => {
    const codes = ofType(live, 'standard').map((s) => String(s['code']));
    expect(codes.filter((c) => c.startsWith('T/') && parseStandardCode(c)?.year !== undefined).every((c) => /—\d{4}$/.test(c))).toBe(true);
    expect(codes.some((c) => /^T\/[A-Z]+ \d+—20\d\d$/.test(c))).toBe(true);
    expect(codes.some((c) => /^ISO\/IEC \d+(?:-\d+)?:20\d\d$/.test(c))).toBe(true);
    expect(codes.some((c) => /^DB11\/T \d+-20\d\d$/.test(c))).toBe(true);
    expect(codes.some((c) => /^ITU-T [A-Z]\.\d+$/.test(c))).toBe(true);
  });

  it('has superseded editions: the replaced edition is the same code, older', () => {
    const byId = new Map(ofType(live, 'standard').map((s) => [String(s['_id']), s]));
    const replacing = ofType(live, 'standard').filter((s) => Array.isArray(s['replaces']));
    expect(replacing.length).toBeGreaterThan(10);
    for (const s of replacing) {
      for (const r of s['replaces'] as { _ref: string }[]) {
        const older = byId.get(r._ref);
        const newer = parseStandardCode(String(s['code']));
        const old = parseStandardCode(String(older?.['code']));
        expect(old?.undated).toBe(newer?.undated);
        expect(old?.year ?? 0).toBeLessThan(newer?.year ?? 0);
      }
    }
  });

  it('uses every role, outcome and programme kind', () => {
    expect(distinct(ofType(live, 'participation'), 'role')).toEqual(valuesOf(PARTICIPATION_ROLES).sort());
    expect(distinct(ofType(live, 'committeeRole'), 'role')).toEqual(valuesOf(COMMITTEE_ROLES).sort());
    expect(distinct(ofType(live, 'nomination'), 'outcome')).toEqual(valuesOf(NOMINATION_OUTCOMES).sort());
    expect(distinct(ofType(live, 'supportProgram'), 'kind')).toEqual(valuesOf(PROGRAM_KINDS).sort());
  });

  it('mixes in ~1% drafts and ~5% unverified relation records, each with a private marker', () => {
    const drafts = docs.filter(isDraft);
    expect(drafts.length / TEST_SCALE).toBeCloseTo(0.01, 2);
    expect(drafts.every((d) => JSON.stringify(d).includes(GENERATED_MARKER_PREFIX))).toBe(true);
    const relations = live.filter((d) => ['participation', 'committeeRole', 'nomination'].includes(String(d['_type'])));
    const unverified = relations.filter((d) => (d['verification'] as { status: string }).status === 'entered');
    expect(unverified.length / relations.length).toBeGreaterThan(0.03);
    expect(unverified.length / relations.length).toBeLessThan(0.07);
    expect(unverified.every((d) => JSON.stringify(d['source']).includes(GENERATED_MARKER_PREFIX))).toBe(true);
  });

  it('puts internalNotes, with a marker, on a few enterprises', () => {
    const noted = ofType(live, 'enterprise').filter((e) => typeof e['internalNotes'] === 'string');
    expect(noted.length).toBeGreaterThan(0);
    expect(noted.length / count('enterprise')).toBeLessThan(0.1);
    expect(noted.every((e) => String(e['internalNotes']).includes(GENERATED_MARKER_PREFIX))).toBe(true);
  });
});
