/**
 * The one rule each for links, slugs, years and keys (site/lib/domain/), which the content
 * check, the Studio, the pages and the import share: what one accepts, the others render.
 */
import { describe, expect, it } from 'vitest';
import { isIsoDate, nominationYearIssues, yearIssue } from '../../../site/lib/domain/calendar.ts';
import { linkHref, linkIssue, MAX_URL_LENGTH } from '../../../site/lib/domain/links.ts';
import { INHERITED_NAMES, withoutInheritedKeys } from '../../../site/lib/domain/plainKeys.ts';
import { codeSlugIssue, MAX_SLUG_LENGTH, slugIssue } from '../../../site/lib/domain/slugs.ts';
import { linkBeyondScheme } from '../../../studio/lib/fieldRules.ts';
import { nearestName } from '../../../site/lib/content/unknownFields.ts';

const TODAY = '2026-11-28';

describe('links: accepted exactly when rendered', () => {
  it.each([
    ['https://www.sac.gov.cn', 'https://www.sac.gov.cn/'],
    ['http://std.samr.gov.cn/gb/search?q=39204', 'http://std.samr.gov.cn/gb/search?q=39204'],
    ['https://例子.中国/路径', 'https://xn--fsqu00a.xn--fiqs8s/%E8%B7%AF%E5%BE%84'],
    [`https://example.org/${'a'.repeat(MAX_URL_LENGTH - 20)}`, `https://example.org/${'a'.repeat(MAX_URL_LENGTH - 20)}`],
  ])('%j is accepted and linked', (url, href) => {
    expect(linkIssue(url)).toBeUndefined();
    expect(linkHref(url)).toBe(href);
    expect(linkBeyondScheme(url)).toBe(true);
  });

  it.each([
    [
      'mailto:info@example.org',
      'a "mailto:" link is not allowed: the site links only to http(s) addresses. Write the full address starting with https:// (or http://).',
    ],
    [
      'tel:+861012345678',
      'a "tel:" link is not allowed: the site links only to http(s) addresses. Write the full address starting with https:// (or http://).',
    ],
    [
      '/awards/zgc/',
      'a site-relative link is not allowed: the site links only to http(s) addresses. Write the full address starting with https:// (or http://).',
    ],
    [
      '//evil.example/',
      'a protocol-relative link (//…) is not allowed: the site links only to http(s) addresses. Write the full address starting with https:// (or http://).',
    ],
    [
      'https://user:pw@example.org/',
      'the address contains a user name or password (the part before "@"), which sends readers to the host after the "@". Remove it and the "@".',
    ],
    [
      'https://example.org/a b',
      'the address contains spaces or invisible characters, which a browser would remove or rewrite. Write the full address starting with https:// (or http://).',
    ],
    [
      'https://exa\u200bmple.org/',
      'the address contains spaces or invisible characters, which a browser would remove or rewrite. Write the full address starting with https:// (or http://).',
    ],
    [
      `https://example.org/${'a'.repeat(MAX_URL_LENGTH)}`,
      `the address is ${MAX_URL_LENGTH + 20} characters long, over the limit of 2048. Link to the source page itself.`,
    ],
    ['https://', 'the address cannot be parsed. Write the full address starting with https:// (or http://).'],
  ])('%j is refused with the reason, and never linked', (url, reason) => {
    expect(linkIssue(url)?.message.en).toBe(reason);
    expect(linkHref(url)).toBeUndefined();
  });

  it('the Studio shows the Chinese reason for an http(s) address the page would drop', () => {
    expect(linkBeyondScheme('https://user:pw@example.org/')).toBe(
      '网址中含有用户名或密码（“@”前的部分），读者会被引向“@”之后的网站。请删除“@”及其前面的部分。',
    );
  });
});

describe('slugs', () => {
  it('are lowercase words, at most 96 characters', () => {
    expect(slugIssue('acme-tech')).toBeUndefined();
    expect(slugIssue('a'.repeat(MAX_SLUG_LENGTH))).toBeUndefined();
    expect(slugIssue('a'.repeat(MAX_SLUG_LENGTH + 1))?.message.en).toBe(
      'it is 97 characters long, over the limit of 96 (it becomes a directory name of the site). Shorten it, e.g. to the short name.',
    );
    expect(slugIssue('Acme Tech')?.message.en).toMatch(/^use only lowercase a-z/);
    expect(codeSlugIssue('x'.repeat(97))?.field).toBe('code');
  });
});

describe('dates and years', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-30', false],
    ['2024-13-01', false],
    ['2024-2-3', false],
  ])('isIsoDate(%j) → %s', (value, ok) => expect(isIsoDate(value)).toBe(ok));

  it('a year lies between 1900 and next year', () => {
    expect(yearIssue(2027, TODAY, 'year')).toBeUndefined();
    expect(yearIssue(2028, TODAY, 'year')?.message.en).toBe('year 2028 is after 2027 (next year). Check the year, e.g. 2024.');
    expect(yearIssue(20225, TODAY, 'year')?.message.en).toBe('year 20225 is after 2027 (next year). Check the year, e.g. 2024.');
    expect(yearIssue(1e21, TODAY, 'year')?.message.en).toBe('year 1e+21 is after 2027 (next year). Check the year, e.g. 2024.');
    expect(yearIssue(1899, TODAY, 'year')?.message.en).toBe('year 1899 is before 1900. Check the year.');
  });

  const biennial = { firstYear: 2016, cycleYears: 2 };
  it('a nomination lies on its award’s cycle; a winner not after today', () => {
    expect(nominationYearIssues(2024, 'winner', biennial, TODAY)).toEqual([]);
    expect(nominationYearIssues(2026, 'winner', biennial, TODAY)).toEqual([]);
    expect(nominationYearIssues(2025, 'winner', biennial, TODAY).map((i) => i.message.en)).toEqual([
      'year 2025 is not a session of this award: it is held every 2 years from 2016 (…, 2024, 2026, …). Correct the year.',
    ]);
    expect(nominationYearIssues(2014, 'recommended', biennial, TODAY).map((i) => i.message.en)).toEqual([
      "year 2014 is before the award's first session (2016). Check the year.",
    ]);
    const annual = { firstYear: 2000, cycleYears: 1 };
    expect(nominationYearIssues(2027, 'recommended', annual, TODAY)).toEqual([]);
    expect(nominationYearIssues(2027, 'nominee', annual, TODAY).map((i) => i.message.zh)).toEqual([
      '结果为“nominee”，但年份 2027 晚于今天（2026-11-28）：尚未评出的届次不能有获奖结果。请核对年份或结果。',
    ]);
    expect(nominationYearIssues(2025, 'winner', undefined, TODAY)).toEqual([]);
  });
});

describe('keys', () => {
  it('every name Object.prototype carries is dropped, at any depth; a clean document is not copied', () => {
    expect([...INHERITED_NAMES]).toEqual(expect.arrayContaining(['constructor', 'hasOwnProperty', 'toString', 'valueOf', '__proto__']));
    const hostile = JSON.parse(
      '{"_id":"a","hasOwnProperty":1,"name":{"zh":"x","constructor":2},"list":[{"toString":3,"ok":4}],"__proto__":{"polluted":true}}',
    ) as object;
    expect(withoutInheritedKeys(hostile)).toEqual({ _id: 'a', name: { zh: 'x' }, list: [{ ok: 4 }] });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    const clean = { _id: 'b', name: { zh: 'y' } };
    expect(withoutInheritedKeys(clean)).toBe(clean);
  });

  it('an unknown field names the nearest known one, when one is near', () => {
    const known = ['name', 'slug', 'website', 'description', 'serviceTier'];
    expect(nearestName('webiste', known)).toBe('website');
    expect(nearestName('Name', known)).toBe('name');
    expect(nearestName('servicetier', known)).toBe('serviceTier');
    expect(nearestName('constructor', known)).toBeUndefined();
  });
});
