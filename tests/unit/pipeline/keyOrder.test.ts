import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { orderDocumentKeys } from '../../../scripts/lib/pipeline/keyOrder.ts';
import { toExportNdjson } from '../../../scripts/lib/pipeline/ndjson.ts';
import type { LakeDocument } from '../../../scripts/lib/pipeline/documents.ts';
import { DATASET_FILE } from './helpers.ts';

/** What the Lake does to a document: keys sorted alphabetically at every depth. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortKeys(record[key])]),
  );
}

describe('export key order', () => {
  it('turns Lake-ordered documents back into the embedded dataset, byte for byte', () => {
    const text = readFileSync(DATASET_FILE, 'utf8');
    const shuffled = text
      .split('\n')
      .filter(Boolean)
      .map((line) => sortKeys(JSON.parse(line)) as LakeDocument)
      .reverse();
    expect(toExportNdjson(shuffled)).toBe(text);
  });

  it('puts unknown fields last, alphabetically, at every depth', () => {
    const doc = { zeta: 1, _type: 'award', alpha: 2, name: { en: 'A', extra: true, _type: 'localeString', zh: '甲' }, _id: 'award-a', level: 'district' };
    expect(JSON.stringify(orderDocumentKeys(doc))).toBe(
      '{"_id":"award-a","_type":"award","name":{"_type":"localeString","zh":"甲","en":"A","extra":true},"level":"district","alpha":2,"zeta":1}',
    );
  });

  it('writes an image reference in import format with _sanityAsset after _type', () => {
    const doc = { _id: 'enterprise-a', _type: 'enterprise', logo: { _sanityAsset: 'image@file://./assets/images/x-1x1.png', _type: 'image' } };
    expect(JSON.stringify(orderDocumentKeys(doc))).toBe(
      '{"_id":"enterprise-a","_type":"enterprise","logo":{"_type":"image","_sanityAsset":"image@file://./assets/images/x-1x1.png"}}',
    );
  });
});
