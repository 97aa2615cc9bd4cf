import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, isDocumentType, MODEL, PUBLISHED_ID_PATTERN, RELATION_TYPES, type FieldSpecs } from '../../../site/lib/domain/model.ts';
import { STAGE_ORDER } from '../../../site/lib/domain/stages.ts';

const requiredOf = (fields: FieldSpecs) =>
  Object.entries(fields)
    .filter(([, f]) => f.required === true)
    .map(([k]) => k)
    .sort();

describe('content model', () => {
  it('document and relation types', () => {
    expect(DOCUMENT_TYPES).toEqual(['enterprise', 'standard', 'technicalCommittee', 'participation', 'committeeRole', 'award', 'nomination', 'supportProgram']);
    expect(RELATION_TYPES).toEqual(['participation', 'committeeRole', 'nomination']);
    expect(Object.keys(MODEL).sort()).toEqual([...DOCUMENT_TYPES].sort());
  });

  it.each([
    ['enterprise', ['name', 'slug', 'uscc']],
    ['standard', ['code', 'level', 'stage', 'title']],
    ['technicalCommittee', ['body', 'code', 'name']],
    ['participation', ['enterprise', 'role', 'standard', 'verification']],
    ['committeeRole', ['committee', 'enterprise', 'role', 'since', 'verification']],
    ['award', ['level', 'name', 'slug']],
    ['nomination', ['award', 'enterprise', 'outcome', 'verification', 'year']],
    ['supportProgram', ['kind', 'slug', 'title']],
  ] as const)('%s requires exactly %j (docs/design.md, bold fields)', (type, fields) => {
    expect(requiredOf(MODEL[type])).toEqual([...fields].sort());
  });

  it('standard.stage takes the stage vocabulary in order', () => {
    expect(MODEL.standard['stage']).toEqual({ kind: 'enum', values: STAGE_ORDER, required: true });
  });

  it('nomination.outcome and verification.status', () => {
    expect(MODEL.nomination['outcome']).toEqual({
      kind: 'enum',
      values: ['winner', 'nominee', 'shortlisted', 'recommended', 'not-awarded', 'withdrawn', 'revoked'],
      required: true,
    });
    const verification = MODEL.participation['verification'];
    expect(verification?.kind).toBe('object');
    if (verification?.kind === 'object') {
      expect(verification.fields['status']).toEqual({ kind: 'enum', values: ['entered', 'verified'], required: true });
    }
  });

  it('references point at the right types', () => {
    expect(MODEL.standard['committee']).toEqual({ kind: 'reference', to: 'technicalCommittee' });
    expect(MODEL.standard['replaces']).toEqual({ kind: 'referenceList', to: 'standard' });
    expect(MODEL.nomination['award']).toEqual({ kind: 'reference', to: 'award', required: true });
    expect(MODEL.technicalCommittee['parent']).toEqual({ kind: 'reference', to: 'technicalCommittee' });
  });

  it('internalNotes exists only on enterprise', () => {
    expect(DOCUMENT_TYPES.filter((t) => 'internalNotes' in MODEL[t])).toEqual(['enterprise']);
  });

  it.each([
    ['enterprise', true],
    ['supportProgram', true],
    ['Enterprise', false],
    ['drafts', false],
    ['', false],
    [undefined, false],
    [42, false],
  ])('isDocumentType(%j) → %s', (value, expected) => {
    expect(isDocumentType(value)).toBe(expected);
  });

  it.each([
    ['enterprise-lenovo', true],
    ['standard-gb-t-39204-2022', true],
    ['award_cqa', true],
    ['drafts.enterprise-lenovo', false],
    ['standard-itu-t-y.4000', false],
    ['enterprise lenovo', false],
    ['', false],
  ])('PUBLISHED_ID_PATTERN %j → %s', (id, expected) => {
    expect(PUBLISHED_ID_PATTERN.test(id)).toBe(expected);
  });
});
