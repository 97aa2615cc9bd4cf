/**
 * Same scale and seed give the same bytes; another seed gives another dataset. The text is in
 * the seed's format: sorted by `_id`, one JSON per line, `\n` line ends, a trailing newline.
 */
import { describe, expect, it } from 'vitest';
import { generateDataset, generateNdjson } from '../../../scripts/lib/generate/index.ts';
import { generated, TEST_SCALE } from './generated.ts';

describe('generator determinism and format', () => {
  const { text } = generated();

  it('gives identical bytes for the same seed', () => {
    expect(generateNdjson({ scale: TEST_SCALE, seed: 1 })).toBe(text);
  });

  it('gives a different dataset for another seed, and another scale', () => {
    const other = generateNdjson({ scale: TEST_SCALE, seed: 2 });
    expect(other).not.toBe(text);
    const enterprises = (t: string) =>
      t
        .split('\n')
        .filter((line) => line.startsWith('{"_id":"enterprise-'))
        .map((line) => line.slice(0, 40));
    expect(enterprises(other)).not.toEqual(enterprises(text));
    expect(generateNdjson({ scale: TEST_SCALE + 500, seed: 1 })).not.toBe(text);
  });

  it('is sorted by _id, one document per line, with a trailing newline', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.includes('\r')).toBe(false);
    const ids = text
      .slice(0, -1)
      .split('\n')
      .map((line) => (JSON.parse(line) as { _id: string })._id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('starts each line with _id and _type, as the seed does', () => {
    for (const line of text.slice(0, -1).split('\n').slice(0, 200)) expect(line).toMatch(/^\{"_id":"[^"]+","_type":"[a-zA-Z]+",/);
  });

  it('returns the same documents in-process as the NDJSON holds', () => {
    const docs = generateDataset({ scale: TEST_SCALE, seed: 1 });
    expect(docs.map((d) => JSON.stringify(d)).join('\n') + '\n').toBe(text);
  });

  it('refuses a scale below the minimum and a fractional seed', () => {
    expect(() => generateNdjson({ scale: 10 })).toThrow(/scale must be a whole number of at least 1000/);
    expect(() => generateNdjson({ scale: TEST_SCALE, seed: 1.5 })).toThrow(/seed must be a whole number/);
  });
});
