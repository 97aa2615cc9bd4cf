/**
 * CSV for the open-data downloads: UTF-8 with a byte-order mark so Excel opens Chinese text
 * correctly, CRLF line ends (RFC 4180), every field quoted only when it needs to be: when it
 * contains a comma, a double quote, a CR or an LF.
 */
import { stringify } from 'csv-stringify/sync';

/** U+FEFF: tells Excel the file is UTF-8 (without it, Chinese shows as mojibake). */
export const UTF8_BOM = '\uFEFF';

export interface CsvColumn<T> {
  /** Header cell, e.g. `name_zh`. */
  readonly header: string;
  readonly value: (row: T) => string | number | boolean | null | undefined;
}

/**
 * Rows to CSV text with a BOM and a header line.
 * @example toCsv([{header: 'a', value: (r) => r}], [1, 2]) //=> '\uFEFFa\r\n1\r\n2\r\n'
 */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const records = rows.map((row) => columns.map((column) => column.value(row) ?? ''));
  // escape_formulas: a text cell starting with = + - @ (a name, a park) gets a leading `'`, so
  // a spreadsheet shows it instead of running it as a formula (CSV injection). Numbers keep their sign.
  // quoted_match: csv-stringify quotes a field containing the record delimiter (CRLF) but not a
  // bare CR or LF, which every reader takes as the end of a row (RFC 4180: quote CR and LF).
  return UTF8_BOM + stringify([columns.map((c) => c.header), ...records], { record_delimiter: 'windows', escape_formulas: true, quoted_match: /[\r\n]/ });
}
