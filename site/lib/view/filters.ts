/**
 * List filters: which rows match a selection, and the selection as a URL query.
 *
 * The lists render every row on the server with its filter values in `data-f-<key>`
 * attributes; the filter island (components/filters/FilterBar.astro) reads them and this
 * module decides. Pure and DOM-free, so the same code runs in the unit tests and the browser.
 */
import { fillTemplate } from '../i18n/template.ts';

/** A filter selection: query key → chosen value. An absent key means "any". */
export type FilterState = Readonly<Record<string, string>>;

/** The filter values of one row, per key. A row may have several (the years of its participations). */
export type RowValues = Readonly<Record<string, readonly string[]>>;

/**
 * Separates several values in one `data-f-*` attribute. Not a space: bodies such as
 * `ISO/IEC JTC 1` and `Beijing AMR` contain spaces; no stored value contains `|`.
 */
export const VALUE_SEPARATOR = '|';

/** Prefix of the data attributes that carry a row's values (`data-f-tier="growth"`). */
export const ROW_ATTRIBUTE_PREFIX = 'data-f-';

/**
 * Values for a `data-f-*` attribute: empty values dropped, duplicates once, first-seen order.
 * @example encodeValues([2025, '2024', 2025, null]) //=> '2025|2024'
 */
export function encodeValues(values: Iterable<string | number | null | undefined>): string {
  const seen = new Set<string>();
  for (const value of values) {
    const text = value === null || value === undefined ? '' : String(value).trim();
    if (text) seen.add(text);
  }
  return [...seen].join(VALUE_SEPARATOR);
}

/**
 * The values of a `data-f-*` attribute.
 * @example decodeValues('2025|2024') //=> ['2025', '2024']
 */
export function decodeValues(attribute: string | null | undefined): string[] {
  return attribute ? attribute.split(VALUE_SEPARATOR).filter((v) => v !== '') : [];
}

/**
 * Whether a row matches every chosen filter (AND across keys; a row with several values for a
 * key matches when any of them is the chosen one).
 * @example matchesFilters({tier: ['growth'], year: ['2024', '2025']}, {year: '2025'}) //=> true
 */
export function matchesFilters(row: RowValues, state: FilterState): boolean {
  return Object.entries(state).every(([key, wanted]) => (row[key] ?? []).includes(wanted));
}

/** How many of the rows match. */
export function countMatches(rows: readonly RowValues[], state: FilterState): number {
  return rows.reduce((n, row) => n + (matchesFilters(row, state) ? 1 : 0), 0);
}

/** The values each filter key may take (from the options rendered on the page). */
export type AllowedValues = Readonly<Record<string, readonly string[]>>;

/**
 * The selection in a URL query. Only known keys with an offered value count: a stale or
 * hand-edited link (`?tier=gold`) shows the full list instead of an empty one.
 * @example parseFilterQuery('?tier=growth&x=1&industry=Z', {tier: ['growth'], industry: ['I']}) //=> {tier: 'growth'}
 */
export function parseFilterQuery(search: string, allowed: AllowedValues): FilterState {
  const params = new URLSearchParams(search);
  const state: Record<string, string> = {};
  for (const [key, values] of Object.entries(allowed)) {
    const value = params.get(key);
    if (value !== null && values.includes(value)) state[key] = value;
  }
  return state;
}

/**
 * The URL query for a selection: filter keys in the given order, after any other parameters
 * of `base` (which are kept); `''` when nothing is left.
 * @example serializeFilterQuery({industry: 'I', tier: 'growth'}, ['tier', 'industry']) //=> '?tier=growth&industry=I'
 */
export function serializeFilterQuery(state: FilterState, keys: readonly string[], base = ''): string {
  const params = new URLSearchParams(base);
  for (const key of keys) params.delete(key);
  for (const key of keys) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** One choice of a filter, with the number of rows that have it. */
export interface FilterOption {
  readonly value: string;
  readonly count: number;
}

/**
 * The choices of a filter: every value some row has, with its row count, in `compare` order
 * (default: first seen).
 * @example collectOptions([{tier: ['growth']}, {tier: ['excellence']}, {tier: ['growth']}], 'tier') //=> [{value: 'growth', count: 2}, {value: 'excellence', count: 1}]
 */
export function collectOptions(rows: readonly RowValues[], key: string, compare?: (a: string, b: string) => number): FilterOption[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const value of new Set(row[key] ?? [])) counts.set(value, (counts.get(value) ?? 0) + 1);
  const values = [...counts.keys()];
  if (compare) values.sort(compare);
  return values.map((value) => ({ value, count: counts.get(value) ?? 0 }));
}

/**
 * A comparator that follows a fixed order (a vocabulary's declaration order); values not in it
 * go last, in code-point order.
 * @example ['c', 'x', 'a'].sort(inOrder(['a', 'b', 'c'])) //=> ['a', 'c', 'x']
 */
export function inOrder(order: readonly string[]): (a: string, b: string) => number {
  const rank = (v: string) => {
    const i = order.indexOf(v);
    return i === -1 ? order.length : i;
  };
  return (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Fill a "N of M" template (`{shown}`, `{total}`); the island gets the template of the page's
 * language from a data attribute, so the browser needs no string table.
 * @example fillCount('显示 {shown} / {total} 条', 3, 34) //=> '显示 3 / 34 条'
 */
export function fillCount(template: string, shown: number, total: number): string {
  return fillTemplate(template, { shown, total });
}

/**
 * The `data-f-*` attributes of a row, spread onto its element at build time.
 * @example rowAttributes({tier: ['growth'], year: ['2025', '2024']}) //=> {'data-f-tier': 'growth', 'data-f-year': '2025|2024'}
 */
export function rowAttributes(row: RowValues): Record<string, string> {
  return Object.fromEntries(Object.entries(row).map(([key, values]) => [`${ROW_ATTRIBUTE_PREFIX}${key}`, encodeValues(values)]));
}
