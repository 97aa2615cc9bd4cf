import { describe, expect, it } from 'vitest';
import { draftIdOf, INTERNAL_FIELDS, isPublicNomination, isPublishedId, isVerified, isVersionId, publishedIdOf } from '../../../site/lib/domain/visibility.ts';
import { DOCUMENT_TYPES, MODEL } from '../../../site/lib/domain/model.ts';
import { REGISTER_QUERY } from '../../../site/lib/data/queries.ts';
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

describe('publishedIdOf, draftIdOf, isVersionId', () => {
  it.each([
    ['enterprise-alpha', 'enterprise-alpha', 'drafts.enterprise-alpha', false],
    ['drafts.enterprise-alpha', 'enterprise-alpha', 'drafts.enterprise-alpha', false],
    ['versions.r1.enterprise-alpha', 'enterprise-alpha', 'drafts.enterprise-alpha', true],
    ['versions.r1', 'versions.r1', 'drafts.versions.r1', true], // no document id after the release
  ])('%s: published %s, draft %s, version %s', (id, published, draft, version) => {
    expect(publishedIdOf(id)).toBe(published);
    expect(draftIdOf(id)).toBe(draft);
    expect(isVersionId(id)).toBe(version);
  });
});

describe('internal fields', () => {
  const fieldsOf = (name: string) => DOCUMENT_TYPES.filter((type) => Object.hasOwn(MODEL[type], name));

  it('each is a field of the content model, so the rule is about something staff can fill in', () => {
    expect(INTERNAL_FIELDS.map((name) => [name, fieldsOf(name)])).toEqual([['internalNotes', ['enterprise']]]);
  });

  it("the data layer's query never projects one, so the build never holds it", () => {
    for (const name of INTERNAL_FIELDS) expect(REGISTER_QUERY).not.toMatch(new RegExp(`\\b${name}\\b`));
    // The check would see a projection of the field: the query does name the public fields.
    expect(REGISTER_QUERY).toMatch(/\bdescription\b/);
  });
});
