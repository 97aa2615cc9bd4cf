import { describe, expect, it } from 'vitest';
import {
  isPublishedStage,
  STAGE_ORDER,
  STAGES,
  STANDARD_STATES,
  stageFromCode,
  standardState,
  type Stage,
  type StandardState,
  type StateInput,
} from '../../../site/lib/domain/stages.ts';

describe('stage vocabulary', () => {
  it('STAGE_ORDER is the life cycle, codes ascending 00..95', () => {
    expect(STAGE_ORDER).toEqual(['preliminary', 'proposal', 'preparatory', 'committee', 'enquiry', 'approval', 'published', 'review', 'withdrawn']);
    expect(STAGE_ORDER.map((s) => STAGES[s].code)).toEqual(['00', '10', '20', '30', '40', '50', '60', '90', '95']);
    const codes = STAGE_ORDER.map((s) => Number(STAGES[s].code));
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });

  it.each([
    ['preliminary', '预阶段'],
    ['proposal', '立项'],
    ['preparatory', '起草'],
    ['committee', '征求意见'],
    ['enquiry', '审查'],
    ['approval', '批准'],
    ['published', '发布'],
    ['review', '复审'],
    ['withdrawn', '废止'],
  ] as const)('%s is %s (docs/design.md, Stages)', (stage, zh) => {
    expect(STAGES[stage].zh).toBe(zh);
    expect(STAGES[stage].en.length).toBeGreaterThan(0);
  });

  it('STANDARD_STATES labels', () => {
    expect(Object.keys(STANDARD_STATES)).toEqual(['in-development', 'upcoming', 'current', 'superseded', 'withdrawn']);
    expect(STANDARD_STATES.upcoming.zh).toBe('即将实施');
    expect(STANDARD_STATES.current.zh).toBe('现行');
    expect(STANDARD_STATES.superseded.zh).toBe('被代替');
    expect(STANDARD_STATES.withdrawn.zh).toBe('废止');
    expect(STANDARD_STATES['in-development'].zh).toBe('制修订中');
  });
});

describe('stageFromCode', () => {
  it.each([
    ['00.00', 'preliminary'],
    ['10.99', 'proposal'],
    ['20.20', 'preparatory'],
    ['30.60', 'committee'],
    ['40.20', 'enquiry'],
    ['40', 'enquiry'],
    ['50.00', 'approval'],
    ['60.60', 'published'],
    ['60', 'published'],
    [' 60.60 ', 'published'],
    ['90.93', 'review'],
    ['95.99', 'withdrawn'],
    // Only the first two digits count, and only exact stage codes match.
    ['42', undefined],
    ['45.00', undefined],
    ['99.60', undefined],
    ['6', undefined],
    ['', undefined],
    ['abc', undefined],
  ] as const)('stageFromCode(%j) → %s', (code, stage) => {
    expect(stageFromCode(code)).toBe(stage);
  });
});

describe('isPublishedStage', () => {
  it.each([
    ['preliminary', false],
    ['proposal', false],
    ['preparatory', false],
    ['committee', false],
    ['enquiry', false],
    ['approval', false],
    ['published', true],
    ['review', true],
    ['withdrawn', true],
  ] as const)('isPublishedStage(%s) → %s', (stage, expected) => {
    expect(isPublishedStage(stage)).toBe(expected);
  });
});

describe('standardState', () => {
  const TODAY = '2026-11-28';
  const cases: readonly (readonly [string, StateInput, StandardState])[] = [
    ['drafting', { stage: 'preparatory', replaced: false }, 'in-development'],
    ['preliminary', { stage: 'preliminary', replaced: false }, 'in-development'],
    ['approval with a future effective date', { stage: 'approval', effectiveOn: '2027-05-01', replaced: false }, 'in-development'],
    ['enquiry, replaced flag set', { stage: 'enquiry', replaced: true }, 'in-development'],
    ['published, effective in the future', { stage: 'published', effectiveOn: '2030-01-01', replaced: false }, 'upcoming'],
    ['published, effective tomorrow', { stage: 'published', effectiveOn: '2026-11-29', replaced: false }, 'upcoming'],
    ['published, effective today (edge)', { stage: 'published', effectiveOn: '2026-11-28', replaced: false }, 'current'],
    ['published, effective yesterday', { stage: 'published', effectiveOn: '2026-11-27', replaced: false }, 'current'],
    ['published, no effective date', { stage: 'published', replaced: false }, 'current'],
    ['published, null dates', { stage: 'published', effectiveOn: null, withdrawnOn: null, replaced: false }, 'current'],
    ['under review', { stage: 'review', effectiveOn: '2020-01-01', replaced: false }, 'current'],
    ['published, replaced', { stage: 'published', effectiveOn: '2015-01-01', replaced: true }, 'superseded'],
    ['review, replaced', { stage: 'review', replaced: true }, 'superseded'],
    ['published, withdrawn yesterday', { stage: 'published', effectiveOn: '2015-01-01', withdrawnOn: '2026-11-27', replaced: false }, 'withdrawn'],
    ['published, withdrawn today (edge)', { stage: 'published', withdrawnOn: '2026-11-28', replaced: false }, 'withdrawn'],
    [
      'published, withdrawal in the future: not yet withdrawn',
      { stage: 'published', effectiveOn: '2015-01-01', withdrawnOn: '2026-11-29', replaced: false },
      'current',
    ],
    ['published, replaced, withdrawal in the future', { stage: 'published', withdrawnOn: '2027-01-01', replaced: true }, 'superseded'],
    ['withdrawn stage', { stage: 'withdrawn', withdrawnOn: '2020-01-01', replaced: false }, 'withdrawn'],
    ['withdrawn stage, no date', { stage: 'withdrawn', replaced: false }, 'withdrawn'],
    ['withdrawal wins over replacement', { stage: 'withdrawn', withdrawnOn: '2020-01-01', replaced: true }, 'withdrawn'],
    ['published stage, past withdrawnOn, replaced', { stage: 'published', withdrawnOn: '2020-01-01', replaced: true }, 'withdrawn'],
  ];

  it.each(cases)('%s', (_name, input, expected) => {
    expect(standardState(input, TODAY)).toBe(expected);
  });

  it('the same standard changes state as days pass', () => {
    const input: StateInput = { stage: 'published', effectiveOn: '2027-01-01', withdrawnOn: '2035-06-30', replaced: false };
    const states = ['2026-12-31', '2027-01-01', '2035-06-29', '2035-06-30'].map((day) => standardState(input, day));
    expect(states).toEqual(['upcoming', 'current', 'current', 'withdrawn']);
  });

  it('every stage maps to a state', () => {
    const byStage = Object.fromEntries(STAGE_ORDER.map((stage: Stage) => [stage, standardState({ stage, replaced: false }, TODAY)]));
    expect(byStage).toEqual({
      preliminary: 'in-development',
      proposal: 'in-development',
      preparatory: 'in-development',
      committee: 'in-development',
      enquiry: 'in-development',
      approval: 'in-development',
      published: 'current',
      review: 'current',
      withdrawn: 'withdrawn',
    });
  });

  // Questionable, not asserted as "right" (see report): stage 'withdrawn' with a withdrawnOn in the
  // future is already 'withdrawn' (the stage wins over the date), and `replaced` wins over an
  // effectiveOn in the future (an upcoming standard that is replaced shows 'superseded').
});
