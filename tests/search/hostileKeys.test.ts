/**
 * Never trust a key, in the search index and its engine: every name Object.prototype carries
 * (`constructor`, `hasOwnProperty`, `toString`, `__proto__` …) as a record's name, an index
 * term and a query finds what it should and never "fails to load"; and a failed index file is
 * retried, then fails that query only — the next query works.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchIndex } from '../../site/lib/search/buildIndex.ts';
import { SearchEngine } from '../../site/lib/search/engine.ts';
import type { SearchRecord } from '../../site/lib/search/records.ts';
import { engineOver } from './harness.ts';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

/** One enterprise per prototype name, named `<name> Technology`; with `fillers`, enough records to make terms hot. */
function records(fillers: number): SearchRecord[] {
  const out: SearchRecord[] = PROTOTYPE_NAMES.map((name, i) => ({
    doc: { kind: 'enterprise', path: `/enterprises/p${i}/`, name: { zh: `${name} 科技`, en: `${name} Technology` } },
    fields: { name: [`${name} Technology`, `${name} 科技`], description: [`about ${name}`] },
  }));
  // "constructor" and "technology" become very frequent terms (their own hot file).
  for (let i = 0; i < fillers; i += 1) {
    out.push({
      doc: { kind: 'enterprise', path: `/enterprises/f${i}/`, name: { zh: `填充${i}`, en: `Filler ${i}` } },
      fields: { name: [`Filler ${i} constructor technology`] },
    });
  }
  return out;
}

/** Without hot terms (a prototype name looked up in `hot` finds Object.prototype's member), and with. */
const SMALL = buildSearchIndex(records(0));
const INDEX = buildSearchIndex(records(2500));
const BOTH = [
  ['small index', SMALL],
  ['index with hot terms', INDEX],
] as const;

describe('prototype names as names, terms and queries', () => {
  it('the index holds them as plain keys', () => {
    const manifest = INDEX.files.get('manifest.json') as { hot: Record<string, string> };
    expect(Object.getPrototypeOf(manifest.hot)).toBe(null);
    expect(JSON.parse(JSON.stringify(manifest.hot))).toHaveProperty('constructor');
  });

  it.each(PROTOTYPE_NAMES.filter((n) => /^[a-z]/i.test(n)))('searching %j finds the record of that name', async (name) => {
    for (const [label, index] of BOTH) {
      const engine = await engineOver(index);
      for (const query of [name, `${name} `]) {
        const response = await engine.search(query);
        expect(
          response.groups.flatMap((g) => g.hits.map((h) => h.doc.name.en)),
          `${label}: ${query}`,
        ).toContain(`${name} Technology`);
      }
    }
  });

  it.each(PROTOTYPE_NAMES)('the query %j never throws', async (name) => {
    for (const [, index] of BOTH) {
      const engine = await engineOver(index);
      await expect(engine.search(name)).resolves.toHaveProperty('complete', true);
      await expect(engine.search(`${name} 科技`)).resolves.toHaveProperty('complete', true);
    }
  });
});

describe('a failed index file', () => {
  /** An engine whose fetches of `path` fail `failures` times, counting every attempt. */
  async function flaky(index: SearchIndex, failing: (path: string) => boolean, failures: number) {
    const texts = new Map([...index.files].map(([path, value]) => [path, JSON.stringify(value)]));
    const attempts: string[] = [];
    let left = failures;
    const engine = await SearchEngine.open(async (path) => {
      attempts.push(path);
      if (failing(path) && left > 0) {
        left -= 1;
        throw new Error(`503 ${path}`);
      }
      return JSON.parse(texts.get(path) ?? 'null') as unknown;
    });
    return { engine, attempts };
  }

  it('is retried: two failures in a row do not fail the query', async () => {
    const { engine, attempts } = await flaky(INDEX, (p) => p.startsWith('names/'), 2);
    const response = await engine.search('hasOwnProperty');
    expect(response.total).toBeGreaterThan(0);
    expect(attempts.filter((p) => p.startsWith('names/')).length).toBeGreaterThanOrEqual(3);
  });

  it('fails that query only, after three attempts; the next query loads it again and works', async () => {
    const { engine, attempts } = await flaky(INDEX, (p) => p.startsWith('names/'), 3);
    await expect(engine.search('hasOwnProperty')).rejects.toThrow(/^503 names\//);
    const first = attempts.length;
    const response = await engine.search('hasOwnProperty');
    expect(attempts.length).toBeGreaterThan(first);
    expect(response.groups.flatMap((g) => g.hits.map((h) => h.doc.name.en))).toContain('hasOwnProperty Technology');
  });
});
