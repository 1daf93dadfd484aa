/** The part of a frame pandas would show (truncated to display.max_rows/max_columns), formatted as text. */

import { formatFloatColumn } from './float-column.ts';
import { formatLabels, type Label } from './labels.ts';

/** pandas display.max_rows: longer tables show only the first and last MIN_ROWS / 2 rows. */
const MAX_ROWS = 60;
/** pandas display.min_rows. */
const MIN_ROWS = 10;
/** pandas display.max_columns: wider tables show only the first and last MAX_COLUMNS / 2 columns. */
const MAX_COLUMNS = 20;

/** A table of float64 columns with labelled rows and columns. */
export interface TableSource {
  rows: number;
  /** Row labels; undefined means 0, 1, …, rows − 1. */
  index: readonly Label[] | undefined;
  columns: readonly Label[];
  /** One array per column, each `rows` long. */
  data: readonly ArrayLike<number>[];
  /** Texts of column `column` at the shown `rows`, for columns that are not float64 (undefined: format as floats). */
  format?: (column: number, rows: readonly number[]) => string[] | undefined;
}

/** The shown cells as text, with where the "..." row and column go. */
export interface TableView {
  /** Shown row labels. */
  index: string[];
  /** Shown column labels. */
  columns: string[];
  /** Shown values, one array per shown column, not yet padded. */
  cells: string[][];
  /** The "..." row goes before this shown row, when rows were cut. */
  rowGap: number | undefined;
  /** The "..." column goes before this shown column, when columns were cut. */
  colGap: number | undefined;
  /** Full number of rows and columns. */
  rows: number;
  cols: number;
}

/** Positions shown out of `n`: all, or the first and last `keep / 2` when n > `limit`. */
function shownPositions(n: number, limit: number, keep: number): { positions: number[]; gap: number | undefined } {
  if (n <= limit) return { positions: Array.from({ length: n }, (_, i) => i), gap: undefined };
  const half = Math.floor(keep / 2);
  const head = Array.from({ length: half }, (_, i) => i);
  const tail = Array.from({ length: half }, (_, i) => n - half + i);
  return { positions: [...head, ...tail], gap: half };
}

/** pandas left-justifies numeric column labels to a common width (string labels stay as they are). */
function numericLabelsPadded(labels: readonly Label[], texts: string[]): string[] {
  if (!labels.every((label) => typeof label === 'number')) return texts;
  const width = Math.max(0, ...texts.map((t) => t.length));
  return texts.map((t) => t.padEnd(width));
}

/** Truncates and formats `source` as pandas' repr does; `leadingSpace` as in formatFloatColumn. */
export function tableView(source: TableSource, leadingSpace = true): TableView {
  const rows = source.rows;
  const cols = source.columns.length;
  const shownRows = shownPositions(rows, MAX_ROWS, MIN_ROWS);
  const shownCols = shownPositions(cols, MAX_COLUMNS, MAX_COLUMNS);
  const index = formatLabels(shownRows.positions.map((r) => source.index?.[r] ?? r));
  const columnLabels = shownCols.positions.map((c) => source.columns[c] as Label);
  const columns = numericLabelsPadded(columnLabels, formatLabels(columnLabels));
  const cells = shownCols.positions.map((c) => {
    const custom = source.format?.(c, shownRows.positions);
    if (custom) return custom;
    const column = source.data[c] ?? [];
    return formatFloatColumn(
      shownRows.positions.map((r) => column[r] as number),
      leadingSpace,
    );
  });
  return { index, columns, cells, rowGap: shownRows.gap, colGap: shownCols.gap, rows, cols };
}
