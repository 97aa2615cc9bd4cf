/**
 * A two-way count table (rows × columns): the shape behind every statistics chart, its data
 * table and its summary sentence, so the three can never disagree.
 */

export interface CountTable<R extends string | number, C extends string> {
  /** Row keys in display order (years ascending, bodies by seats …). */
  readonly rows: readonly R[];
  /** Column keys (the stacked series) in display order. */
  readonly columns: readonly C[];
  /** `counts[i][j]`: how many items fall in row i and column j. */
  readonly counts: readonly (readonly number[])[];
}

/** One non-empty cell, the tidy form a chart library wants. */
export interface CountCell<R, C> {
  readonly row: R;
  readonly column: C;
  readonly count: number;
}

/**
 * Count items into the given rows and columns; items whose row or column is not listed are
 * left out (the caller chooses the rows, e.g. a contiguous run of years).
 * @example countInto([1, 1, 2], (n) => n, () => 'x', [1, 2, 3], ['x']).counts //=> [[2], [1], [0]]
 */
export function countInto<T, R extends string | number, C extends string>(
  items: readonly T[],
  rowOf: (item: T) => R | null | undefined,
  columnOf: (item: T) => C | null | undefined,
  rows: readonly R[],
  columns: readonly C[],
): CountTable<R, C> {
  const rowIndex = new Map(rows.map((row, i) => [row, i]));
  const columnIndex = new Map(columns.map((column, j) => [column, j]));
  const counts = rows.map(() => columns.map(() => 0));
  for (const item of items) {
    const row = rowOf(item);
    const column = columnOf(item);
    const i = row === null || row === undefined ? undefined : rowIndex.get(row);
    const j = column === null || column === undefined ? undefined : columnIndex.get(column);
    const line = i === undefined ? undefined : counts[i];
    if (line && j !== undefined) line[j] = (line[j] ?? 0) + 1;
  }
  return { rows, columns, counts };
}

/** The sum of row i. */
export function rowTotal(table: CountTable<string | number, string>, i: number): number {
  return (table.counts[i] ?? []).reduce((sum, n) => sum + n, 0);
}

/** The sum of column j. */
export function columnTotal(table: CountTable<string | number, string>, j: number): number {
  return table.counts.reduce((sum, line) => sum + (line[j] ?? 0), 0);
}

/** The sum of all cells. */
export function grandTotal(table: CountTable<string | number, string>): number {
  return table.rows.reduce<number>((sum, _row, i) => sum + rowTotal(table, i), 0);
}

/** The non-empty cells, row by row. */
export function tidyCounts<R extends string | number, C extends string>(table: CountTable<R, C>): CountCell<R, C>[] {
  return table.rows.flatMap((row, i) =>
    table.columns.flatMap((column, j) => {
      const count = table.counts[i]?.[j] ?? 0;
      return count > 0 ? [{ row, column, count }] : [];
    }),
  );
}

/**
 * The indexes of the rows with the largest total (several when tied), in row order; none
 * when the table is empty.
 * @example peakRows({rows: [1, 2, 3], columns: ['x'], counts: [[2], [5], [5]]}) //=> [1, 2]
 */
export function peakRows(table: CountTable<string | number, string>): number[] {
  const totals = table.rows.map((_row, i) => rowTotal(table, i));
  const max = Math.max(0, ...totals);
  return max === 0 ? [] : totals.flatMap((total, i) => (total === max ? [i] : []));
}

/**
 * Every year from the first to the last present, so gaps show as empty bars instead of
 * vanishing from the axis.
 * @example yearSpan([2024, 2021, 2024]) //=> [2021, 2022, 2023, 2024]
 */
export function yearSpan(years: Iterable<number | null | undefined>): number[] {
  const present = [...years].filter((y): y is number => typeof y === 'number' && Number.isInteger(y));
  if (present.length === 0) return [];
  const first = Math.min(...present);
  const last = Math.max(...present);
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}
