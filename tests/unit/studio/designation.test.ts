/** "登记新编号": the patch that moves the old code to the history and makes the new one current. */
import { describe, expect, it } from 'vitest';
import { buildDesignationChangePatch, designationChangeProblems } from '../../../studio/lib/designation.ts';
import { standardRedirectSlugs, standardSlug } from '../../../site/lib/routes.ts';

describe('buildDesignationChangePatch', () => {
  it('appends the old code with its stage and today, then sets the new code', () => {
    const doc = {
      code: 'ISO/IEC DIS 98145',
      stage: 'enquiry',
      stageCode: '40.99',
      designations: [{ _key: 'd1', code: 'ISO/IEC CD 98145', until: '2025-03-10' }],
    };
    expect(buildDesignationChangePatch(doc, ' ISO/IEC FDIS 98145 ', '2025-11-20')).toEqual([
      { setIfMissing: { designations: [] } },
      {
        insert: {
          after: 'designations[-1]',
          items: [{ _key: 'd20251120n2', _type: 'designation', code: 'ISO/IEC DIS 98145', stage: 'enquiry', stageCode: '40.99', until: '2025-11-20' }],
        },
      },
      { set: { code: 'ISO/IEC FDIS 98145' } },
    ]);
  });

  it('applied, the record keeps its page and the old code redirects', () => {
    const before = { code: '20240512-T-469', designations: [] as { code: string; until: string }[] };
    const after = { code: 'GB/T 98119-2026', designations: [{ code: '20240512-T-469', until: '2026-03-28' }] };
    expect(standardSlug(before)).toBe('20240512-t-469');
    expect(standardSlug(after)).toBe('20240512-t-469');
    expect(standardRedirectSlugs(after)).toEqual(['gb-t-98119-2026']);
  });
});

describe('designationChangeProblems', () => {
  it.each([
    ['', ['请填写新编号。']],
    ['ISO/IEC DIS 98145', ['新编号与现编号相同。']],
    ['iso/iec  dis 98145', ['新编号与现编号相同。']],
    ['ISO/IEC FDIS 98145', []],
    ['XYZ/T 1-2024', []], // an unknown family is a warning, not a refusal
  ])('%j → %j', (code, problems) => {
    expect(designationChangeProblems({ code: 'ISO/IEC DIS 98145' }, code)).toEqual(problems);
  });

  it('garbage is refused with the shared rule’s message', () => {
    expect(designationChangeProblems({ code: 'GB/T 1-2020' }, '12345')[0]).toMatch(/^无法识别标准号“12345”/);
  });
});
