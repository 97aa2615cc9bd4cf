/**
 * The Studio bundle gets only `SANITY_STUDIO_*` variables (the Sanity CLI's Vite build inlines
 * those, and nothing else, into browser code), so the token names must not start with that
 * prefix, and Studio code must not read the tokens at all. The full check — building the
 * Studio with both tokens set and scanning the bundle — is tests/studio/bundle.spec.ts, on the
 * Studio suite's own build (npm test).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TOKENS = ['SANITY_API_READ_TOKEN', 'SANITY_API_WRITE_TOKEN'];

function studioSources(): string[] {
  const inStudio = readdirSync('studio', { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|js|jsx|mjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  return ['sanity.config.ts', 'sanity.cli.ts', ...inStudio];
}

describe('Studio environment', () => {
  it('no Studio source reads a token variable', () => {
    const sources = studioSources();
    expect(sources.length).toBeGreaterThan(10);
    const readers = sources.filter((f) => TOKENS.some((t) => readFileSync(f, 'utf8').includes(t)));
    expect(readers).toEqual([]);
  });

  it('the variables the Studio reads are SANITY_STUDIO_* only, and no token is one of them', () => {
    const read = new Set(
      studioSources().flatMap((f) => Array.from(readFileSync(f, 'utf8').matchAll(/process\.env\.(\w+)|import\.meta\.env\.(\w+)/g), (m) => m[1] ?? m[2] ?? '')),
    );
    expect([...read].filter((name) => !name.startsWith('SANITY_STUDIO_') && name !== 'MODE' && name !== 'DEV')).toEqual([]);
    for (const token of TOKENS) expect(token.startsWith('SANITY_STUDIO_')).toBe(false);
  });
});
