/**
 * The content check and the security fixtures: every non-http(s) address in a URL field or a
 * Portable Text link is refused (an error naming the field; a warning in a draft), while XSS
 * payloads in free-text fields pass — the check guards formats, the site escapes text.
 */
import { describe, expect, it } from 'vitest';
import { checkDocs, injectStringPayloads, injectUrlPayloads, readNdjsonDocs } from '../../fixtures/security/hostileDataset.ts';
import { URL_PAYLOADS, XSS_PAYLOADS } from '../../fixtures/security/payloads.ts';

const dataset = readNdjsonDocs('content/dataset.ndjson');

describe('content check against the security fixtures', () => {
  it('refuses every non-http(s) address, naming the document and field', () => {
    const { docs, places } = injectUrlPayloads(dataset);
    const problems = checkDocs(docs);
    const errors = new Set(problems.filter((p) => p.level === 'error').map((p) => `${p.id}#${p.field}`));
    const warnings = new Set(problems.filter((p) => p.level === 'warning').map((p) => `${p.id}#${p.field}`));
    const published = places.filter((p) => !p.id.includes('.'));
    const drafts = places.filter((p) => p.id.includes('.'));
    expect(published.filter((p) => !errors.has(`${p.id}#${p.path}`))).toEqual([]);
    expect(drafts.filter((p) => !warnings.has(`${p.id}#${p.path}`))).toEqual([]);
    // One error per address, no other error: the check names exactly what is wrong.
    expect(problems.filter((p) => p.level === 'error')).toHaveLength(published.length);
    expect(new Set(places.map((p) => p.payload)).size).toBe(URL_PAYLOADS.length);
    expect(new Set(published.map((p) => p.path.replace(/\[\d+\]/g, '[]')))).toEqual(new Set(['website', 'url', 'source.url', 'body[].markDefs[].href']));
    expect(published.length).toBeGreaterThan(400);
  });

  it('lets XSS payloads through in every free-text field (the site must escape them)', () => {
    const { docs, places, restored } = injectStringPayloads(dataset);
    expect(checkDocs(docs).filter((p) => p.level === 'error')).toEqual([]);
    // Codes are formats, not free text: a USCC, a standard code, and a committee code that
    // would give a page slug too long for a directory name (site/lib/domain/slugs.ts).
    expect(restored).toEqual(['enterprise.uscc', 'standard.code', 'technicalCommittee.code']);
    const fields = new Set(places.map((p) => p.path.replace(/\[\d+\]/g, '[]')));
    for (const field of [
      'name.zh',
      'name.en',
      'description.zh',
      'title.en',
      'park',
      'source.title',
      'body[].children[].text',
      'summary.zh',
      'recommendedBy.en',
      'organizer.zh',
      'issuer.en',
      'documentNumber',
    ]) {
      expect(fields, field).toContain(field);
    }
    expect(new Set(places.map((p) => p.payload)).size).toBe(XSS_PAYLOADS.length);
    expect(places.length).toBeGreaterThan(1_500);
  });
});
