/**
 * The filters of the two lists: what each row carries in its `data-f-*` attributes and which
 * choices each `<select>` offers, built once per page from the register.
 */
import type { Enterprise, Standard } from '../data/register.ts';
import { INDUSTRY_SECTIONS, labelFor, SERVICE_TIERS, STANDARD_LEVELS, valuesOf, type Label } from '../domain/vocabulary.ts';
import { STANDARD_STATES } from '../domain/stages.ts';
import { UI } from '../i18n/ui.ts';
import { FILTERS_UI } from '../i18n/strings/filters.ts';
import { collectOptions, inOrder } from './filters.ts';

/** One `<select>` of a filter bar. */
export interface FilterField {
  /** The URL query key and the `data-f-<key>` attribute. */
  readonly key: string;
  readonly label: Label;
  /** Option text: a vocabulary label, or a plain string shown as is (park names, codes). */
  readonly options: ReadonlyArray<{ readonly value: string; readonly label: Label | string; readonly count: number }>;
}

/** Query keys of the enterprise list, in the order of the controls and the URL. */
export const ENTERPRISE_FILTER_KEYS = ['tier', 'industry', 'park'] as const;

/** Query keys of the standard list. `year` is the participation year (see standardRowValues). */
export const STANDARD_FILTER_KEYS = ['level', 'state', 'body', 'committee', 'year'] as const;

type Values<K extends string> = Readonly<Record<K, readonly string[]>>;

const list = (value: string | null | undefined): string[] => (value ? [value] : []);

/** What the enterprise filters read of an enterprise (a record or a list row). */
type EnterpriseFacets = Pick<Enterprise, 'serviceTier' | 'industry' | 'park'>;

export function enterpriseRowValues(e: EnterpriseFacets): Values<(typeof ENTERPRISE_FILTER_KEYS)[number]> {
  return { tier: list(e.serviceTier), industry: list(e.industry), park: list(e.park?.trim()) };
}

/**
 * The filter values of a standard. `year` is the year of each verified participation, newest
 * first — not the publication year: the register is about taking part, a third of the
 * standards (in development) have no publication date yet, and "what did our enterprises
 * work on in 2025" is the question staff ask.
 */
export function standardRowValues(s: Standard): Values<(typeof STANDARD_FILTER_KEYS)[number]> {
  const years = [...new Set(s.participations.map((p) => p.year).filter((y): y is number => typeof y === 'number'))].sort((a, b) => b - a);
  return {
    level: list(s.level),
    state: [s.state],
    body: list(s.body ?? s.parsed.body),
    committee: list(s.committee?.slug),
    year: years.map(String),
  };
}

/** Codes compare with numbers in order: `SAC/TC 4` before `SAC/TC 28`. */
const CODE_COLLATOR = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
/** Park names are Chinese; pinyin order in both languages. */
const PARK_COLLATOR = new Intl.Collator('zh-CN');

export function enterpriseFilterFields(enterprises: readonly EnterpriseFacets[]): FilterField[] {
  const rows = enterprises.map(enterpriseRowValues);
  return [
    {
      key: 'tier',
      label: UI.serviceTier,
      options: collectOptions(rows, 'tier', inOrder(valuesOf(SERVICE_TIERS))).map((o) => ({ ...o, label: labelFor(SERVICE_TIERS, o.value) ?? o.value })),
    },
    {
      key: 'industry',
      label: UI.industry,
      options: collectOptions(rows, 'industry', inOrder(valuesOf(INDUSTRY_SECTIONS))).map((o) => ({
        ...o,
        label: labelFor(INDUSTRY_SECTIONS, o.value) ?? o.value,
      })),
    },
    { key: 'park', label: UI.park, options: collectOptions(rows, 'park', PARK_COLLATOR.compare).map((o) => ({ ...o, label: o.value })) },
  ];
}

export function standardFilterFields(standards: readonly Standard[]): FilterField[] {
  const rows = standards.map(standardRowValues);
  const committeeCodes = new Map(standards.flatMap((s) => (s.committee ? [[s.committee.slug, s.committee.code] as const] : [])));
  const codeOf = (slug: string) => committeeCodes.get(slug) ?? slug;
  return [
    {
      key: 'level',
      label: UI.level,
      options: collectOptions(rows, 'level', inOrder(valuesOf(STANDARD_LEVELS))).map((o) => ({ ...o, label: labelFor(STANDARD_LEVELS, o.value) ?? o.value })),
    },
    {
      key: 'state',
      label: UI.state,
      options: collectOptions(rows, 'state', inOrder(Object.keys(STANDARD_STATES))).map((o) => ({
        ...o,
        label: labelFor(STANDARD_STATES, o.value) ?? o.value,
      })),
    },
    { key: 'body', label: UI.body, options: collectOptions(rows, 'body', CODE_COLLATOR.compare).map((o) => ({ ...o, label: o.value })) },
    {
      key: 'committee',
      label: FILTERS_UI.committeeCode,
      options: collectOptions(rows, 'committee', (a, b) => CODE_COLLATOR.compare(codeOf(a), codeOf(b))).map((o) => ({ ...o, label: codeOf(o.value) })),
    },
    {
      key: 'year',
      label: FILTERS_UI.participationYear,
      options: collectOptions(rows, 'year', (a, b) => b.localeCompare(a)).map((o) => ({ ...o, label: o.value })),
    },
  ];
}
