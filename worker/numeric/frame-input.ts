/** Reads the inputs `new DataFrame(…)` accepts into labelled float64 columns. */

import { rangeLabels, type Label } from './labels.ts';
import { Series, toFloat64, type NumberSource } from './series.ts';

/** A row-major matrix `{ rows, cols, data }`. (`random.randn(rows, cols)` gives a row list.) */
export interface Matrix {
  rows: number;
  cols: number;
  /** rows × cols values, row after row. */
  data: ArrayLike<number>;
}

/** An object of columns: name → values (an array, a Float64Array or a Series). */
export type ColumnObject = Readonly<Record<string, NumberSource | Series>>;

/** A list of rows: arrays of numbers (all the same length; e.g. `random.randn(rows, cols)`) or records `{ column: value }`. */
export type RowList = readonly (ArrayLike<number> | Readonly<Record<string, number>>)[];

/** Everything `new DataFrame(data, …)` accepts. */
export type FrameData = ColumnObject | RowList | Matrix;

/** Labelled float64 columns read from FrameData. */
export interface FrameParts {
  columns: Label[];
  data: Float64Array[];
  /** An index found in the input (the first Series column's), if any. */
  index: readonly Label[] | undefined;
}

function isMatrix(value: unknown): value is Matrix {
  if (value === null || typeof value !== 'object') return false;
  const m = value as Partial<Matrix>;
  return typeof m.rows === 'number' && typeof m.cols === 'number' && m.data !== undefined && typeof m.data.length === 'number';
}

function isRow(value: unknown): value is ArrayLike<number> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

function nanColumn(length: number): Float64Array {
  return new Float64Array(length).fill(NaN);
}

/** Picks `wanted` labels (in that order) out of read columns; a missing one becomes a NaN column. */
function select(parts: FrameParts, wanted: readonly Label[] | undefined, rows: number): FrameParts {
  if (wanted === undefined) return parts;
  const data = wanted.map((label) => {
    const at = parts.columns.findIndex((c) => c === label || String(c) === String(label));
    return at < 0 ? nanColumn(rows) : (parts.data[at] as Float64Array);
  });
  return { columns: [...wanted], data, index: parts.index };
}

function fromMatrix(m: Matrix, columns: readonly Label[] | undefined): FrameParts {
  if (m.data.length !== m.rows * m.cols) {
    throw new RangeError(`DataFrame: a ${m.rows}×${m.cols} matrix needs ${m.rows * m.cols} values, got ${m.data.length}`);
  }
  const data = Array.from({ length: m.cols }, (_, c) => {
    const column = new Float64Array(m.rows);
    for (let r = 0; r < m.rows; r++) column[r] = m.data[r * m.cols + c] as number;
    return column;
  });
  return { columns: columns ? [...columns] : rangeLabels(m.cols), data, index: undefined };
}

function fromRows(rows: readonly ArrayLike<number>[], columns: readonly Label[] | undefined): FrameParts {
  const cols = rows[0]?.length ?? columns?.length ?? 0;
  const data = Array.from({ length: cols }, () => new Float64Array(rows.length));
  rows.forEach((row, r) => {
    if (row.length !== cols) throw new RangeError(`DataFrame: row ${r} has ${row.length} values, row 0 has ${cols}`);
    data.forEach((column, c) => {
      column[r] = row[c] as number;
    });
  });
  return { columns: columns ? [...columns] : rangeLabels(cols), data, index: undefined };
}

function fromRecords(records: readonly Readonly<Record<string, number>>[], columns: readonly Label[] | undefined): FrameParts {
  const keys = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const data = keys.map((key) => Float64Array.from(records, (record) => record[key] ?? NaN));
  return select({ columns: keys, data, index: undefined }, columns, records.length);
}

function fromColumns(object: ColumnObject, columns: readonly Label[] | undefined): FrameParts {
  const keys = Object.keys(object);
  const firstSeries = keys.map((k) => object[k]).find((v): v is Series => v instanceof Series);
  const data = keys.map((key) => {
    const column = object[key] as NumberSource | Series;
    return column instanceof Series ? column.values : toFloat64(column);
  });
  const rows = data[0]?.length ?? 0;
  data.forEach((column, i) => {
    if (column.length !== rows) {
      throw new RangeError(`DataFrame: column "${keys[i]}" has ${column.length} values, "${keys[0]}" has ${rows}`);
    }
  });
  return select({ columns: keys, data, index: firstSeries?.index }, columns, rows);
}

/** Reads `input` into columns; `columns` names a matrix's or row list's columns, or picks an object's. */
export function readFrameData(input: FrameData, columns: readonly Label[] | undefined): FrameParts {
  let parts: FrameParts;
  if (isMatrix(input)) parts = fromMatrix(input, columns);
  else if (Array.isArray(input)) {
    const list = input as RowList;
    parts = list.every(isRow) ? fromRows(list as ArrayLike<number>[], columns) : fromRecords(list as Record<string, number>[], columns);
  } else parts = fromColumns(input as ColumnObject, columns);
  if (parts.columns.length !== parts.data.length) {
    throw new RangeError(`DataFrame: ${parts.columns.length} column names for ${parts.data.length} columns`);
  }
  return parts;
}
