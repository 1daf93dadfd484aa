/** A DataFrame column: its pandas dtype and its values (numbers and dates in a Float64Array). */

/** The pandas dtypes a column can have. */
export type Dtype = 'float64' | 'int64' | 'bool' | 'datetime64[ns]' | 'object';

/**
 * One column. Numbers (int64 and float64) and dates (milliseconds since 1970 UTC, NaN for NaT)
 * live in a Float64Array: the WASM core takes it without copying, `a + 1` works on its values,
 * and integers up to 2^53 are exact (int64 is only a display tag: no decimals, as pandas shows it).
 * Booleans and strings are plain arrays, null for a missing value.
 */
export type Column =
  | { dtype: 'float64' | 'int64' | 'datetime64[ns]'; values: Float64Array }
  | { dtype: 'bool' | 'object'; values: (string | boolean | number | null)[] };

/** True for int64 and float64 columns. */
export function isNumeric(column: Column): column is { dtype: 'float64' | 'int64'; values: Float64Array } {
  return column.dtype === 'float64' || column.dtype === 'int64';
}

/** Number of rows. */
export function columnLength(column: Column): number {
  return column.values.length;
}

/** True where the value is missing (NaN, NaT or null), as pandas isna(). */
export function missingAt(column: Column, row: number): boolean {
  const v = column.values[row];
  return v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));
}

/** The rows at `positions`, in that order (-1 gives a missing value). */
export function takeRows(column: Column, positions: ArrayLike<number>): Column {
  const n = positions.length;
  if (column.values instanceof Float64Array) {
    const out = new Float64Array(n);
    const src = column.values;
    let hole = false;
    for (let i = 0; i < n; i++) {
      const p = positions[i] as number;
      if (p < 0) hole = true;
      out[i] = p < 0 ? NaN : (src[p] as number);
    }
    return { dtype: hole && column.dtype === 'int64' ? 'float64' : column.dtype, values: out } as Column;
  }
  const src = column.values;
  const out = new Array<string | boolean | number | null>(n);
  for (let i = 0; i < n; i++) {
    const p = positions[i] as number;
    out[i] = p < 0 ? null : (src[p] ?? null);
  }
  return { dtype: column.dtype === 'bool' && Array.from(positions).some((p) => p < 0) ? 'object' : column.dtype, values: out } as Column;
}

/** Rows [start, end). */
export function sliceColumn(column: Column, start: number, end: number): Column {
  return { dtype: column.dtype, values: column.values.slice(start, end) } as Column;
}

/** A float64 column over `values`. */
export function floatColumn(values: Float64Array): Column {
  return { dtype: 'float64', values };
}

/** The value at `row` as a user sees it: a number, string, boolean, Date or null. */
export function valueAt(column: Column, row: number): number | string | boolean | Date | null {
  const v = column.values[row] ?? null;
  if (column.dtype === 'datetime64[ns]') return Number.isNaN(v as number) ? null : new Date(v as number);
  return v;
}

/**
 * A column from JS values: numbers → float64 (JS numbers are doubles; with `integers: 'int64'`, as
 * the readers ask, all-integral numbers without gaps → int64), Dates → datetime, booleans → bool, else object.
 */
export function columnFrom(values: ArrayLike<unknown>, integers: 'int64' | 'float64' = 'float64'): Column {
  const list = Array.from(values);
  if (values instanceof Float64Array) return { dtype: 'float64', values };
  const present = list.filter((v) => v !== null && v !== undefined && !(typeof v === 'number' && Number.isNaN(v)));
  if (present.every((v) => typeof v === 'number')) {
    const out = Float64Array.from(list, (v) => (typeof v === 'number' ? v : NaN));
    const ints = integers === 'int64' && present.length === list.length && present.every((v) => Number.isInteger(v));
    return { dtype: ints && list.length > 0 ? 'int64' : 'float64', values: out };
  }
  if (present.every((v) => v instanceof Date)) {
    return { dtype: 'datetime64[ns]', values: Float64Array.from(list, (v) => (v instanceof Date ? v.getTime() : NaN)) };
  }
  if (present.every((v) => typeof v === 'boolean') && present.length === list.length) return { dtype: 'bool', values: list as boolean[] };
  return { dtype: 'object', values: list.map((v) => (v === undefined || v === null ? null : v instanceof Date ? v.toISOString() : (v as string | number | boolean))) };
}
