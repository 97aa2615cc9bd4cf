/**
 * The site's own defences, with the content check out of the way: a Content Lake stand-in
 * serves the embedded dataset with every URL field and Portable Text link set to a
 * `javascript:`, `data:`, `vbscript:`, protocol-relative … address (fixtures/security), and
 * the build runs with both Sanity token variables set to markers. safeUrl must drop every such
 * address (no trace of one in any file), and neither token may reach the build. The Studio
 * bundle is scanned for the same markers by the Studio suite (tests/studio/bundle.spec.ts),
 * on the build it makes anyway.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { injectUrlPayloads, readNdjsonDocs, type Injected } from '../fixtures/security/hostileDataset.ts';
import { SECRET_MARKER_PREFIX, SECRET_MARKERS } from '../fixtures/security/secrets.ts';
import { buildSite, filesUnder, startLakeStandin } from './securityHarness.ts';
import { standardSlug, type StandardRouteInput } from '../../site/lib/routes.ts';

/** A valid address left in place: the control that shows links do get through when safe. */
const CONTROL_URL = 'https://std.example.org/security-control';

/** Address-carrying attributes in the HTML of a build. */
const ADDRESS_ATTRIBUTE = /\s(href|src|action|formaction|srcset|poster|data)="([^"]*)"/gi;

/** An http(s) or site-relative address; never protocol-relative (the site writes none). */
function isSafeAddress(attribute: string): boolean {
  const value = attribute
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([\da-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  if (/^[\s\u0000-\u001f]*(?:\/\/|\\\\)/.test(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value, 'https://site.invalid/page/').protocol);
  } catch {
    return false;
  }
}

test('safeUrl drops every non-http(s) address a Content Lake serves; the tokens stay out of the build', async () => {
  test.setTimeout(180_000);
  const fixture: Injected = injectUrlPayloads(readNdjsonDocs('content/dataset.ndjson'));
  const control = fixture.docs.find((d) => d['_type'] === 'standard' && !String(d['_id']).includes('.'));
  if (!control) throw new Error('no standard in the dataset');
  control['url'] = CONTROL_URL;
  const lake = await startLakeStandin(fixture.docs);
  const built = await buildSite('lake-urls', {
    CONTENT_SOURCE: 'sanity',
    SANITY_STUDIO_PROJECT_ID: 'sec0test',
    SANITY_STUDIO_DATASET: 'production',
    SANITY_API_HOST: lake.apiHost,
    SANITY_API_READ_TOKEN: SECRET_MARKERS.read,
    SANITY_API_WRITE_TOKEN: SECRET_MARKERS.write,
  });
  await lake.close();
  expect(built.status, built.output).toBe(0);
  // The build really read the stand-in, with the read token (the secret was in play).
  expect(lake.authorizations.length).toBeGreaterThan(0);
  expect(new Set(lake.authorizations)).toEqual(new Set([`Bearer ${SECRET_MARKERS.read}`]));

  const files = [...filesUnder(built.outDir)];
  const leaks: string[] = [];
  const unsafe: string[] = [];
  let addresses = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const where = relative(built.outDir, file);
    if (text.includes(SECRET_MARKER_PREFIX)) leaks.push(`${where}: token marker`);
    const tag = /evilurl\d+/.exec(text);
    if (tag) leaks.push(`${where}: ${tag[0]}`);
    if (file.endsWith('.html')) {
      for (const [, name, value = ''] of text.matchAll(ADDRESS_ATTRIBUTE)) {
        addresses += 1;
        if (!isSafeAddress(value)) unsafe.push(`${where}: ${name}="${value.slice(0, 60)}"`);
      }
    }
  }
  expect(leaks).toEqual([]);
  expect(unsafe).toEqual([]);
  // The control address is linked on its standard's page: safe links are not dropped.
  // Its permalink: the slug of its first designation (site/lib/routes.ts), where it has earlier ones.
  const slug = standardSlug(control as StandardRouteInput);
  const page = join(built.outDir, 'en/standards', slug, 'index.html');
  expect(existsSync(page), page).toBe(true);
  expect(readFileSync(page, 'utf8')).toContain(`href="${CONTROL_URL}"`);
  const published = fixture.places.filter((p) => !p.id.includes('.'));
  expect(published.length).toBeGreaterThan(400);
  console.log(
    `lake: ${published.length} hostile addresses served (${new Set(published.map((p) => p.path.replace(/\[\d+\]/g, '[]'))).size} kinds of field), ${addresses} address attributes checked in ${files.length} files, 0 unsafe, 0 token markers`,
  );
});
