/**
 * Imports run downward through site/lib: the domain rules know nothing of wording, the
 * wording nothing of pages or files. A rule that needs a formatter, or a string table that
 * needs a view helper, is in the wrong layer (issue 13: three such imports were moved).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LIB = fileURLToPath(new URL('../../../site/lib/', import.meta.url));

/** What each layer may import (besides itself). `routes` is site/lib/routes.ts. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  domain: [],
  i18n: ['domain'],
  routes: ['i18n', 'domain'],
  content: ['domain', 'routes'],
  view: ['domain', 'i18n', 'routes', 'data'],
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const layerOf = (file: string): string => {
  const rel = relative(LIB, file).replaceAll('\\', '/');
  return rel === 'routes.ts' ? 'routes' : (rel.split('/')[0] ?? '');
};

describe('imports in site/lib run downward', () => {
  const all = files(LIB);

  it.each(Object.keys(ALLOWED))('%s imports only from its own layer and the ones below', (layer) => {
    const wrong = all
      .filter((file) => layerOf(file) === layer)
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)].map((m) => {
          const target = normalize(join(dirname(file), m[1] ?? ''));
          return { file: relative(LIB, file), target: relative(LIB, target), layer: target.startsWith(LIB) ? layerOf(target) : 'outside' };
        }),
      )
      .filter(({ layer: to }) => to !== layer && !(ALLOWED[layer] ?? []).includes(to))
      .map(({ file, target }) => `${file} → ${target}`);
    expect(wrong).toEqual([]);
  });
});
