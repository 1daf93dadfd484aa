/** pandas-like type inference: raw CSV fields → int64, float64, bool, datetime or object columns. */

import type { Column, Dtype } from './column.ts';
import { parseDate } from './parse-date.ts';

/** pandas' default missing-value texts (read_csv's na_values). */
export const DEFAULT_NA = ['', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN', '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null'];

const INT = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INF = /^[+-]?inf(inity)?$/i;
const TRUE = new Set(['True', 'TRUE', 'true']);
const FALSE = new Set(['False', 'FALSE', 'false']);

/** Thrown when a forced dtype does not fit a field; the reader adds the file and line. */
export class FieldError extends Error {
  constructor(
    readonly row: number,
    message: string,
  ) {
    super(message);
  }
}

function toNumber(text: string): number {
  if (INF.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  return FLOAT.test(text) ? Number(text) : NaN;
}

/** parseDate with a memory: a date column repeats its values, so each distinct text is parsed once. */
function memoDates(): (text: string) => number {
  const known = new Map<string, number>();
  return (text) => {
    let t = known.get(text);
    if (t === undefined) {
      t = parseDate(text);
      if (known.size < 1 << 20) known.set(text, t);
    }
    return t;
  };
}

/** The dtype pandas would give these fields (dates only when `asDate`). */
function guess(fields: readonly string[], na: ReadonlySet<string>, asDate: boolean, dateOf: (text: string) => number): Dtype {
  let ints = true;
  let nums = true;
  let bools = true;
  let missing = false;
  let seen = 0;
  for (const f of fields) {
    if (na.has(f)) {
      missing = true;
      continue;
    }
    seen++;
    if (asDate) {
      if (Number.isNaN(dateOf(f))) return 'object';
      continue;
    }
    if (ints && !INT.test(f)) ints = false;
    if (nums && !ints && !FLOAT.test(f) && !INF.test(f)) nums = false;
    if (bools && !TRUE.has(f) && !FALSE.has(f)) bools = false;
    if (!nums && !bools) return 'object';
  }
  if (asDate) return 'datetime64[ns]';
  if (seen === 0) return 'float64';
  if (ints && nums) return missing ? 'float64' : 'int64';
  if (nums) return 'float64';
  return bools && !missing ? 'bool' : 'object';
}

/** Converts raw fields into a column of `dtype` (inferred when not given); a field that does not fit a forced dtype throws a FieldError. */
export function toColumn(fields: readonly string[], na: ReadonlySet<string>, asDate: boolean, dtype?: Dtype): Column {
  const dateOf = memoDates();
  const type = dtype ?? guess(fields, na, asDate, dateOf);
  const n = fields.length;
  switch (type) {
    case 'int64':
    case 'float64':
    case 'datetime64[ns]': {
      const out = new Float64Array(n);
      const parse = type === 'datetime64[ns]' ? dateOf : toNumber;
      for (let i = 0; i < n; i++) {
        const f = fields[i] as string;
        if (na.has(f)) {
          if (type === 'int64') throw new FieldError(i, `missing value in an int64 column`);
          out[i] = NaN;
          continue;
        }
        const v = parse(f);
        if (Number.isNaN(v) || (type === 'int64' && !Number.isInteger(v))) throw new FieldError(i, `${JSON.stringify(f)} is not ${type}`);
        out[i] = v;
      }
      return { dtype: type, values: out };
    }
    case 'bool':
      return { dtype: 'bool', values: fields.map((f) => TRUE.has(f)) };
    case 'object':
      return { dtype: 'object', values: fields.map((f) => (na.has(f) ? null : f)) };
    default: {
      const never: never = type;
      throw new Error(`unknown dtype ${String(never)}`);
    }
  }
}
