import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchRegister } from '../../../site/lib/data/loadRegister.ts';
import { createLocalSource, createSanitySource } from '../../../site/lib/data/sources.ts';
import { startContentLakeStandin, type ContentLakeStandin } from '../../standin/contentLake.ts';
import { DATASET_FILE } from './helpers.ts';

const TODAY = '2026-05-01';

/**
 * A register list as comparable text. Records link to each other in cycles (enterprise →
 * participation → enterprise), so a linked record is written as `→<_id>`; keys are sorted
 * because the Lake returns stored objects with sorted keys.
 */
function snapshot(records: readonly object[]): string[] {
  return records.map((record) =>
    JSON.stringify(record, function (this: unknown, key: string, value: unknown) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      if (key !== '' && '_id' in value) return `→${String((value as { _id: unknown })._id)}`;
      const record = value as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(record)
          .sort()
          .map((k) => [k, record[k]]),
      );
    }),
  );
}
let lake: ContentLakeStandin;

beforeAll(async () => {
  lake = await startContentLakeStandin();
  lake.load(
    readFileSync(DATASET_FILE, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>),
  );
});
afterAll(() => lake.close());

describe('the build with CONTENT_SOURCE=sanity', () => {
  it('builds the same register from the Lake as from the embedded file', async () => {
    const fromLake = await fetchRegister(
      createSanitySource({ source: 'sanity', projectId: lake.projectId, dataset: lake.dataset, token: 'read-token', apiHost: lake.apiHost }),
      TODAY,
    );
    const fromFile = await fetchRegister(await createLocalSource({ source: 'local', file: DATASET_FILE }), TODAY);
    expect(fromLake.enterprises.length).toBeGreaterThan(0);
    expect(fromLake.participations.length).toBeGreaterThan(0);
    expect(snapshot(fromLake.enterprises)).toEqual(snapshot(fromFile.enterprises));
    expect(snapshot(fromLake.standards)).toEqual(snapshot(fromFile.standards));
    expect(snapshot(fromLake.participations)).toEqual(snapshot(fromFile.participations));
    for (const list of ['committees', 'committeeRoles', 'awards', 'nominations', 'programs'] as const) {
      expect(snapshot(fromLake[list])).toEqual(snapshot(fromFile[list]));
    }
    // Only the published perspective reached the build: the Lake holds 3 drafts.
    expect(lake.documents().filter((doc) => doc._id.startsWith('drafts.'))).toHaveLength(3);
    expect(snapshot(fromLake.enterprises).join('\n')).not.toContain('drafts.');
  });
});
