/** Initial-value templates and the global Create menu. */
import { describe, expect, it } from 'vitest';
import type { TemplateItem } from 'sanity';
import {
  NOMINATION_FOR_AWARD_YEAR,
  nominationForAwardYear,
  newDocumentOptions,
  PARTICIPATION_FOR_ENTERPRISE,
  participationForEnterprise,
  templates,
} from '../../../studio/lib/templates.ts';
import { createStudioSchema, createOfflineValidator, readNdjson } from './offlineStudio.ts';

describe('initial values', () => {
  it('a participation for an enterprise: the enterprise filled in, still to verify', () => {
    expect(participationForEnterprise({ enterpriseId: 'enterprise-alpha' })).toEqual({
      enterprise: { _type: 'reference', _ref: 'enterprise-alpha' },
      verification: { _type: 'verification', status: 'entered' },
    });
  });

  it('a nomination for an award and year: award, year, outcome 推荐, still to verify', () => {
    expect(nominationForAwardYear({ awardId: 'award-china-quality-award', year: 2026 })).toEqual({
      award: { _type: 'reference', _ref: 'award-china-quality-award' },
      year: 2026,
      outcome: 'recommended',
      verification: { _type: 'verification', status: 'entered' },
    });
  });

  it('a filled-in template only lacks the fields staff must choose', async () => {
    const schema = createStudioSchema();
    const documents = readNdjson('tests/fixtures/studio/valid.ndjson');
    // 2025: a session of the fixture's award (every 2 years from 2013); 2026 would be refused as off-cycle.
    const draft = {
      _id: 'drafts.new',
      _type: 'nomination',
      _createdAt: '',
      _updatedAt: '',
      _rev: '',
      ...nominationForAwardYear({ awardId: 'award-china-quality-award', year: 2025 }),
    };
    const markers = await createOfflineValidator(schema, documents)(draft);
    expect(markers.filter((m) => m.level === 'error').map((m) => m.path.join('.'))).toEqual(['enterprise']);
  });
});

describe('template registry', () => {
  const defaults = ['enterprise', 'participation', 'nomination', 'siteSettings'].map((type) => ({ id: type, title: type, schemaType: type, value: {} }));

  it('adds the parameterized templates (相关记录’s “new record for this one”, award year) and drops the singleton’s default one', () => {
    const ids = templates(defaults).map((t) => t.id);
    expect(ids).toEqual([
      'enterprise',
      'participation',
      'nomination',
      'participation-for-standard',
      'committeeRole-for-enterprise',
      'committeeRole-for-committee',
      'nomination-for-enterprise',
      'nomination-for-award',
      PARTICIPATION_FOR_ENTERPRISE,
      NOMINATION_FOR_AWARD_YEAR,
    ]);
  });

  it('keeps templates that need parameters and the singleton out of the global Create menu only', () => {
    const items = ['enterprise', 'participation', PARTICIPATION_FOR_ENTERPRISE, NOMINATION_FOR_AWARD_YEAR, 'siteSettings'].map(
      (templateId) => ({ id: templateId, templateId }) as TemplateItem,
    );
    expect(newDocumentOptions(items, { creationContext: { type: 'global' } }).map((i) => i.templateId)).toEqual(['enterprise', 'participation']);
    expect(newDocumentOptions(items, { creationContext: { type: 'structure', schemaType: 'nomination' } })).toHaveLength(5);
  });
});
