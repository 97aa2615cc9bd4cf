/**
 * The hostile-input suite, content check level: one fixture per kind of file the check used to
 * accept and the site then mishandled (tests/fixtures/hostile/<case>.ndjson), each with the
 * exact lines `npm run content:check` prints — file:line, level, id, type, field, what is wrong
 * and the fix. Refused means refused by name; warnings (unknown fields) still build.
 * The build-level half is hostileBuild.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createClient } from '@sanity/client';
import { describe, expect, it } from 'vitest';
import { checkContentFile, formatProblem } from '../../../site/lib/content/index.ts';
import { isSanityId, MAX_ID_LENGTH, publishedIdIssue } from '../../../site/lib/domain/ids.ts';

const D = 'tests/fixtures/hostile/';
const TODAY = '2026-11-28';

const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'code-too-long': [
    `${D}code-too-long.ndjson:2: error: technicalCommittee-long (technicalCommittee) code: code gives a page slug of 127 characters, over the limit of 96 (it becomes a directory name of the site). Write only the official code.`,
  ],
  'draft-reference': [
    `${D}draft-reference.ndjson:4: error: nomination-beta-2024 (nomination) enterprise: enterprise points to the draft id "drafts.enterprise-beta"; references must use the published id "enterprise-beta". Remove the "drafts." prefix.`,
  ],
  'id-leading-dash': [
    `${D}id-leading-dash.ndjson:2: error: -enterprise-acme (enterprise) _id: _id "-enterprise-acme" starts with "-", which Sanity does not accept. Use "<type>-<slug>" with letters, digits, "-" and "_".`,
  ],
  'id-too-long': [
    `${D}id-too-long.ndjson:2: error: enterprise-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa… (enterprise) _id: _id "enterprise-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" is 123 characters long; Sanity allows 128, and its draft id (drafts.<id>) must fit too, so at most 121. Shorten the slug.`,
    `${D}id-too-long.ndjson:3: error: drafts.enterprise-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb… (enterprise) _id: _id "drafts.enterprise-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb…" is 129 characters long; Sanity allows 128. Shorten the slug.`,
  ],
  links: [
    `${D}links.ndjson:2: error: enterprise-acme (enterprise) website: website should be an http(s) address, not "mailto:info@acme.example". Write the full address starting with https:// (or http://).`,
    `${D}links.ndjson:3: error: enterprise-b (enterprise) website: website "https://user:secret@acme.example/" cannot be linked: the address contains a user name or password (the part before "@"), which sends readers to the host after the "@". Remove it and the "@".`,
    `${D}links.ndjson:4: error: technicalCommittee-sac-tc-28 (technicalCommittee) url: url should be an http(s) address, not "/committees/sac-tc-28/". Write the full address starting with https:// (or http://).`,
    `${D}links.ndjson:5: error: supportProgram-x (supportProgram) body[0].markDefs[0].href: link "tel:+861012345678" would not be shown on the page: a "tel:" link is not allowed: the site links only to http(s) addresses. Write the full address starting with https:// (or http://). Or remove the link.`,
    `${D}links.ndjson:5: error: supportProgram-x (supportProgram) body[0].markDefs[1].href: link "/awards/zgc/" would not be shown on the page: a site-relative link is not allowed: the site links only to http(s) addresses. Write the full address starting with https:// (or http://). Or remove the link.`,
    `${D}links.ndjson:5: error: supportProgram-x (supportProgram) url: url "https://example.org/a b" cannot be linked: the address contains spaces or invisible characters, which a browser would remove or rewrite. Write the full address starting with https:// (or http://).`,
  ],
  'only-drafts': [
    `${D}only-drafts.ndjson: error: the file has no published document (2 drafts), so the site would be empty. Publish the drafts (ids without "drafts.") or point CONTENT_FILE at the full export.`,
  ],
  'slug-too-long': [
    `${D}slug-too-long.ndjson:2: error: enterprise-acme (enterprise) slug.current: slug.current "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" is too long: it is 200 characters long, over the limit of 96 (it becomes a directory name of the site). Shorten it, e.g. to the short name.`,
  ],
  'unknown-fields': [
    `${D}unknown-fields.ndjson:2: warning: enterprise-acme (enterprise) webiste: unknown field "webiste" is ignored: did you mean website? Rename it to "website" or remove it.`,
    `${D}unknown-fields.ndjson:2: warning: enterprise-acme (enterprise) Name: unknown field "Name" is ignored: did you mean name? Rename it to "name" or remove it.`,
    `${D}unknown-fields.ndjson:2: warning: enterprise-acme (enterprise) source: unknown field "source" is ignored: it is not part of the content model, so no page shows it. Remove it, or rename it to one of: name, shortName, formerNames, slug, uscc, serviceTier, industry, park, website, logo, description, tags, internalNotes.`,
    `${D}unknown-fields.ndjson:3: warning: nomination-acme-2024 (nomination) source.ulr: unknown field "source.ulr" is ignored: did you mean url? Rename it to "url" or remove it.`,
    `${D}unknown-fields.ndjson:3: warning: nomination-acme-2024 (nomination) verification.stauts: unknown field "verification.stauts" is ignored: did you mean status? Rename it to "status" or remove it.`,
  ],
  'unreadable-line': [
    `${D}unreadable-line.ndjson:2: error: malformed JSON (Expected ',' or '}' after property value in JSON at position 159 (line 1 column 160)). Each line must be one complete JSON document; fix the line or remove it.`,
  ],
  years: [
    `${D}years.ndjson:4: error: nomination-acme-1 (nomination) year: year 20225 is after 2027 (next year). Check the year, e.g. 2024.`,
    `${D}years.ndjson:5: error: nomination-acme-2 (nomination) year: year 1e+21 is after 2027 (next year). Check the year, e.g. 2024.`,
    `${D}years.ndjson:6: error: nomination-acme-3 (nomination) year: year 2025 is not a session of this award: it is held every 2 years from 2016 (…, 2024, 2026, …). Correct the year.`,
    `${D}years.ndjson:7: error: nomination-acme-4 (nomination) year: year 2014 is before the award's first session (2016). Check the year.`,
    `${D}years.ndjson:8: error: nomination-acme-5 (nomination) year: outcome is "winner" but year 2027 lies after today (2026-11-28): a session not yet decided has no winner. Check the year or the outcome.`,
    `${D}years.ndjson:10: error: participation-acme-x (participation) year: year 2099 is after 2027 (next year). Check the year, e.g. 2024.`,
    `${D}years.ndjson:12: error: award-future (award) firstYear: firstYear 2035 is after 2027 (next year). Check the year, e.g. 2024.`,
  ],
};

describe('hostile files: the content check refuses them by name', () => {
  it('has one expectation per fixture', () => {
    expect(
      readdirSync(D)
        .map((f) => f.replace(/\.ndjson$/, ''))
        .sort(),
    ).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', async (name, lines) => {
    const result = await checkContentFile(`${D}${name}.ndjson`, { today: TODAY });
    expect(result.problems.map(formatProblem)).toEqual(lines);
  });
});

describe('ids follow Sanity’s own rules', () => {
  const client = createClient({ projectId: 'abc123', dataset: 'production', apiVersion: '2025-02-19', useCdn: false });
  /** Whether @sanity/client itself accepts the id (it validates before sending anything). */
  const clientAccepts = (id: string): boolean => {
    try {
      client.transaction().createOrReplace({ _id: id, _type: 'award' });
      return true;
    } catch {
      return false;
    }
  };

  it.each([
    'enterprise-acme',
    '_private-ok',
    '-enterprise-acme',
    'enterprise..acme',
    'enterprise acme',
    'enterprise-é',
    `award-${'a'.repeat(115)}`,
    `award-${'a'.repeat(116)}`,
    `award-${'a'.repeat(122)}`,
    `award-${'a'.repeat(123)}`,
  ])('%j: what the check accepts as published, Sanity accepts with and without drafts.', (id) => {
    const accepted = publishedIdIssue(id) === undefined;
    if (accepted) {
      expect(clientAccepts(id)).toBe(true);
      expect(clientAccepts(`drafts.${id}`)).toBe(true);
      expect(isSanityId(`drafts.${id}`)).toBe(true);
    }
    expect(isSanityId(id)).toBe(clientAccepts(id));
    expect(id.length <= MAX_ID_LENGTH || !clientAccepts(id)).toBe(true);
  });
});

describe('BUILD_DATE is a real day', () => {
  it.each([
    ['2024-02-30', 'BUILD_DATE is "2024-02-30", a day that does not exist in the calendar; write a real date as YYYY-MM-DD, e.g. 2026-11-28.'],
    ['2024-2-3', 'BUILD_DATE is "2024-2-3"; write it as YYYY-MM-DD, e.g. 2026-11-28.'],
  ])('content:check with BUILD_DATE=%s: exit 2, one line', (value, message) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/contentCheck.ts', '--file', 'tests/fixtures/data/register.ndjson'], {
      env: { ...process.env, BUILD_DATE: value },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`content:check: ${message}\n`);
  });
});
