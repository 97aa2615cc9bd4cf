import { describe, expect, it } from 'vitest';
import * as vocab from '../../../site/lib/domain/vocabulary.ts';
import { optionsOf, valuesOf, type Label } from '../../../site/lib/domain/vocabulary.ts';
import { STAGES, STANDARD_STATES } from '../../../site/lib/domain/stages.ts';

const TABLES: Readonly<Record<string, Readonly<Record<string, Label>>>> = {
  SERVICE_TIERS: vocab.SERVICE_TIERS,
  STANDARD_LEVELS: vocab.STANDARD_LEVELS,
  ADOPTION_DEGREES: vocab.ADOPTION_DEGREES,
  PARTICIPATION_ROLES: vocab.PARTICIPATION_ROLES,
  COMMITTEE_ROLES: vocab.COMMITTEE_ROLES,
  AWARD_LEVELS: vocab.AWARD_LEVELS,
  NOMINATION_OUTCOMES: vocab.NOMINATION_OUTCOMES,
  PROGRAM_KINDS: vocab.PROGRAM_KINDS,
  VERIFICATION_STATUSES: vocab.VERIFICATION_STATUSES,
  INDUSTRY_SECTIONS: vocab.INDUSTRY_SECTIONS,
  ENTERPRISE_TAGS: vocab.ENTERPRISE_TAGS,
  STAGES,
  STANDARD_STATES,
};

describe('vocabularies', () => {
  it('every exported vocabulary of vocabulary.ts is covered here', () => {
    const exported = Object.entries(vocab)
      .filter(([, v]) => typeof v === 'object' && v !== null)
      .map(([k]) => k)
      .sort();
    expect(exported).toEqual(
      Object.keys(TABLES)
        .filter((k) => k !== 'STAGES' && k !== 'STANDARD_STATES')
        .sort(),
    );
  });

  it.each(Object.entries(TABLES))('%s: every value has non-empty zh and en labels, and is frozen', (_name, table) => {
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.keys(table).length).toBeGreaterThan(0);
    for (const [value, label] of Object.entries(table)) {
      expect(value).toMatch(/^[A-Za-z][A-Za-z-]*$/);
      expect(label.zh.trim().length, `${value}.zh`).toBeGreaterThan(0);
      expect(label.en.trim().length, `${value}.en`).toBeGreaterThan(0);
      expect(label.zh, `${value}.zh is Chinese`).toMatch(/\p{Script=Han}/u);
    }
  });

  it.each([
    ['SERVICE_TIERS', ['excellence', 'growth', 'foundation']],
    // consortium, foreign, enterprise: docs/standard-codes.md §6 (issue 12).
    ['STANDARD_LEVELS', ['international', 'national', 'industry', 'local', 'group', 'consortium', 'foreign', 'enterprise']],
    ['ADOPTION_DEGREES', ['idt', 'mod', 'neq']],
    ['PARTICIPATION_ROLES', ['lead', 'drafter', 'editor']],
    ['COMMITTEE_ROLES', ['secretariat', 'chair', 'vice-chair', 'convenor', 'project-leader', 'expert', 'member']],
    ['AWARD_LEVELS', ['national', 'municipal', 'district']],
    ['NOMINATION_OUTCOMES', ['winner', 'nominee', 'shortlisted', 'recommended', 'not-awarded', 'withdrawn', 'revoked']],
    ['PROGRAM_KINDS', ['subsidy', 'recommendation', 'service', 'policy']],
    ['VERIFICATION_STATUSES', ['entered', 'verified']],
    ['ENTERPRISE_TAGS', ['unicorn', 'listed', 'specialized-new', 'high-tech', 'state-owned']],
  ] as const)('%s values, in display order (docs/design.md, Content model)', (name, values) => {
    // The order is meaningful: lists group and sort by it (levels, roles by weight, outcomes
    // best first), and the Studio offers the options in it.
    const table = TABLES[name];
    expect(table).toBeDefined();
    expect(valuesOf(table ?? {})).toEqual(values);
    expect(optionsOf(table ?? {}).map((o) => o.value)).toEqual(values);
  });

  it('INDUSTRY_SECTIONS are the GB/T 4754 letters A–T', () => {
    expect(valuesOf(vocab.INDUSTRY_SECTIONS).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
  });

  it('Chinese labels of the design', () => {
    expect(vocab.SERVICE_TIERS.excellence.zh).toBe('培优型');
    expect(vocab.SERVICE_TIERS.growth.zh).toBe('提升型');
    expect(vocab.SERVICE_TIERS.foundation.zh).toBe('基础型');
    expect(vocab.PARTICIPATION_ROLES.lead.zh).toBe('主导/牵头');
    expect(vocab.PARTICIPATION_ROLES.drafter.zh).toBe('参与起草');
    expect(vocab.PARTICIPATION_ROLES.editor.zh).toBe('项目编辑');
    expect(vocab.NOMINATION_OUTCOMES.recommended.zh).toBe('推荐');
    expect(vocab.NOMINATION_OUTCOMES.shortlisted.zh).toBe('入围');
    expect(vocab.NOMINATION_OUTCOMES.nominee.zh).toBe('提名奖');
    expect(vocab.NOMINATION_OUTCOMES.winner.zh).toBe('获奖');
  });
});

describe('valuesOf / optionsOf', () => {
  it('valuesOf keeps declaration order', () => {
    expect(valuesOf(vocab.SERVICE_TIERS)).toEqual(['excellence', 'growth', 'foundation']);
  });

  it('optionsOf gives [{value, title}] with "zh (en)" titles in declaration order', () => {
    expect(optionsOf(vocab.SERVICE_TIERS)).toEqual([
      { value: 'excellence', title: '培优型 (Excellence)' },
      { value: 'growth', title: '提升型 (Growth)' },
      { value: 'foundation', title: '基础型 (Foundation)' },
    ]);
    expect(optionsOf(vocab.VERIFICATION_STATUSES)).toEqual([
      { value: 'entered', title: '已录入 (Entered)' },
      { value: 'verified', title: '已核验 (Verified)' },
    ]);
  });

  it.each(Object.entries(TABLES))('optionsOf(%s) has one option per value, exactly {value, title}', (_name, table) => {
    const options = optionsOf(table);
    expect(options.map((o) => o.value)).toEqual(Object.keys(table));
    for (const option of options) {
      expect(Object.keys(option).sort()).toEqual(['title', 'value']);
      const label = table[option.value];
      expect(option.title).toBe(`${label?.zh} (${label?.en})`);
    }
  });
});
