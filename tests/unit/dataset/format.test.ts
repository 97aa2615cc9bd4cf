import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/seed/buildDataset.ts';
import { MODEL, PUBLISHED_ID_PATTERN } from '../../../site/lib/domain/model.ts';
import { DATASET_TEXT, DOCS, DRAFTS, PUBLISHED } from './readDataset.ts';

/** The id prefix of each document type: `<type>-` (docs/design.md). */
const ID_PREFIX: Readonly<Record<string, string>> = {
  enterprise: 'enterprise-',
  standard: 'standard-',
  technicalCommittee: 'technicalCommittee-',
  participation: 'participation-',
  committeeRole: 'committeeRole-',
  award: 'award-',
  nomination: 'nomination-',
  supportProgram: 'supportProgram-',
};

describe('dataset file format', () => {
  it('is what the generator builds, byte for byte, every time', () => {
    const first = buildDataset();
    expect(buildDataset()).toBe(first);
    expect(DATASET_TEXT).toBe(first);
  });

  it('has one JSON document per line, \\n line ends and a trailing newline', () => {
    expect(DATASET_TEXT.endsWith('}\n')).toBe(true);
    expect(DATASET_TEXT).not.toContain('\r');
    expect(DATASET_TEXT).not.toContain('\n\n');
    expect(DATASET_TEXT.split('\n').length - 1).toBe(DOCS.length);
  });

  it('is sorted by _id with no duplicates', () => {
    const ids = DOCS.map((doc) => doc._id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes _id and _type first, then the fields in model order', () => {
    for (const doc of DOCS) {
      const keys = Object.keys(doc);
      const modelOrder = Object.keys(MODEL[doc._type]).filter((key) => key in doc);
      expect(keys, doc._id).toEqual(['_id', '_type', ...modelOrder]);
    }
  });

  it('gives published documents readable ids without dots, named after their type', () => {
    for (const doc of PUBLISHED) {
      expect(doc._id, doc._id).toMatch(PUBLISHED_ID_PATTERN);
      expect(doc._id.startsWith(ID_PREFIX[doc._type] ?? '?'), doc._id).toBe(true);
    }
  });

  it('names drafts drafts.<published id>', () => {
    expect(DRAFTS.map((doc) => doc._id)).toEqual([
      'drafts.enterprise-zhixin-tech',
      'drafts.standard-gb-t-98199',
      'drafts.supportProgram-international-standards-subsidy-2027',
    ]);
    for (const doc of DRAFTS) expect(doc._id.slice('drafts.'.length)).toMatch(PUBLISHED_ID_PATTERN);
  });
});
