import { describe, expect, it } from 'vitest';
import {
  INTERNAL_FIELDS,
  isPublicNomination,
  isPublishedId,
  isVerified,
  PUBLIC_OUTCOMES,
  withoutInternalFields,
} from '../../../site/lib/domain/visibility.ts';
import { NOMINATION_OUTCOMES, valuesOf } from '../../../site/lib/domain/vocabulary.ts';

describe('isPublishedId', () => {
  it.each([
    ['enterprise-lenovo', true],
    ['standard-gb-t-39204-2022', true],
    ['drafts.enterprise-lenovo', false],
    ['drafts.standard-gb-t-39204-2022', false],
    ['versions.rABC123.enterprise-lenovo', false],
    ['drafts-enterprise', true], // no dot: an ordinary id
    ['enterprise-drafts.x', false], // any dotted id is a private path
    ['system.group', false],
    ['enterprise.lenovo', false],
  ])('isPublishedId(%s) → %s', (id, expected) => {
    expect(isPublishedId(id)).toBe(expected);
  });
});

describe('isVerified', () => {
  it.each([
    [{ verification: { status: 'verified' } }, true],
    [{ verification: { status: 'entered' } }, false],
    [{ verification: { status: 'Verified' } }, false],
    [{ verification: { status: null } }, false],
    [{ verification: {} }, false],
    [{ verification: null }, false],
    [{}, false],
  ])('isVerified(%j) → %s', (record, expected) => {
    expect(isVerified(record)).toBe(expected);
  });
});

describe('isPublicNomination', () => {
  it('public outcomes are exactly winner, nominee, shortlisted, recommended', () => {
    expect([...PUBLIC_OUTCOMES].sort()).toEqual(['nominee', 'recommended', 'shortlisted', 'winner']);
  });

  const outcomes = valuesOf(NOMINATION_OUTCOMES);
  const statuses = ['verified', 'entered', null, undefined] as const;
  const PUBLIC = new Set(['recommended', 'shortlisted', 'nominee', 'winner']); // docs/design.md, Visibility
  const table = outcomes.flatMap((outcome) => statuses.map((status) => [outcome, status, status === 'verified' && PUBLIC.has(outcome)] as const));

  it('covers all 7 outcomes × 4 statuses', () => {
    expect(outcomes).toHaveLength(7);
    expect(table).toHaveLength(28);
    expect(table.filter(([, , visible]) => visible)).toHaveLength(4);
  });

  it.each(table)('outcome %s, status %s → %s', (outcome, status, expected) => {
    expect(isPublicNomination({ outcome, verification: status === undefined ? {} : { status } })).toBe(expected);
  });

  it.each([
    [{ outcome: 'winner' }, false],
    [{ outcome: 'winner', verification: null }, false],
    [{ verification: { status: 'verified' } }, false],
    [{ outcome: null, verification: { status: 'verified' } }, false],
    [{ outcome: 'WINNER', verification: { status: 'verified' } }, false],
    [{ outcome: 'unknown', verification: { status: 'verified' } }, false],
  ])('isPublicNomination(%j) → %s', (record, expected) => {
    expect(isPublicNomination(record)).toBe(expected);
  });
});

describe('withoutInternalFields', () => {
  it('INTERNAL_FIELDS is internalNotes', () => {
    expect(INTERNAL_FIELDS).toEqual(['internalNotes']);
  });

  it('removes internalNotes and keeps everything else', () => {
    const doc = { _id: 'enterprise-acme', _type: 'enterprise', uscc: '91110108MA00123455', internalNotes: 'call back on Monday', tags: ['unicorn'] };
    const out = withoutInternalFields(doc);
    expect(out).toEqual({ _id: 'enterprise-acme', _type: 'enterprise', uscc: '91110108MA00123455', tags: ['unicorn'] });
    expect('internalNotes' in out).toBe(false);
  });

  it('does not mutate its input', () => {
    const doc = { _id: 'enterprise-acme', internalNotes: 'secret' };
    withoutInternalFields(doc);
    expect(doc).toEqual({ _id: 'enterprise-acme', internalNotes: 'secret' });
  });

  it('returns a copy even without internal fields', () => {
    const doc = { _id: 'standard-gb-t-39204-2022' };
    const out = withoutInternalFields(doc);
    expect(out).toEqual(doc);
    expect(out).not.toBe(doc);
  });

  it('removes an internalNotes that is present but empty', () => {
    expect(withoutInternalFields({ a: 1, internalNotes: undefined })).toEqual({ a: 1 });
    expect(Object.keys(withoutInternalFields({ a: 1, internalNotes: '' }))).toEqual(['a']);
  });
});
