/**
 * The columns a DataFrame sends for the interactive table (MIME `application/vnd.quire.columns`):
 * plain typed arrays and lists, shown during the session only — the saved notebook keeps the
 * pandas-style HTML and text beside them (see src/ipynb/mime-bundle.ts).
 */

/** One column: its name, its pandas dtype name, and one value per row. */
export interface FrameColumn {
  name: string;
  dtype: string;
  values: ArrayLike<unknown>;
}

/** The whole table: row count, the index (row labels) and the columns. */
export interface FrameColumns {
  rows: number;
  index: FrameColumn;
  columns: FrameColumn[];
}

function isColumn(value: unknown): value is FrameColumn {
  if (value === null || typeof value !== 'object') return false;
  const c = value as Partial<FrameColumn>;
  return typeof c.name === 'string' && typeof c.dtype === 'string' && c.values !== undefined && typeof c.values.length === 'number';
}

/** The table in `data`, or undefined when it is not one (a hand-made bundle, a foreign notebook). */
export function readFrameColumns(data: unknown): FrameColumns | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const t = data as Partial<FrameColumns>;
  if (typeof t.rows !== 'number' || !isColumn(t.index) || !Array.isArray(t.columns) || !t.columns.every(isColumn)) return undefined;
  const rows = t.rows;
  if (t.index.values.length !== rows || t.columns.some((c) => c.values.length !== rows)) return undefined;
  return { rows, index: t.index, columns: t.columns };
}

/** A cell's text: numbers as pandas shows them (up to 6 significant decimals), dates as ISO, missing as NaN/None. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (Number.isInteger(value) || !Number.isFinite(value)) return String(value);
    const size = Math.abs(value);
    return size >= 1e-4 && size < 1e16 ? String(Number(value.toFixed(6))) : value.toExponential(6);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'NaT' : value.toISOString().replace('T00:00:00.000Z', '').replace('.000Z', '');
  return String(value);
}

/** Orders missing values (null, undefined, NaN) after everything else, in both directions. */
function missing(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** Row order sorting `column` ascending or descending (stable; missing values last). */
export function sortOrder(column: ArrayLike<unknown>, descending: boolean): Uint32Array {
  const order = new Uint32Array(column.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const sign = descending ? -1 : 1;
  const rows = Array.from(order);
  rows.sort((i, j) => {
    const a = column[i];
    const b = column[j];
    const ma = missing(a);
    const mb = missing(b);
    if (ma || mb) return ma === mb ? i - j : ma ? 1 : -1;
    return sign * compare(a, b) || i - j;
  });
  order.set(rows);
  return order;
}
