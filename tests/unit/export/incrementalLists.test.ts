/**
 * The open-data lists in an incremental build: each row's cells are kept between builds by the
 * row's digest, and each file's key is a digest of its cells. After an edit, every file must be
 * what a fresh build writes, and only the files whose cells changed get a new key.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchRegister } from '../../../site/lib/data/loadRegister.ts';
import { createDocumentsSource } from '../../../site/lib/data/sources.ts';
import { exportBody, exportContext } from '../../../site/lib/export/exportFiles.ts';
import { EXPORT_LISTS } from '../../../site/lib/export/lists.ts';
import type { Register } from '../../../site/lib/data/register.ts';
import type { ContentDocument } from '../../../site/lib/content/index.ts';

const TODAY = '2026-01-15';
const ctx = exportContext(new URL('https://example.org'));
const lines = readFileSync('content/dataset.ndjson', 'utf8').trimEnd().split('\n');

/** The embedded register, with one published enterprise's description changed if `edit`. */
async function register(edit: boolean): Promise<{ register: Register; id: string }> {
  let id = '';
  const docs = lines.map((line) => {
    const doc = JSON.parse(line) as { _id: string; _type: string; description?: { zh: string; en?: string } };
    if (edit && !id && doc._type === 'enterprise' && !doc._id.startsWith('drafts.') && doc.description) {
      id = doc._id;
      return { ...doc, description: { ...doc.description, zh: `${doc.description.zh}（已更新）` } };
    }
    return doc;
  });
  return { register: await fetchRegister(createDocumentsSource(docs as ContentDocument[], 'test'), TODAY), id };
}

const files = (r: Register) => EXPORT_LISTS.map((list) => `${exportBody(list, 'json', r, ctx)}${exportBody(list, 'csv', r, ctx)}`);

describe('open-data lists in an incremental build', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env['INCREMENTAL_BUILD'];
    process.env['INCREMENTAL_BUILD'] = '1';
  });
  afterEach(() => {
    if (saved === undefined) delete process.env['INCREMENTAL_BUILD'];
    else process.env['INCREMENTAL_BUILD'] = saved;
  });

  it('write after an edit what a fresh build writes, and give a new key only to the files whose cells changed', async () => {
    const before = await register(false);
    const keysBefore = EXPORT_LISTS.map((list) => list.cellsDigest(before.register, ctx));
    files(before.register);
    const after = await register(true);
    expect(after.id).toMatch(/^enterprise-/);
    const keysAfter = EXPORT_LISTS.map((list) => list.cellsDigest(after.register, ctx));
    const reused = files(after.register);

    delete process.env['INCREMENTAL_BUILD'];
    const fresh = files((await register(true)).register);
    expect(reused).toEqual(fresh);
    expect(fresh.join('')).toContain('（已更新）');

    const changed = EXPORT_LISTS.filter((_, i) => keysBefore[i] !== keysAfter[i]).map((list) => list.name);
    expect(changed).toEqual(['enterprises']);
  });
});
