/**
 * Private markers sit only in private places, once each, and what the build emits contains none
 * of them: the register exactly as the data layer hands it to every page (each string reachable
 * from it), every open-data file and the search records. The test has no model of visibility
 * of its own: it judges the output of the code path the build takes (getRegister). The built
 * pages themselves are scanned by tests/e2e/visibility.spec.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PRIVATE_MARKER_PREFIX, PRIVATE_MARKERS } from '../../../scripts/seed/privateMarkers.ts';
import { DATASET_PATH } from '../../../scripts/seed/buildDataset.ts';
import { getRegister } from '../../../site/lib/data/loadRegister.ts';
import type { Register } from '../../../site/lib/data/register.ts';
import { INTERNAL_FIELDS } from '../../../site/lib/domain/visibility.ts';
import { exportBody, exportContext } from '../../../site/lib/export/exportFiles.ts';
import { EXPORT_FORMATS, EXPORT_LISTS } from '../../../site/lib/export/lists.ts';
import { searchRecords } from '../../../site/lib/search/records.ts';
import { DATASET_TEXT, DOCS } from './readDataset.ts';

/** Every string and every key reachable from `root` (the register is a graph with cycles). */
function reachable(root: unknown): { strings: string[]; keys: Set<string> } {
  const strings: string[] = [];
  const keys = new Set<string>();
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') strings.push(value);
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) {
      keys.add(key);
      stack.push(child);
    }
  }
  return { strings, keys };
}

let register: Register;
beforeAll(async () => {
  register = await getRegister({ CONTENT_FILE: DATASET_PATH, BUILD_DATE: '2026-11-28' });
});

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

  it('never reach a page: no string of the register the data layer loads holds one, and no internal field is there', () => {
    const { strings, keys } = reachable(register);
    // The walk covers the whole dataset's public side, not a corner of it.
    expect(register.enterprises.length).toBeGreaterThan(30);
    expect(strings.length).toBeGreaterThan(5_000);
    expect(strings.filter((text) => text.includes(PRIVATE_MARKER_PREFIX))).toEqual([]);
    for (const field of INTERNAL_FIELDS) expect(keys.has(field), field).toBe(false);
  });

  it('never reach an open-data file or the search index', () => {
    const ctx = exportContext(undefined);
    for (const list of EXPORT_LISTS) {
      for (const format of EXPORT_FORMATS) {
        const body = exportBody(list, format, register, ctx);
        expect(body.length, `${list.name}.${format}`).toBeGreaterThan(100);
        expect(body.includes(PRIVATE_MARKER_PREFIX), `${list.name}.${format}`).toBe(false);
      }
    }
    const records = JSON.stringify(searchRecords(register));
    expect(records.includes(PRIVATE_MARKER_PREFIX)).toBe(false);
  });

  it('the records that hold them are the ones the data layer leaves out', () => {
    // Each marker is in the dataset, in a document the register does not have (or, for
    // internalNotes, in a field the register does not have).
    const ids = new Set(reachable(register).strings);
    for (const marker of PRIVATE_MARKERS) {
      const holder = DOCS.find((doc) => JSON.stringify(doc).includes(marker));
      expect(holder, marker).toBeDefined();
      if (holder && typeof holder['internalNotes'] === 'string' && holder['internalNotes'].includes(marker)) continue;
      expect(ids.has(holder?._id ?? ''), `${marker} in ${holder?._id}`).toBe(false);
    }
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
