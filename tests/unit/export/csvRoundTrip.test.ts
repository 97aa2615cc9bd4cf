/**
 * Open data is RFC 4180 CSV: every list, with every localized text made hostile (a bare LF, a
 * bare CR, CRLF, commas, double quotes), goes through a real CSV parser (csv-parse) and comes
 * back cell for cell as its JSON twin says — no shifted rows, no split columns.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EXPORT_LISTS } from '../../../site/lib/export/lists.ts';
import { LIST_SEPARATOR } from '../../../site/lib/export/exportList.ts';
import { toCsv } from '../../../site/lib/view/csv.ts';
import { AWARD_LIST_COLUMNS, awardListCsv, awardListRows, awardLists } from '../../../site/lib/view/awardsList.ts';
import type { Register } from '../../../site/lib/data/register.ts';
import { fixtureRegister } from '../stats/fixtureRegister.ts';

/** A bare LF in Chinese, a bare CR in English: CRLF alone would get quoted anyway (it is the record delimiter). */
const HOSTILE: Readonly<Record<string, string>> = { zh: '\n第二行', en: '\rline 2' };

/** The register with every zh/en text extended by HOSTILE (a copy; links between records kept). */
function hostileRegister(): Register {
  const register = structuredClone(fixtureRegister());
  const seen = new Set<object>();
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) return value.forEach(walk);
    const record = value as Record<string, unknown>;
    for (const lang of ['zh', 'en'])
      if (typeof record[lang] === 'string' && record[lang] !== '') record[lang] = `${record[lang] as string}${HOSTILE[lang] ?? ''}`;
    for (const key of Object.keys(record)) walk(record[key]);
  };
  walk(register);
  return register;
}

/** A JSON value as the CSV writes it: lists joined, null empty, a formula-like text prefixed with '. */
function cellOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return cellOf(value.join(LIST_SEPARATOR));
  const text = String(value);
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** As spreadsheets read it: CRLF, LF and CR each end a record unless quoted (csv-parse alone would guess CRLF only). */
const parseCsv = (text: string): string[][] => parse(text, { bom: true, relax_column_count: false, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];

const register = hostileRegister();
const ctx = { site: new URL('https://register.example.org') };

describe('CSV round trip through csv-parse', () => {
  it.each(EXPORT_LISTS.map((l) => [l.name, l] as const))('%s: every row and cell comes back as its JSON twin', (_name, list) => {
    const rows = list.json(register, ctx);
    const parsed = parseCsv(list.csv(register, ctx));
    const keys = list.fields.map((f) => f.key);
    expect(parsed[0]).toEqual(keys);
    expect(parsed.slice(1)).toEqual(rows.map((row) => keys.map((key) => cellOf(row[key]))));
    expect(parsed.length).toBe(list.count(register) + 1);
  });

  it('the hostile text really is in the files, quoted', () => {
    const csv = EXPORT_LISTS.find((l) => l.name === 'enterprises')?.csv(register, ctx) ?? '';
    expect(csv).toContain('"北京阿尔法科技有限公司\n第二行"');
    expect(csv).toContain('"Beijing Alpha Technology Co., Ltd.\rline 2"');
  });

  it('every award list (page download) round-trips too', () => {
    const lists = awardLists(register.awards);
    expect(lists.length).toBeGreaterThan(0);
    for (const { award, year } of lists) {
      const rows = awardListRows(award, year);
      const parsed = parseCsv(awardListCsv(rows));
      expect(parsed[0]).toEqual(AWARD_LIST_COLUMNS.map((c) => c.header));
      expect(parsed.slice(1)).toEqual(rows.map((row) => AWARD_LIST_COLUMNS.map((c) => cellOf(c.value(row)))));
    }
  });

  it.each([
    ['bare LF', 'a\nb', '"a\nb"'],
    ['bare CR', 'a\rb', '"a\rb"'],
    ['CRLF', 'a\r\nb', '"a\r\nb"'],
    ['comma', 'a,b', '"a,b"'],
    ['double quote', 'a"b', '"a""b"'],
    ['plain', 'a b', 'a b'],
  ])('quotes a field with a %s, and only then', (_name, value, written) => {
    expect(toCsv([{ header: 'h', value: (r: string) => r }], [value])).toBe(`\uFEFFh\r\n${written}\r\n`);
  });
});
