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

type Doc = { _id: string; _type: string } & Record<string, unknown>;

/** The embedded register, with the first published document of `edit`'s type and field changed. */
async function register(edit?: { type: string; field: string }): Promise<{ register: Register; id: string }> {
  let id = '';
  const docs = lines.map((line) => {
    const doc = JSON.parse(line) as Doc;
    const value = edit ? (doc[edit.field] as { zh?: string } | undefined) : undefined;
    if (edit && !id && doc._type === edit.type && !doc._id.startsWith('drafts.') && typeof value?.zh === 'string') {
      id = doc._id;
      return { ...doc, [edit.field]: { ...value, zh: `${value.zh}（已更新）` } };
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

  it.each([
    // The edited record's own list only: the participations show the enterprise's name, not its description.
    { type: 'enterprise', field: 'description', lists: ['enterprises'] },
    { type: 'standard', field: 'title', lists: ['standards'] },
    // One hop: the relation lists show the enterprise's name.
    { type: 'enterprise', field: 'name', lists: ['enterprises', 'participations', 'committee-roles', 'nominations'] },
  ])('write after an edit ($type $field) what a fresh build writes, with a new key only for the files whose cells changed', async (edit) => {
    const before = await register();
    const keysBefore = EXPORT_LISTS.map((list) => list.cellsDigest(before.register, ctx));
    files(before.register);
    const after = await register(edit);
    expect(after.id.startsWith(`${edit.type}-`)).toBe(true);
    const keysAfter = EXPORT_LISTS.map((list) => list.cellsDigest(after.register, ctx));
    const reused = files(after.register);

    delete process.env['INCREMENTAL_BUILD'];
    const fresh = files((await register(edit)).register);
    expect(reused).toEqual(fresh);
    expect(fresh.join('')).toContain('（已更新）');

    const changed = EXPORT_LISTS.filter((_, i) => keysBefore[i] !== keysAfter[i]).map((list) => list.name);
    expect(changed).toEqual(edit.lists);
  });
});
