/**
 * A problem's field comes from the rule result (RuleIssue.field), never from the wording of
 * its message: each case below is a rule whose English message starts with another word than
 * its field, or a rule applied inside an object, where the field is a path.
 */
import { describe, expect, it } from 'vitest';
import { checkDocuments, parseNdjson } from '../../../site/lib/content/index.ts';

const F = 'fields.ndjson';
const COMMITTEE = '{"_id":"technicalCommittee-sac-tc-28","_type":"technicalCommittee","code":"SAC/TC 28","name":{"_type":"localeString","zh":"全国信息技术标准化技术委员会"},"body":"SAC","level":"national"}';
const standard = (fields: Record<string, unknown>): string =>
  JSON.stringify({
    _id: 'standard-gb-t-39204-2022',
    _type: 'standard',
    code: 'GB/T 39204-2022',
    title: { _type: 'localeString', zh: '信息安全技术 关键信息基础设施安全保护要求' },
    level: 'national',
    body: 'SAC',
    committee: { _type: 'reference', _ref: 'technicalCommittee-sac-tc-28' },
    stage: 'published',
    stageCode: '60.60',
    publishedOn: '2022-10-12',
    effectiveOn: '2023-05-01',
    verification: { status: 'verified', by: 'staff', on: '2024-01-10' },
    ...fields,
  });

const fieldsOf = (...lines: string[]) =>
  checkDocuments(F, parseNdjson(F, Buffer.from(lines.join('\n'))).entries, { today: '2026-11-28' })
    .filter((p) => p.line === 2)
    .map((p) => [p.field, p.message.slice(0, 40)]);

describe('the field of a rule result', () => {
  it('a prefix that contradicts the level is reported at level ("The prefix …")', () => {
    expect(fieldsOf(COMMITTEE, standard({ level: 'industry' }))).toEqual([['level', 'The prefix GB/T makes this a national st']]);
  });

  it('a USCC rule is reported at uscc ("A USCC …", "USCC check …", "The division …")', () => {
    const enterprise = (uscc: string) =>
      JSON.stringify({ _id: 'enterprise-acme', _type: 'enterprise', name: { _type: 'localeString', zh: '艾克美科技' }, slug: { _type: 'slug', current: 'acme' }, uscc, serviceTier: 'excellence', industry: 'I' });
    expect(fieldsOf(COMMITTEE, enterprise('91110108MA01ABCD1'))).toEqual([['uscc', 'A USCC has 18 characters; this one has 1']]);
    expect(fieldsOf(COMMITTEE, enterprise('914403001922038216'))).toEqual([['uscc', 'The division code is 440300, not Haidian']]);
  });

  it('an earlier designation whose code gives an overlong slug is reported at that designation', () => {
    const code = `GB/T ${'1'.repeat(100)}-2020`;
    expect(fieldsOf(COMMITTEE, standard({ designations: [{ _key: 'd1', code, until: '2022-10-12' }] }))).toEqual([
      ['designations[0].code', `"GB/T ${'1'.repeat(34)}`],
      ['designations[0].code', 'code gives a page slug of 110 characters'],
    ]);
  });

  it('the adopted code is checked at adopts.code', () => {
    expect(fieldsOf(COMMITTEE, standard({ adopts: { code: '39204', degree: 'idt' } }))).toEqual([['adopts.code', '"39204" is not a standard code the regis']]);
  });
});
