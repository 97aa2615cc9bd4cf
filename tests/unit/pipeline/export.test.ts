import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main as exportMain } from '../../../scripts/contentExport.ts';
import { main as importMain } from '../../../scripts/contentImport.ts';
import { startContentLakeStandin, type ContentLakeStandin } from '../../standin/contentLake.ts';
import { captureIO, DATASET_FILE, FIXTURES, fastRetry, lakeEnv, tempDir } from './helpers.ts';

let lake: ContentLakeStandin;
beforeEach(async () => {
  lake = await startContentLakeStandin();
});
afterEach(() => lake.close());

const dataset = readFileSync(DATASET_FILE, 'utf8');

describe('content:export', () => {
  it('round-trips the embedded dataset byte for byte (import into an empty Lake, export with drafts)', async () => {
    expect(await importMain([], lakeEnv(lake), captureIO(), fastRetry())).toBe(0);
    const file = join(tempDir(), 'export.ndjson');
    const io = captureIO();
    expect(await exportMain(['--file', file, '--drafts'], lakeEnv(lake), io, fastRetry())).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(dataset);
    expect(io.lines).toHaveLength(1);
    expect(io.lines[0]).toBe(
      `content:export: standin1/production at ${lake.apiHost} → ${file}: 427 documents (3 drafts); 1 request in ${io.lines[0]?.match(/(\d+\.\d) s\.$/)?.[1] ?? 'n/a'} s.`,
    );
    // The Lake stored server fields; the export has none.
    expect(lake.documents()[0]).toHaveProperty('_rev');
    expect(readFileSync(file, 'utf8')).not.toMatch(/"_(rev|createdAt|updatedAt)"/);

    const again = captureIO();
    expect(await exportMain(['--file', file, '--drafts'], lakeEnv(lake), again, fastRetry())).toBe(0);
    expect(again.lines[0]).toContain('427 documents (3 drafts), file unchanged; 1 request');
  });

  it('exports only published documents without --drafts', async () => {
    await importMain([], lakeEnv(lake), captureIO(), fastRetry());
    const file = join(tempDir(), 'published.ndjson');
    expect(await exportMain(['--file', file], lakeEnv(lake), captureIO(), fastRetry())).toBe(0);
    const published = dataset
      .split('\n')
      .filter((line) => line && !line.startsWith('{"_id":"drafts.'))
      .map((line) => `${line}\n`)
      .join('');
    expect(readFileSync(file, 'utf8')).toBe(published);
  });

  it('carries image assets both ways: upload on import, download beside the file on export', async () => {
    const fixture = join(FIXTURES, 'with-logo', 'dataset.ndjson');
    const first = captureIO();
    expect(await importMain(['--file', fixture], lakeEnv(lake), first, fastRetry())).toBe(0);
    expect(first.lines.at(-1)).toContain(': 2 created, 0 updated, 0 unchanged, 0 deleted, 1 asset uploaded;');
    expect(lake.stats.uploads).toBe(1);
    const asset = lake.documents().find((doc) => doc._type === 'sanity.imageAsset');
    expect(asset?._id).toMatch(/^image-[0-9a-f]{40}-3x2-png$/);
    const sha1 = String(asset?.['sha1hash']);

    // Export: the logo is downloaded into assets/images/ and referenced as _sanityAsset.
    const dir = tempDir();
    const exported = join(dir, 'dataset.ndjson');
    expect(await exportMain(['--file', exported], lakeEnv(lake), captureIO(), fastRetry())).toBe(0);
    const assetFile = join(dir, 'assets', 'images', `${sha1}-3x2.png`);
    expect(readFileSync(assetFile)).toEqual(readFileSync(join(FIXTURES, 'with-logo', 'logo.png')));
    expect(readFileSync(exported, 'utf8')).toBe(
      readFileSync(fixture, 'utf8').replace('image@file://./logo.png', `image@file://./assets/images/${sha1}-3x2.png`),
    );

    // Re-import into the same Lake: the asset is known by its hash, nothing changes.
    lake.resetLog();
    const same = captureIO();
    expect(await importMain(['--file', exported], lakeEnv(lake), same, fastRetry())).toBe(0);
    expect(same.lines.at(-1)).toContain('nothing to write: all 2 documents');
    expect(lake.stats).toMatchObject({ mutations: 0, uploads: 0 });

    // Into an empty Lake and out again: the same bytes.
    const other = await startContentLakeStandin();
    try {
      expect(await importMain(['--file', exported], lakeEnv(other), captureIO(), fastRetry())).toBe(0);
      const dir2 = tempDir();
      const again = join(dir2, 'dataset.ndjson');
      expect(await exportMain(['--file', again], lakeEnv(other), captureIO(), fastRetry())).toBe(0);
      expect(readFileSync(again, 'utf8')).toBe(readFileSync(exported, 'utf8'));
      expect(existsSync(join(dir2, 'assets', 'images', `${sha1}-3x2.png`))).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('refuses to import a missing asset file before any write', async () => {
    const dir = tempDir();
    const file = join(dir, 'dataset.ndjson');
    writeFileSync(file, readFileSync(join(FIXTURES, 'with-logo', 'dataset.ndjson'), 'utf8'));
    const io = captureIO();
    expect(await importMain(['--file', file], lakeEnv(lake), io, fastRetry())).toBe(1);
    expect(io.errors[0]).toMatch(/^content:import: enterprise-anxin-security: cannot read the asset file:\/\/.*\/logo\.png: ENOENT/);
    expect(lake.stats.mutations).toBe(0);
  });
});
