/**
 * Nothing private leaves the build: every file of dist/ (HTML, JSON, CSV, XML, JS, CSS) is
 * searched for the dataset's private markers, draft ids and internal field names. The
 * Playwright web server has built dist/ from the embedded dataset before this runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PRIVATE_MARKER_PREFIX, PRIVATE_MARKERS } from '../../scripts/seed/privateMarkers.ts';
import { DIST } from './env.ts';

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

test('dist/ holds no private marker, draft id or internal field', () => {
  const files = [...filesUnder(DIST)];
  expect(files.length).toBeGreaterThan(100);
  const leaks: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const needle of [PRIVATE_MARKER_PREFIX, 'drafts.', 'internalNotes']) {
      if (text.includes(needle)) leaks.push(`${file}: ${needle}`);
    }
  }
  expect(leaks).toEqual([]);
  // The markers exist in the dataset, so the search above was able to find them.
  const dataset = readFileSync('content/dataset.ndjson', 'utf8');
  for (const marker of PRIVATE_MARKERS) expect(dataset).toContain(marker);
});
