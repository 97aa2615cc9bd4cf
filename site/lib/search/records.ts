/**
 * The register as search records: one per enterprise, standard, committee, award, award year
 * and support programme, each with its display entry, facets and the text of every field.
 * Pure: the build, the relevance suite and the benchmark all index the same records.
 */
import type { Register } from '../data/register.ts';
import type { LocaleLike } from '../i18n/localize.ts';
import { ENTERPRISE_TAGS, INDUSTRY_SECTIONS, labelFor, STANDARD_LEVELS } from '../domain/vocabulary.ts';
import { compactCode, parseStandardCode } from '../domain/standardCode.ts';
import { awardListPath, awardPath, committeePath, enterprisePath, programPath, standardPath } from '../routes.ts';
import type { Standard } from '../data/register.ts';
import type { SearchDoc, SearchField } from './format.ts';
import { coreName, pinyinTerms, soundTerms } from './pinyin.ts';

export interface SearchRecord {
  readonly doc: SearchDoc;
  readonly fields: Partial<Record<SearchField, readonly string[]>>;
  /** lunr document boost: a whole award ranks above its single years for the bare name. */
  readonly boost?: number;
}

/** Small enough not to lift an old edition above a better match, big enough to order editions. */
const NEWEST_EDITION_BOOST = 1.1;

type Text = string | null | undefined;
const both = (value: LocaleLike | null | undefined): Text[] => [value?.zh, value?.en];
const present = (values: readonly Text[]): string[] => values.filter((v): v is string => Boolean(v && v.trim()));
const yearOf = (date: Text): number | undefined => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : undefined);
const name = (value: LocaleLike | null | undefined): LocaleLike => ({ zh: value?.zh ?? '', en: value?.en ?? null });

/** All search records of a register, in no particular order (the index builder sorts them). */
export function searchRecords(register: Register): SearchRecord[] {
  const records: SearchRecord[] = [];

  for (const e of register.enterprises) {
    records.push({
      doc: { kind: 'enterprise', path: enterprisePath(e), name: name(e.name), ...(e.shortName?.zh ? { detail: name(e.shortName) } : {}) },
      fields: {
        name: present([...both(e.name), ...both(e.shortName)]),
        code: present([e.uscc]),
        pinyin: pinyinTerms(e.shortName?.zh, coreName(e.name?.zh ?? '')),
        sound: soundTerms(e.shortName?.zh, coreName(e.name?.zh ?? '')),
        description: present([
          ...both(e.description),
          e.park,
          ...both(labelFor(INDUSTRY_SECTIONS, e.industry)),
          ...(e.tags ?? []).flatMap((tag) => both(labelFor(ENTERPRISE_TAGS, tag))),
        ]),
      },
    });
  }

  // The newest edition of each code ranks a little higher: `GB/T 7714` means 7714-2015.
  const newest = new Map<string, number>();
  for (const s of register.standards) newest.set(s.parsed.undated, Math.max(newest.get(s.parsed.undated) ?? 0, s.parsed.year ?? 0));
  for (const s of register.standards) {
    const year = s.parsed.year ?? yearOf(s.publishedOn);
    records.push({
      doc: { kind: 'standard', path: standardPath(s.slug), name: name(s.title), code: s.parsed.display, level: s.parsed.level, ...(year ? { year } : {}) },
      fields: {
        // The display form as words (gb, t, 39204, 2022) and the compact keys searched by prefix —
        // of every code the document is known by: earlier designations, dual/twin/joint codes.
        code: present([...standardCodeTerms(s), s.planNumber]),
        title: present(both(s.title)),
        description: present([s.body, s.committee?.code, ...both(s.committee?.name), ...both(STANDARD_LEVELS[s.parsed.level]), ...(s.ics ?? []), s.ccs]),
      },
      ...(newest.get(s.parsed.undated) === (s.parsed.year ?? 0) ? { boost: NEWEST_EDITION_BOOST } : {}),
    });
  }

  for (const c of register.committees) {
    records.push({
      doc: { kind: 'committee', path: committeePath(c), name: name(c.name), code: c.code ?? '', ...(c.level ? { level: c.level } : {}) },
      fields: {
        name: present(both(c.name)),
        code: present([c.code, compactCode(c.code ?? '')]),
        sound: soundTerms(c.name?.zh),
        description: present([c.body, c.parent?.code, ...both(c.parent?.name)]),
      },
    });
  }

  for (const a of register.awards) {
    records.push({
      doc: { kind: 'award', path: awardPath(a), name: name(a.name), level: a.level },
      fields: { name: present(both(a.name)), sound: soundTerms(a.name?.zh), description: present([...both(a.description), ...both(a.organizer)]) },
      boost: 1.5,
    });
    // One record per year with results, so "中关村质量奖 2024" lands on that year's list.
    for (const year of a.years) {
      const winners = a.nominations.filter((n) => n.year === year).flatMap((n) => [...both(n.enterprise.name), ...both(n.enterprise.shortName)]);
      records.push({
        doc: {
          kind: 'award',
          path: awardListPath(a, year),
          name: { zh: `${a.name?.zh ?? ''} ${year}`, en: a.name?.en ? `${a.name.en} ${year}` : null },
          level: a.level,
          year,
        },
        fields: { name: present([...both(a.name), String(year)]), sound: soundTerms(a.name?.zh), description: present(winners) },
      });
    }
  }

  for (const p of register.programs) {
    const year = yearOf(p.opensOn);
    records.push({
      doc: { kind: 'program', path: programPath(p), name: name(p.title), ...(year ? { year } : {}) },
      fields: {
        name: present(both(p.title)),
        code: present([p.documentNumber]),
        sound: soundTerms(p.title?.zh),
        description: present([...both(p.summary), ...both(p.issuer)]),
      },
    });
  }
  return records;
}

/**
 * The code terms a standard contributes to the index: for its current code and every other code
 * it is known by (earlier designations, also-codes), the display and the compact keys.
 */
export function standardCodeTerms(s: Pick<Standard, 'parsed' | 'codes'>): string[] {
  const terms = [s.parsed.display, s.parsed.compact, s.parsed.compactUndated];
  for (const code of s.codes) {
    if (code === s.parsed.display) continue;
    const p = parseStandardCode(code);
    terms.push(code, p?.compact ?? compactCode(code), ...(p ? [p.compactUndated] : []));
  }
  return [...new Set(terms.filter((t) => t !== ''))];
}
