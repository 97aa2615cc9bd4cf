/**
 * Never trust a key, in the loader: every name Object.prototype carries, as a field of every
 * document and of its nested objects, goes through the same GROQ engine (groq-js) and join as
 * the build — and the register comes out exactly as without them (groq-js called
 * `value.data.hasOwnProperty(key)` and crashed on a field of that name).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_DEPTH, recordDigest } from '../../../site/lib/data/cacheKey.ts';
import { fetchRegister } from '../../../site/lib/data/loadRegister.ts';
import { createDocumentsSource } from '../../../site/lib/data/sources.ts';
import type { ContentDocument } from '../../../site/lib/content/index.ts';

const TODAY = '2026-11-28';
const NAMES = Object.getOwnPropertyNames(Object.prototype);

const clean = readFileSync('tests/fixtures/data/register.ndjson', 'utf8')
  .trimEnd()
  .split('\n')
  .map((line) => JSON.parse(line) as ContentDocument)
  .filter((doc) => !doc._id.startsWith('drafts.'));

/** The same documents with every prototype name as a field, top level and in each nested object (as JSON.parse makes them: own keys). */
function hostile(): ContentDocument[] {
  const addNames = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(addNames);
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(addNames(v))}`);
    const extra = NAMES.map((name, i) => `${JSON.stringify(name)}:${i % 2 ? '"text"' : '{"nested":1}'}`);
    return JSON.parse(`{${[...entries, ...extra].join(',')}}`) as unknown;
  };
  return clean.map((doc) => addNames(doc) as ContentDocument);
}

describe('prototype names as fields', () => {
  it('the hostile documents really carry them as own keys', () => {
    const docs = hostile();
    for (const name of NAMES) expect(Object.hasOwn(docs[0] ?? {}, name), name).toBe(true);
  });

  it('the register is the same as without them', async () => {
    const want = await fetchRegister(createDocumentsSource(clean, 'clean'), TODAY);
    const got = await fetchRegister(createDocumentsSource(hostile(), 'hostile'), TODAY);
    expect(got.enterprises.map((e) => e.name.zh)).toEqual(want.enterprises.map((e) => e.name.zh));
    // The register is linked (cyclic): compare digests of every record and what it links to.
    const digests = (r: typeof want) =>
      [...r.enterprises, ...r.standards, ...r.committees, ...r.awards, ...r.programs].map((record) => recordDigest(record, PAGE_DEPTH));
    expect(digests(got)).toEqual(digests(want));
    expect(Object.prototype.hasOwnProperty.call({}, 'nested')).toBe(false);
  });
});
