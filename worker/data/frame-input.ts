/** Reads a row list or matrix given to `new DataFrame(…)` into labelled float64 columns. */

import { rangeLabels, type Label } from '../numeric/labels.ts';

/** A row-major matrix `{ rows, cols, data }`. (`random.randn(rows, cols)` gives a row list.) */
export interface Matrix {
  rows: number;
  cols: number;
  /** rows × cols values, row after row. */
  data: ArrayLike<number>;
}

/** A list of rows: arrays of numbers, all the same length (e.g. `random.randn(rows, cols)`). */
export type RowList = readonly ArrayLike<number>[];

/** The numeric inputs `new DataFrame(data, …)` accepts besides objects of columns and records. */
export type FrameData = RowList | Matrix;

/** Labelled float64 columns read from FrameData. */
export interface FrameParts {
  columns: Label[];
  data: Float64Array[];
}

function isMatrix(value: unknown): value is Matrix {
  if (value === null || typeof value !== 'object') return false;
  const m = value as Partial<Matrix>;
  return typeof m.rows === 'number' && typeof m.cols === 'number' && m.data !== undefined && typeof m.data.length === 'number';
}

function isRow(value: unknown): value is ArrayLike<number> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
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
  return { columns: columns ? [...columns] : rangeLabels(m.cols), data };
}

function fromRows(rows: RowList, columns: readonly Label[] | undefined): FrameParts {
  const cols = rows[0]?.length ?? columns?.length ?? 0;
  const data = Array.from({ length: cols }, () => new Float64Array(rows.length));
  rows.forEach((row, r) => {
    if (row.length !== cols) throw new RangeError(`DataFrame: row ${r} has ${row.length} values, row 0 has ${cols}`);
    data.forEach((column, c) => {
      column[r] = row[c] as number;
    });
  });
  return { columns: columns ? [...columns] : rangeLabels(cols), data };
}

/** Reads a matrix or a row list into columns; `columns` names them (default 0, 1, …). */
export function readFrameData(input: FrameData, columns: readonly Label[] | undefined): FrameParts {
  let parts: FrameParts;
  if (isMatrix(input)) parts = fromMatrix(input, columns);
  else if (Array.isArray(input) && input.every(isRow)) parts = fromRows(input, columns);
  else throw new TypeError('DataFrame: expected an object of columns, a list of records, a list of number rows or a matrix');
  if (parts.columns.length !== parts.data.length) {
    throw new RangeError(`DataFrame: ${parts.columns.length} column names for ${parts.data.length} columns`);
  }
  return parts;
}
