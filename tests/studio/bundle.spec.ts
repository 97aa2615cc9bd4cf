/**
 * Neither Sanity token reaches the Studio bundle. The suite's one Studio build (see
 * playwright.studio.config.ts) runs with SANITY_API_READ_TOKEN and SANITY_API_WRITE_TOKEN set
 * to markers; every file of that build is scanned here. The Sanity CLI inlines only
 * `SANITY_STUDIO_*` variables into browser code: the deploy hook's address, set the same way,
 * is in the bundle, which shows the scan sees build-time values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { SECRET_MARKER_PREFIX } from '../fixtures/security/secrets.ts';
import { STUDIO_OUT_DIR, STUDIO_PORTS } from './ports.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

test('the Studio bundle holds neither token', () => {
  const files = [...filesUnder(join(root, STUDIO_OUT_DIR))];
  const scripts = files.filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  expect(files.filter((f) => readFileSync(f).includes(SECRET_MARKER_PREFIX))).toEqual([]);
  const hook = `http://127.0.0.1:${STUDIO_PORTS.publisher}/hook`;
  expect(
    scripts.some((f) => readFileSync(f, 'utf8').includes(hook)),
    hook,
  ).toBe(true);
  console.log(`studio bundle: ${files.length} files scanned, 0 token markers`);
});
