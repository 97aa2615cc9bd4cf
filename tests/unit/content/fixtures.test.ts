/**
 * One fixture per failure mode (tests/fixtures/content/<mode>.ndjson): the exact lines the
 * content check prints for it — file:line, level, id, type, field and the message with its fix.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContentFile, formatProblem } from '../../../site/lib/content/index.ts';

const DIR = 'tests/fixtures/content';

const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'bad-uscc': [
    `tests/fixtures/content/bad-uscc.ndjson:1: error: enterprise-short (enterprise) uscc: A USCC has 18 characters; this one has 16. Copy it again from the business licence.`,
    `tests/fixtures/content/bad-uscc.ndjson:2: error: enterprise-letter-o (enterprise) uscc: A USCC uses only 0-9 and capitals without I, O, S, V, Z; "O" is not allowed. Copy it again from the business licence.`,
    `tests/fixtures/content/bad-uscc.ndjson:3: error: enterprise-check (enterprise) uscc: USCC check character is wrong: position 18 should be "E", not "F". One of the characters is mistyped.`,
    `tests/fixtures/content/bad-uscc.ndjson:4: warning: enterprise-elsewhere (enterprise) uscc: The division code is 110000, not Haidian (110108). Fine if the enterprise is registered elsewhere.`,
  ],
  'bom-crlf': [],
  'code-level-mismatch': [
    `tests/fixtures/content/code-level-mismatch.ndjson:1: error: standard-t-cesa-1234-2023 (standard) level: The prefix T/CESA makes this a group standard, but its level is "national". Set the level to "group" or correct the code.`,
    `tests/fixtures/content/code-level-mismatch.ndjson:2: warning: standard-xx-99 (standard) code: "XX 99" is not in a code family the register recognizes; the record is kept with the level and body chosen. Check the official spelling; if it is right, report the code and its source (web page or cover) to the register's maintainers so the normalizer learns it (docs/standard-codes.md).`,
  ],
  'dangling-reference': [
    `tests/fixtures/content/dangling-reference.ndjson:3: error: participation-acme-missing (participation) standard: standard points to "standard-gb-t-1-2099", which is not in the file. Add a standard with _id "standard-gb-t-1-2099" or correct the reference.`,
    `tests/fixtures/content/dangling-reference.ndjson:4: error: nomination-wrong-type (nomination) enterprise: enterprise points to "award-zgc-quality-award", which is an award, but must point to an enterprise. Correct the reference.`,
  ],
  'date-order': [
    `tests/fixtures/content/date-order.ndjson:1: error: standard-gb-t-39204-2022 (standard) effectiveOn: effectiveOn 2022-10-12 is before publishedOn 2023-05-01. Check both dates on the standard's cover page.`,
    `tests/fixtures/content/date-order.ndjson:2: error: standard-gb-t-20000-2020 (standard) stage: Stage "preparatory" (20) is before publication but publishedOn is set. Set the stage to "published" (60) or clear publishedOn.`,
  ],
  'draft-only-reference': [
    `tests/fixtures/content/draft-only-reference.ndjson:3: error: nomination-beta-2023 (nomination) enterprise: enterprise points to "enterprise-beta", which exists only as a draft (drafts.enterprise-beta); the published site cannot show it. Publish that enterprise first, or point to a published one.`,
  ],
  'duplicate-committee-role': [
    `tests/fixtures/content/duplicate-committee-role.ndjson:4: error: committeeRole-acme-member-2021 (committeeRole) since: same enterprise, committee and role as committeeRole-acme-member-2018 (line 3), and the terms overlap (2018-01-01–open and 2021-01-01–2023-12-31). Set "until" on the earlier term or remove the duplicate.`,
    `tests/fixtures/content/duplicate-committee-role.ndjson:5: error: committeeRole-acme-member-2018-copy (committeeRole) since: same enterprise, committee, role and start date (2018-01-01) as committeeRole-acme-member-2018 (line 3). Remove the duplicate record.`,
  ],
  'duplicate-id': [
    `tests/fixtures/content/duplicate-id.ndjson:2: error: award-zgc-quality-award (award) _id: duplicate _id: line 1 already has a document with this id. Give each document its own id, or remove the copy.`,
  ],
  'duplicate-nomination': [
    `tests/fixtures/content/duplicate-nomination.ndjson:4: error: nomination-acme-zgc-2023-b (nomination): same enterprise, award and year (2023) as nomination-acme-zgc-2023 (line 3): one nomination per award and year. Merge the two records (keep the latest outcome) or remove one.`,
  ],
  'duplicate-participation': [
    `tests/fixtures/content/duplicate-participation.ndjson:5: error: participation-acme-gb-t-39204-2022-again (participation): same enterprise, standard and role (lead) as participation-acme-gb-t-39204-2022 (line 4): the enterprise would be listed twice. Merge the two records or remove one.`,
  ],
  'duplicate-slug': [
    `tests/fixtures/content/duplicate-slug.ndjson:2: error: enterprise-acme-2 (enterprise) slug: slug "acme" is also used by enterprise-acme (line 1): both would be written to /enterprises/acme/ and one page would silently replace the other. Give this enterprise a different slug.`,
    `tests/fixtures/content/duplicate-slug.ndjson:4: error: standard-gbt-39204-2022 (standard) code: code gives the page slug "gb-t-39204-2022", which is also used by standard-gb-t-39204-2022 (line 3): both would be written to /standards/gb-t-39204-2022/ and one page would silently replace the other. Remove the duplicate record or correct the code.`,
    `tests/fixtures/content/duplicate-slug.ndjson:6: error: technicalCommittee-sac-tc28 (technicalCommittee) code: code gives the page slug "sac-tc-28", which is also used by technicalCommittee-sac-tc-28 (line 5): both would be written to /committees/sac-tc-28/ and one page would silently replace the other. Remove the duplicate record or correct the code.`,
  ],
  'enum-out-of-list': [
    `tests/fixtures/content/enum-out-of-list.ndjson:1: error: enterprise-acme (enterprise) serviceTier: serviceTier is "gold", which is not one of its values. Use one of: excellence, growth, foundation.`,
    `tests/fixtures/content/enum-out-of-list.ndjson:1: error: enterprise-acme (enterprise) tags[1]: tags[1] is "famous", which is not one of its values. Use one of: unicorn, listed, specialized-new, high-tech, state-owned.`,
  ],
  // A draft is work in progress: its problems are warnings, so it never stops a build.
  'incomplete-draft': [
    `tests/fixtures/content/incomplete-draft.ndjson:1: warning: drafts.enterprise-half-done (enterprise) name.zh: name.zh is missing: Chinese text is required (English is optional and falls back to it). Add "zh" to name.`,
    `tests/fixtures/content/incomplete-draft.ndjson:1: warning: drafts.enterprise-half-done (enterprise) uscc: uscc is required but missing. Copy the 18-character unified social credit code from the business licence.`,
  ],
  // Only drafts: valid line by line, but the site would be empty — an error, not a silent pass.
  'only-drafts': [
    `tests/fixtures/content/only-drafts.ndjson: error: the file has no published document (2 drafts), so the site would be empty. Publish the drafts (ids without "drafts.") or point CONTENT_FILE at the full export.`,
  ],
  // The Studio's site-settings singleton appears in real exports; the check accepts it.
  'studio-only-type': [],
  'invalid-id': [
    `tests/fixtures/content/invalid-id.ndjson:1: error: enterprise.acme (enterprise) _id: _id "enterprise.acme" contains a dot, which Sanity treats as a private path; only "drafts.<id>" may have one. Use "<type>-<slug>" with letters, digits, "-" and "_".`,
  ],
  'malformed-json': [
    `tests/fixtures/content/malformed-json.ndjson:2: error: malformed JSON (Expected ',' or '}' after property value in JSON at position 56 (line 1 column 57)). Each line must be one complete JSON document; fix the line or remove it.`,
    `tests/fixtures/content/malformed-json.ndjson:3: error: the line is a list, not a document. Each line must be one JSON object with _id and _type.`,
  ],
  'missing-id': [
    `tests/fixtures/content/missing-id.ndjson:1: error: (award) _id: the document has no _id. Give it an id "<type>-<slug>", e.g. "award-example".`,
    `tests/fixtures/content/missing-id.ndjson:2: error: award-no-type _type: the document has no _type. Set it to one of: enterprise, standard, technicalCommittee, participation, committeeRole, award, nomination, supportProgram.`,
  ],
  'missing-required': [
    `tests/fixtures/content/missing-required.ndjson:1: error: enterprise-nameless (enterprise) name.zh: name.zh is missing: Chinese text is required (English is optional and falls back to it). Add "zh" to name.`,
    `tests/fixtures/content/missing-required.ndjson:1: error: enterprise-nameless (enterprise) uscc: uscc is required but missing. Copy the 18-character unified social credit code from the business licence.`,
    `tests/fixtures/content/missing-required.ndjson:2: error: supportProgram-grant (supportProgram) amounts[0].level: amounts[0].level is required but missing. Set one of: international, national, industry, local, group, consortium, foreign, enterprise.`,
    `tests/fixtures/content/missing-required.ndjson:3: error: nomination-x (nomination) verification.status: verification.status is required but missing. Set one of: entered, verified.`,
  ],
  'several-errors': [
    `tests/fixtures/content/several-errors.ndjson:1: error: enterprise-many (enterprise) name.zh: name.zh is missing: Chinese text is required (English is optional and falls back to it). Add "zh" to name.`,
    `tests/fixtures/content/several-errors.ndjson:1: error: enterprise-many (enterprise) slug.current: slug.current "Many_Problems" is not a slug: use only lowercase a-z, digits and single "-" between words (no spaces, capitals, Chinese or leading/trailing "-"), e.g. "acme-tech".`,
    `tests/fixtures/content/several-errors.ndjson:1: error: enterprise-many (enterprise) serviceTier: serviceTier is "gold", which is not one of its values. Use one of: excellence, growth, foundation.`,
    `tests/fixtures/content/several-errors.ndjson:1: error: enterprise-many (enterprise) website: website should be an http(s) address, not "ftp://many.example". Write the full address starting with https:// (or http://).`,
    `tests/fixtures/content/several-errors.ndjson:1: error: enterprise-many (enterprise) uscc: USCC check character is wrong: position 18 should be "E", not "F". One of the characters is mistyped.`,
    `tests/fixtures/content/several-errors.ndjson:2: error: malformed JSON (Unexpected token 'o'). Each line must be one complete JSON document; fix the line or remove it.`,
    `tests/fixtures/content/several-errors.ndjson:3: error: participation-many (participation) role: role is "sponsor", which is not one of its values. Use one of: lead, drafter, editor.`,
    `tests/fixtures/content/several-errors.ndjson:3: error: participation-many (participation) rank: rank is 0, below the minimum 1. Correct the value.`,
    `tests/fixtures/content/several-errors.ndjson:3: error: participation-many (participation) verification: verification is required but missing. Add an object with status, by, byId, on.`,
    `tests/fixtures/content/several-errors.ndjson:3: error: participation-many (participation) standard: standard points to "standard-none", which is not in the file. Add a standard with _id "standard-none" or correct the reference.`,
  ],
  'tenure-order': [
    `tests/fixtures/content/tenure-order.ndjson:3: error: committeeRole-acme-sac-tc-28-chair (committeeRole) until: until 2019-12-31 is before since 2020-01-01. Check the appointment letter.`,
  ],
  'unknown-type': [
    `tests/fixtures/content/unknown-type.ndjson:3: error: company-acme (company) _type: unknown document type "company". Use one of: enterprise, standard, technicalCommittee, participation, committeeRole, award, nomination, supportProgram — or remove the line.`,
  ],
  'valid': [],
  'wrong-kind': [
    `tests/fixtures/content/wrong-kind.ndjson:1: error: award-typed (award) slug.current: slug.current "Typed Award" is not a slug: use only lowercase a-z, digits and single "-" between words (no spaces, capitals, Chinese or leading/trailing "-"), e.g. "acme-tech".`,
    `tests/fixtures/content/wrong-kind.ndjson:1: error: award-typed (award) cycleYears: cycleYears should be a whole number, not "2". Write the number without quotes.`,
    `tests/fixtures/content/wrong-kind.ndjson:1: error: award-typed (award) firstYear: firstYear should be a whole number, not 2001.5. Use 2002 or the exact whole value.`,
    `tests/fixtures/content/wrong-kind.ndjson:1: error: award-typed (award) url: url should be an http(s) address, not "javascript:alert(1)". Write the full address starting with https:// (or http://).`,
    `tests/fixtures/content/wrong-kind.ndjson:2: error: supportProgram-dated (supportProgram) opensOn: opensOn should be a date YYYY-MM-DD, not "2024-02-30". That day does not exist in the calendar; correct it.`,
    `tests/fixtures/content/wrong-kind.ndjson:2: error: supportProgram-dated (supportProgram) closesOn: closesOn should be a date YYYY-MM-DD, not "2024/03/01". Write it as YYYY-MM-DD, e.g. 2024-05-01.`,
  ],
  'unknown-code': [
    `tests/fixtures/content/unknown-code.ndjson:1: warning: standard-js-t-12-2024 (standard) code: "JS/T 12-2024" is not in a code family the register recognizes; the record is kept with the level and body chosen. Check the official spelling; if it is right, report the code and its source (web page or cover) to the register's maintainers so the normalizer learns it (docs/standard-codes.md).`,
    `tests/fixtures/content/unknown-code.ndjson:2: error: standard-no-number (standard) code: "信息安全技术" is not a standard code the register recognizes. Write it as officially published, e.g. GB/T 39204-2022, ISO/IEC 30141:2018, T/CESA 1234-2023, DB11/T 1918-2021, ITU-T Y.4000.`,
    `tests/fixtures/content/unknown-code.ndjson:3: error: standard-control (standard) code: "GB/T\\u0007 98120-2025" is not a standard code the register recognizes. Write it as officially published, e.g. GB/T 39204-2022, ISO/IEC 30141:2018, T/CESA 1234-2023, DB11/T 1918-2021, ITU-T Y.4000.`,
    `tests/fixtures/content/unknown-code.ndjson:4: error: standard-gb-t-98121 (standard) designations[0].code: "12345" is not a standard code the register recognizes. Write it as officially published, e.g. GB/T 39204-2022, ISO/IEC 30141:2018, T/CESA 1234-2023, DB11/T 1918-2021, ITU-T Y.4000.`,
    `tests/fixtures/content/unknown-code.ndjson:4: warning: standard-gb-t-98121 (standard) designations[1].code: "XYZ/T 1-2024" is not in a code family the register recognizes; the record is kept with the level and body chosen. Check the official spelling; if it is right, report the code and its source (web page or cover) to the register's maintainers so the normalizer learns it (docs/standard-codes.md).`,
  ],
  'withdrawal-date': [
    `tests/fixtures/content/withdrawal-date.ndjson:1: warning: standard-gb-t-20000-2-2001 (standard) withdrawnOn: withdrawnOn is missing; standard-gb-t-20000-2-2009 (line 2) replaces this edition and took effect on 2010-01-01, so the site shows 2010-01-01 as the withdrawal date. Add withdrawnOn if the withdrawal notice gives another date.`,
    `tests/fixtures/content/withdrawal-date.ndjson:3: error: standard-gb-t-98130-2010 (standard) stage: Stage "withdrawn" (95) needs withdrawnOn. Add the date of the withdrawal notice.`,
  ],
  'reference-cycle': [
    `tests/fixtures/content/reference-cycle.ndjson:1: error: standard-gb-t-98140-2020 (standard) replaces: replaces forms a cycle: standard-gb-t-98140-2020 (line 1) → standard-gb-t-98140-2024 (line 3) → standard-gb-t-98140-2022 (line 2) → standard-gb-t-98140-2020. An edition cannot replace itself, even through others; remove the reference that points back.`,
    `tests/fixtures/content/reference-cycle.ndjson:2: error: standard-gb-t-98140-2022 (standard) replaces: replaces forms a cycle: standard-gb-t-98140-2020 (line 1) → standard-gb-t-98140-2024 (line 3) → standard-gb-t-98140-2022 (line 2) → standard-gb-t-98140-2020. An edition cannot replace itself, even through others; remove the reference that points back.`,
    `tests/fixtures/content/reference-cycle.ndjson:3: error: standard-gb-t-98140-2024 (standard) replaces: replaces forms a cycle: standard-gb-t-98140-2020 (line 1) → standard-gb-t-98140-2024 (line 3) → standard-gb-t-98140-2022 (line 2) → standard-gb-t-98140-2020. An edition cannot replace itself, even through others; remove the reference that points back.`,
    `tests/fixtures/content/reference-cycle.ndjson:4: error: technicalCommittee-sac-tc-901 (technicalCommittee) parent: parent forms a cycle: technicalCommittee-sac-tc-901 (line 4) → technicalCommittee-sac-tc-901-sc-1 (line 5) → technicalCommittee-sac-tc-901. A committee cannot be its own ancestor; correct the parent of one of them.`,
    `tests/fixtures/content/reference-cycle.ndjson:5: error: technicalCommittee-sac-tc-901-sc-1 (technicalCommittee) parent: parent forms a cycle: technicalCommittee-sac-tc-901 (line 4) → technicalCommittee-sac-tc-901-sc-1 (line 5) → technicalCommittee-sac-tc-901. A committee cannot be its own ancestor; correct the parent of one of them.`,
  ],
  'designation-relations': [
    `tests/fixtures/content/designation-relations.ndjson:1: error: standard-iso-iec-cd-98150 (standard) designations: an earlier designation gives the old address /standards/iso-iec-dis-98151/, which is already the address of standard-iso-iec-dis-98151 (line 2); the redirect would hide that page. Correct the designation, or merge the two records.`,
    `tests/fixtures/content/designation-relations.ndjson:3: error: standard-gb-t-98152-2026 (standard) adopts: adopts has neither standard nor code. Point adopts.standard to the international standard's record, or write its code in adopts.code.`,
    `tests/fixtures/content/designation-relations.ndjson:5: warning: standard-iso-98153-2020-amd-1-2024 (standard) amends: code ISO 98153:2020/Amd 1:2024 is an amendment of ISO 98153:2020, which is standard-iso-98153-2020 (line 4), but amends is empty. Point amends to standard-iso-98153-2020 so its page lists this amendment.`,
  ],
};

async function linesOf(name: string): Promise<string[]> {
  const result = await checkContentFile(`${DIR}/${name}.ndjson`);
  return result.problems.map(formatProblem);
}

describe('content check fixtures', () => {
  it('has an expectation for every fixture file', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.ndjson'))
      .map((f) => f.replace(/\.ndjson$/, ''))
      .sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}.ndjson → ${expected.length === 0 ? 'no problems' : `${expected.length} problem(s)`}`, async () => {
      expect(await linesOf(name)).toEqual(expected);
    });
  }

  it('reports every problem of a file, not just the first', async () => {
    const result = await checkContentFile(`${DIR}/several-errors.ndjson`);
    expect(result.errors).toBe(10);
    expect(new Set(result.problems.map((p) => p.line))).toEqual(new Set([1, 2, 3]));
    expect(result.problems.filter((p) => p.line === 1).map((p) => p.field)).toEqual(['name.zh', 'slug.current', 'serviceTier', 'website', 'uscc']);
  });

  it('counts published documents per type, drafts and ignored system documents', async () => {
    const result = await checkContentFile(`${DIR}/valid.ndjson`);
    expect(result.counts.byType).toEqual({
      enterprise: 1,
      standard: 1,
      technicalCommittee: 1,
      participation: 1,
      committeeRole: 2,
      award: 1,
      nomination: 1,
      supportProgram: 1,
    });
    expect(result.counts.drafts).toBe(3);
    expect(result.counts.system).toBe(1);
    expect(result.published.every((d) => !d._id.includes('.'))).toBe(true);
  });

  it('reads a BOM, CRLF line ends and blank lines with the right line numbers', async () => {
    const result = await checkContentFile(`${DIR}/bom-crlf.ndjson`);
    expect(result.problems).toEqual([]);
    expect(result.documents.map((d) => d._id)).toEqual(['enterprise-acme', 'technicalCommittee-sac-tc-28', 'award-zgc-quality-award']);
    expect(result.counts.lines).toBe(5);
  });
});
