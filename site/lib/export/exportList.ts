/**
 * An open-data list is defined once — its rows and its columns — and both the JSON and the
 * CSV file, and the field table on /data/, are made from that one definition.
 */
import { createHash } from 'node:crypto';
import { incrementalBuildEnabled, recordDigest } from '../data/cacheKey.ts';
import type { Register } from '../data/register.ts';
import type { Label } from '../domain/vocabulary.ts';
import type { LocaleLike } from '../i18n/localize.ts';
import { localePath, type Lang } from '../i18n/locales.ts';
import { toCsv } from '../view/csv.ts';
import type { FieldType } from '../i18n/strings/data.ts';

/** A cell: lists stay arrays in JSON and are joined with LIST_SEPARATOR in CSV; booleans are `true`/`false` in both. */
export type CellValue = string | number | boolean | null | readonly string[];

/** Joins list cells in CSV: `; ` never occurs inside the codes, tags and dates it joins. */
export const LIST_SEPARATOR = '; ';

export interface ExportContext {
  /** Canonical origin (SITE_URL), for the links to the public pages. */
  readonly site: URL;
}

export interface ExportColumn<T> {
  /** Field name in JSON and header in CSV, snake_case. */
  readonly key: string;
  readonly type: FieldType;
  readonly description: Label;
  /** The vocabulary of a coded field, listed in the field table. */
  readonly vocabulary?: Readonly<Record<string, Label>>;
  readonly value: (row: T, ctx: ExportContext) => CellValue;
}

export interface ExportListDefinition<T> {
  /** File name without extension: `/data/<name>.json`, `/data/<name>.csv`. */
  readonly name: string;
  readonly title: Label;
  readonly description: Label;
  readonly rows: (register: Register) => readonly T[];
  readonly columns: readonly ExportColumn<T>[];
}

/** A field as the /data/ page describes it. */
export interface FieldInfo {
  readonly key: string;
  readonly type: FieldType;
  readonly description: Label;
  readonly vocabulary?: ReadonlyArray<{ readonly value: string; readonly label: Label }>;
}

/** A list with its row type hidden, so lists of different records sit in one array. */
export interface ExportList {
  readonly name: string;
  readonly title: Label;
  readonly description: Label;
  readonly fields: readonly FieldInfo[];
  count(register: Register): number;
  /** A digest of every row's cell values, in column order — what both files are written from, worked out once per register: the files' incremental-build key. */
  cellsDigest(register: Register, ctx: ExportContext): string;
  json(register: Register, ctx: ExportContext): Record<string, CellValue>[];
  csv(register: Register, ctx: ExportContext): string;
}

/** A CSV cell as the file spells it: lists joined, booleans as JSON spells them (csv-stringify writes 1/0). */
const csvCell = (value: CellValue): string | number | null =>
  Array.isArray(value) ? value.join(LIST_SEPARATOR) : typeof value === 'boolean' ? String(value) : (value as string | number | null);

interface Cells {
  readonly site: string;
  readonly cells: readonly (readonly CellValue[])[];
  /** Digest of every cell, in order: the files' cache key. */
  readonly digest: string;
}

interface RowCells {
  readonly cells: readonly CellValue[];
  readonly json: string;
}

/**
 * Hops a column reads from its row: the row's own fields and those of the records it links to
 * (a participation's standard code, a nomination's award name, a standard's committee code) —
 * never further (lists.ts; tests/unit/export/incrementalLists.test.ts).
 */
const ROW_DEPTH = 2;

const isRecordRow = (row: unknown): row is { readonly _id: string } =>
  typeof row === 'object' && row !== null && typeof (row as { _id?: unknown })._id === 'string';

export function defineList<T>(definition: ExportListDefinition<T>): ExportList {
  const { columns } = definition;
  // Each list is written twice (JSON and CSV) from one register: its cells are worked out once.
  const made = new WeakMap<Register, Cells>();
  // An incremental build keeps each row's cells by the row's digest to ROW_DEPTH, so a rebuild
  // after an edit works out the cells of the rows that changed, not of 20,000.
  let previous: { readonly site: string; readonly rows: Map<string, RowCells> } | undefined;
  const cellsAndDigest = (register: Register, ctx: ExportContext): Cells => {
    const known = made.get(register);
    if (known?.site === ctx.site.href) return known;
    const site = ctx.site.href;
    const reuse = incrementalBuildEnabled();
    const before = previous?.site === site ? previous.rows : undefined;
    const rows = new Map<string, RowCells>();
    const hash = createHash('sha1');
    const cells = definition.rows(register).map((row) => {
      const id = reuse && isRecordRow(row) ? recordDigest(row, ROW_DEPTH) : undefined;
      let entry = id === undefined ? undefined : before?.get(id);
      if (!entry) {
        const values = columns.map((column) => column.value(row, ctx));
        entry = { cells: values, json: JSON.stringify(values) };
      }
      if (id !== undefined) rows.set(id, entry);
      hash.update(entry.json).update('\n');
      return entry.cells;
    });
    if (reuse) previous = { site, rows };
    const result: Cells = { site, cells, digest: hash.digest('base64url') };
    made.set(register, result);
    return result;
  };
  const cellsOf = (register: Register, ctx: ExportContext) => cellsAndDigest(register, ctx).cells;
  return {
    name: definition.name,
    title: definition.title,
    description: definition.description,
    fields: columns.map((column) => ({
      key: column.key,
      type: column.type,
      description: column.description,
      ...(column.vocabulary ? { vocabulary: Object.entries(column.vocabulary).map(([value, label]) => ({ value, label })) } : {}),
    })),
    count: (register) => definition.rows(register).length,
    cellsDigest: (register, ctx) => cellsAndDigest(register, ctx).digest,
    json: (register, ctx) => cellsOf(register, ctx).map((row) => Object.fromEntries(columns.map((column, i) => [column.key, row[i] as CellValue]))),
    csv: (register, ctx) =>
      toCsv(
        columns.map((column, i) => ({ header: column.key, value: (row: readonly CellValue[]) => csvCell(row[i] as CellValue) })),
        cellsOf(register, ctx),
      ),
  };
}

/** Absolute URL of a public page in a language. */
export function pageUrl(ctx: ExportContext, lang: Lang, path: string): string {
  return new URL(localePath(lang, path), ctx.site).href;
}

/** `name_zh` and `name_en` columns of a localized field; `_en` is empty when there is no English (no fallback in data). */
export function localeColumns<T>(key: string, description: Label, get: (row: T) => LocaleLike | null | undefined): ExportColumn<T>[] {
  return [
    {
      key: `${key}_zh`,
      type: 'text',
      description: { zh: `${description.zh}（中文）`, en: `${description.en} (Chinese)` },
      value: (row) => get(row)?.zh ?? null,
    },
    {
      key: `${key}_en`,
      type: 'text',
      description: { zh: `${description.zh}（英文，可为空）`, en: `${description.en} (English, may be empty)` },
      value: (row) => get(row)?.en ?? null,
    },
  ];
}

/** `url` and `url_en`: the record's public page in both languages. */
export function pageColumns<T>(path: (row: T) => string): ExportColumn<T>[] {
  return [
    { key: 'url', type: 'url', description: { zh: '本站中文页面', en: 'Page on this site (Chinese)' }, value: (row, ctx) => pageUrl(ctx, 'zh', path(row)) },
    { key: 'url_en', type: 'url', description: { zh: '本站英文页面', en: 'Page on this site (English)' }, value: (row, ctx) => pageUrl(ctx, 'en', path(row)) },
  ];
}
