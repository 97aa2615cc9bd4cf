/** The verification workflow's pure parts: the Verify action's patch, the verifier, the badge status. */
import { describe, expect, it } from 'vitest';
import { buildVerifyPatch, isRelationType, verificationStatusOf, verifierName } from '../../../studio/lib/verify.ts';

describe('buildVerifyPatch', () => {
  it('sets the whole verification object: verified, the user’s name, the given day', () => {
    expect(buildVerifyPatch({ id: 'pU1', name: '王芳', email: 'wangfang@example.gov.cn' }, '2026-11-28')).toEqual([
      { set: { verification: { _type: 'verification', status: 'verified', by: '王芳', byId: 'pU1', on: '2026-11-28' } } },
    ]);
  });

  it('falls back to the e-mail, then the id, when the user has no name', () => {
    expect(buildVerifyPatch({ id: 'pU1', name: ' ', email: 'li@example.gov.cn' }, '2026-01-02')[0]?.set.verification.by).toBe('li@example.gov.cn');
    expect(verifierName({ id: 'pU1' })).toBe('pU1');
  });
});

describe('verificationStatusOf (badge and action)', () => {
  it.each([
    [{ verification: { status: 'verified', by: '王芳', on: '2026-11-28' } }, 'verified'],
    [{ verification: { status: 'entered' } }, 'entered'],
    [{ verification: {} }, 'entered'],
    [{ verification: null }, 'entered'],
    [{}, 'entered'],
    [null, 'entered'],
  ] as const)('%j → %s', (doc, status) => {
    expect(verificationStatusOf(doc)).toBe(status);
  });
});

describe('isRelationType', () => {
  it('is true for the three relation record types only', () => {
    expect(['participation', 'committeeRole', 'nomination', 'enterprise', 'standard', 'siteSettings'].filter(isRelationType)).toEqual([
      'participation',
      'committeeRole',
      'nomination',
    ]);
  });
});
