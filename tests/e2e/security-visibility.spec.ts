/**
 * Visibility at scale: a generated ~2,000-document dataset with a unique marker in every
 * draft, every unverified relation record, every nomination whose outcome stays internal and
 * every `internalNotes` (fixtures/security: markPrivatePlaces). The site is built from it and
 * every file of the build — HTML, JSON, CSV, feeds, sitemaps, search index shards, scripts —
 * is searched: no marker, no draft id, no internal field name.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { GENERATED_MARKER_PREFIX, generateLines } from '../../scripts/lib/generate/index.ts';
import { isPrivateDocument, markPrivatePlaces, toNdjson, type Doc } from '../fixtures/security/hostileDataset.ts';
import { buildSite, filesUnder, SECURITY_BUILD_ROOT } from './securityHarness.ts';

/** About 2,000 documents: every type, stage, outcome and private kind, built in ~30 s. */
const SCALE = 2_000;

test('a generated 2,000-document build leaks no private marker into any file', async () => {
  test.setTimeout(240_000);
  const generated = generateLines({ scale: SCALE }).map((line) => JSON.parse(line) as Doc);
  const { docs, markers } = markPrivatePlaces(generated);
  const all = Object.values(markers).flat();
  // Every private document got markers, each one unique.
  expect(new Set(all).size).toBe(all.length);
  const privateDocs = docs.filter(isPrivateDocument);
  const text = toNdjson(docs);
  for (const doc of privateDocs) expect(JSON.stringify(doc), String(doc['_id'])).toContain(GENERATED_MARKER_PREFIX);
  for (const marker of all) expect(text).toContain(marker);
  for (const kind of Object.keys(markers) as Array<keyof typeof markers>) expect(markers[kind].length, kind).toBeGreaterThan(0);

  mkdirSync(SECURITY_BUILD_ROOT, { recursive: true });
  const file = join(SECURITY_BUILD_ROOT, 'visibility-2000.ndjson');
  writeFileSync(file, text);
  const built = await buildSite('visibility-2000', { CONTENT_FILE: file });
  expect(built.status, built.output).toBe(0);

  const files = [...filesUnder(built.outDir)];
  const byKind = new Map<string, number>();
  const leaks: string[] = [];
  let bytes = 0;
  for (const path of files) {
    const content = readFileSync(path, 'utf8');
    bytes += content.length;
    const kind = path.match(/\.(\w+)$/)?.[1] ?? 'other';
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    for (const needle of [GENERATED_MARKER_PREFIX, 'PRIVATE-MARKER-', 'drafts.', 'internalNotes']) {
      if (content.includes(needle)) leaks.push(`${relative(built.outDir, path)}: ${needle}`);
    }
  }
  expect(leaks).toEqual([]);
  // The scan read the real build: every kind of output is there, with the public records.
  for (const kind of ['html', 'json', 'csv', 'xml', 'js']) expect(byKind.get(kind) ?? 0, kind).toBeGreaterThan(0);
  expect(files.some((f) => /search\/.+\.json$/.test(f))).toBe(true);
  expect(files.length).toBeGreaterThan(1_000);
  const publicName = (docs.find((d) => d['_type'] === 'enterprise' && !String(d['_id']).includes('.'))?.['name'] as { zh: string }).zh;
  expect(files.some((f) => f.endsWith('.html') && readFileSync(f, 'utf8').includes(publicName))).toBe(true);
  console.log(
    `visibility: ${docs.length} documents, ${privateDocs.length} private, ${all.length} markers (${Object.entries(markers)
      .map(([k, v]) => `${k} ${v.length}`)
      .join(', ')}); ${files.length} files (${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ')}), ${(bytes / 1e6).toFixed(1)} MB scanned, 0 leaks`,
  );
});
