/**
 * Private markers sit only in private places, once each, and the public view of the dataset
 * (what the site may publish) contains none of them.
 */
import { describe, expect, it } from 'vitest';
import { PRIVATE_MARKER_PREFIX, PRIVATE_MARKERS } from '../../../scripts/seed/privateMarkers.ts';
import { withoutInternalFields } from '../../../site/lib/domain/visibility.ts';
import { DATASET_TEXT, DOCS, isPublic } from './readDataset.ts';

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

describe('private markers', () => {
  it('are listed completely and each appears in the dataset', () => {
    const found = new Set(DATASET_TEXT.match(new RegExp(`${PRIVATE_MARKER_PREFIX}[a-z0-9-]+`, 'g')) ?? []);
    expect([...found].sort()).toEqual([...PRIVATE_MARKERS].sort());
  });

  it('each belong to one record (a draft may repeat the internal notes of its published document)', () => {
    for (const marker of PRIVATE_MARKERS) {
      const holders = DOCS.filter((doc) => JSON.stringify(doc).includes(marker)).map((doc) => doc._id.replace(/^drafts\./, ''));
      expect(new Set(holders).size, marker).toBe(1);
      expect(occurrences(DATASET_TEXT, marker), marker).toBeLessThanOrEqual(2);
    }
  });

  it('are unique and none is a prefix of another (a grep for one never matches another)', () => {
    expect(new Set(PRIVATE_MARKERS).size).toBe(PRIVATE_MARKERS.length);
    for (const a of PRIVATE_MARKERS) for (const b of PRIVATE_MARKERS) if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
  });

  it('never appear in what the site may publish', () => {
    const publicText = DOCS.filter(isPublic)
      .map((doc) => JSON.stringify(withoutInternalFields(doc)))
      .join('\n');
    expect(publicText).not.toContain(PRIVATE_MARKER_PREFIX);
  });

  it('sit in every kind of private place', () => {
    const holders = DOCS.filter((doc) => JSON.stringify(doc).includes(PRIVATE_MARKER_PREFIX));
    const kinds = new Set(
      holders.map((doc) => {
        if (doc._id.startsWith('drafts.')) return 'draft';
        if (typeof doc['internalNotes'] === 'string' && doc['internalNotes'].includes(PRIVATE_MARKER_PREFIX)) return 'internalNotes';
        if ((doc['verification'] as { status?: string } | undefined)?.status === 'entered') return `entered ${doc._type}`;
        return `internal ${doc._type}`;
      }),
    );
    expect([...kinds].sort()).toEqual([
      'draft',
      'entered committeeRole',
      'entered nomination',
      'entered participation',
      'internal nomination',
      'internalNotes',
    ]);
  });
});
