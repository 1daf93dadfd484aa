/** `Series`: one labelled column of any dtype, with pandas' everyday Series methods. */

import { JUPYTER_DISPLAY } from '../runtime/mime.ts';
import type { Figure } from '../numeric/figure.ts';
import { frameHtml } from '../numeric/html-table.ts';
import { freqOf, rangeLabels, sliceLabels, type Label } from '../numeric/labels.ts';
import { lineFigure, positions, type PlotOptions } from '../numeric/line-figure.ts';
import { cumsumSkipNa } from '../numeric/skipna.ts';
import { tableView } from '../numeric/table-view.ts';
import { seriesText } from '../numeric/text-table.ts';
import { columnFrom, columnLength, missingAt, sliceColumn, takeRows, type Column, type Dtype } from './column.ts';
import { formatCells } from './column-format.ts';
import { nanCount, nanExtreme, nanMean, nanStd, nanSum, nanVar, quantile, rolling, type NumpySum } from './pandas-math.ts';

/** Where figures from `.plot()` go: the kernel's `display`. */
export type Display = (value: unknown) => void;

/** Options of `new Series(values, options)`. */
export interface SeriesOptions {
  /** Row labels, as many as values (default 0, 1, …); a `dateRange(…)` gives a date index. */
  index?: readonly Label[];
  /** Shown as the column name, the legend entry and the repr's `Name:`. */
  name?: string;
}

/** Hooks the kernel binds on its Series and DataFrame classes. */
export interface Bound {
  display: Display | undefined;
  sum: NumpySum | undefined;
}

/** The row range `[start, end)` that head(count) (or tail(count) when `fromEnd`) keeps out of `n` rows. */
export function sliceRows(n: number, count: number, fromEnd: boolean): [number, number] {
  const k = Math.trunc(count);
  if (fromEnd) return k >= 0 ? [Math.max(0, n - k), n] : [Math.min(n, -k), n];
  return k >= 0 ? [0, Math.min(n, k)] : [0, Math.max(0, n + k)];
}

/** Float64 values of a numeric or date column (a clear error for strings). */
export function numbersOf(column: Column, what: string): Float64Array {
  if (column.values instanceof Float64Array) return column.values;
  if (column.dtype === 'bool') return Float64Array.from(column.values, (v) => (v === null ? NaN : Number(v)));
  throw new TypeError(`${what}: the column holds ${column.dtype} values, not numbers`);
}

/**
 * A one-dimensional labelled array like `pandas.Series`: numbers (float64 or int64) and dates in a
 * Float64Array (used as is, not copied), strings and booleans in an array.
 */
export class Series {
  /** The display `.plot()` shows figures in; the kernel binds it. */
  static display: Display | undefined;
  /** numpy's pairwise sum from the WASM core; the kernel binds it. */
  static numpySum: NumpySum | undefined;

  /** The column: dtype and values. */
  readonly column: Column;
  /** Name shown in reprs and legends. */
  readonly name: string | undefined;
  #index: readonly Label[] | undefined;

  constructor(values: ArrayLike<unknown> | Iterable<unknown> | Column, options: SeriesOptions = {}) {
    this.column = isColumn(values) ? values : columnFrom(isArrayLike(values) ? values : Array.from(values as Iterable<unknown>));
    if (options.index !== undefined && options.index.length !== this.length) {
      throw new RangeError(`Series: index has ${options.index.length} labels for ${this.length} rows`);
    }
    this.#index = options.index;
    this.name = options.name;
  }

  /** The values: a Float64Array for numbers and dates (ms since 1970), else an array. */
  get values(): Float64Array | (string | boolean | number | null)[] {
    return this.column.values;
  }

  /** pandas dtype: float64, int64, bool, datetime64[ns] or object. */
  get dtype(): Dtype {
    return this.column.dtype;
  }

  /** Row labels (0, 1, … unless an index was given). */
  get index(): readonly Label[] {
    this.#index ??= rangeLabels(this.length);
    return this.#index;
  }

  /** Number of values. */
  get length(): number {
    return columnLength(this.column);
  }

  /** A Series of the same (kernel-bound) kind. */
  derive(column: Column, index: readonly Label[] | undefined = this.#index, name: string | undefined = this.name): Series {
    const Kind = this.constructor as new (values: Column, options: SeriesOptions) => Series;
    return new Kind(column, { index, name });
  }

  #numbers(what: string): Float64Array {
    return numbersOf(this.column, `Series.${what}`);
  }

  #sum(): NumpySum {
    const sum = (this.constructor as typeof Series).numpySum;
    if (!sum) throw new Error('Series: no numeric core; use the Series global of the kernel');
    return sum;
  }

  #float(values: Float64Array): Series {
    return this.derive({ dtype: 'float64', values });
  }

  /** Cumulative sum; NaN entries stay NaN and are skipped (pandas `cumsum()`). */
  cumsum(): Series {
    return this.derive({ dtype: this.dtype === 'int64' ? 'int64' : 'float64', values: cumsumSkipNa(this.#numbers('cumsum')) });
  }

  /** The first `n` values (all but the last −n when n < 0). */
  head(n = 5): Series {
    return this.iloc(...sliceRows(this.length, n, false));
  }

  /** The last `n` values (all but the first −n when n < 0). */
  tail(n = 5): Series {
    return this.iloc(...sliceRows(this.length, n, true));
  }

  /** Rows by position: `iloc(i)` the value at i, `iloc(start, end)` the rows [start, end). */
  iloc(start: number): unknown;
  iloc(start: number, end: number): Series;
  iloc(start: number, end?: number): Series | unknown {
    if (end === undefined) return this.column.dtype === 'datetime64[ns]' ? new Date(this.column.values[start] as number) : this.column.values[start < 0 ? this.length + start : start];
    const index = this.#index ? sliceLabels(this.#index, start, end) : rangeLabels(Math.max(0, end - start), start);
    return this.derive(sliceColumn(this.column, start, end), index);
  }

  /** The value at row label `label`. */
  loc(label: Label): unknown {
    const at = this.index.findIndex((l) => l === label || String(l) === String(label) || (l instanceof Date && label instanceof Date && +l === +label));
    if (at < 0) throw new Error(`Series.loc: no row ${String(label)}`);
    return this.iloc(at);
  }

  /** The rows at `positions` (index kept). */
  take(positions: ArrayLike<number>): Series {
    const index = Array.from(positions, (p) => this.index[p] as Label);
    return this.derive(takeRows(this.column, positions), index);
  }

  /** Sum of the non-missing values (numpy's pairwise sum, as pandas). */
  sum(): number {
    return nanSum(this.#numbers('sum'), this.#sum());
  }

  /** Mean of the non-missing values. */
  mean(): number {
    return nanMean(this.#numbers('mean'), this.#sum());
  }

  /** Sample standard deviation (ddof = 1 as in pandas). */
  std(ddof = 1): number {
    return nanStd(this.#numbers('std'), ddof);
  }

  /** Sample variance (ddof = 1 as in pandas). */
  var(ddof = 1): number {
    return nanVar(this.#numbers('var'), ddof);
  }

  /** Smallest non-missing value. */
  min(): number {
    return nanExtreme(this.#numbers('min'), 1);
  }

  /** Largest non-missing value. */
  max(): number {
    return nanExtreme(this.#numbers('max'), -1);
  }

  /** Number of non-missing values. */
  count(): number {
    return this.column.values instanceof Float64Array ? nanCount(this.column.values) : this.length - this.isna().sum();
  }

  /** The q-quantile (linear interpolation, as pandas); an array of q gives a Series indexed by q. */
  quantile(q: number): number;
  quantile(q: readonly number[]): Series;
  quantile(q: number | readonly number[]): number | Series {
    const values = this.#numbers('quantile');
    if (typeof q === 'number') return quantile(values, q);
    return new Series(Float64Array.from(q, (p) => quantile(values, p)), { index: [...q], name: this.name });
  }

  /** True where the value is missing (NaN, NaT, null). */
  isna(): Series {
    return this.derive({ dtype: 'bool', values: Array.from({ length: this.length }, (_, i) => missingAt(this.column, i)) });
  }

  /** True where the value is present. */
  notna(): Series {
    return this.derive({ dtype: 'bool', values: Array.from({ length: this.length }, (_, i) => !missingAt(this.column, i)) });
  }

  /** The values without the missing ones. */
  dropna(): Series {
    const keep: number[] = [];
    for (let i = 0; i < this.length; i++) if (!missingAt(this.column, i)) keep.push(i);
    return this.take(keep);
  }

  /** Missing values replaced by `value`. */
  fillna(value: number | string | boolean): Series {
    const out = Array.from({ length: this.length }, (_, i) => (missingAt(this.column, i) ? value : this.column.values[i]));
    return this.derive(columnFrom(out, this.dtype === 'int64' ? 'int64' : 'float64'));
  }

  #compare(other: unknown, test: (a: number | string, b: number | string) => boolean): Series {
    const values = this.column.values;
    const right = other instanceof Date ? other.getTime() : other;
    const out = Array.from({ length: this.length }, (_, i) => {
      const a = values[i];
      return a !== null && a !== undefined && !(typeof a === 'number' && Number.isNaN(a)) && test(a as number | string, right as number | string);
    });
    return this.derive({ dtype: 'bool', values: out });
  }

  /** Element-wise `>` (a boolean Series for filtering). */
  gt(other: number | string | Date): Series {
    return this.#compare(other, (a, b) => a > b);
  }

  /** Element-wise `>=`. */
  ge(other: number | string | Date): Series {
    return this.#compare(other, (a, b) => a >= b);
  }

  /** Element-wise `<`. */
  lt(other: number | string | Date): Series {
    return this.#compare(other, (a, b) => a < b);
  }

  /** Element-wise `<=`. */
  le(other: number | string | Date): Series {
    return this.#compare(other, (a, b) => a <= b);
  }

  /** Element-wise `===`. */
  eq(other: number | string | boolean | Date): Series {
    return this.#compare(other, (a, b) => a === b);
  }

  /** Element-wise `!==`. */
  ne(other: number | string | boolean | Date): Series {
    return this.#compare(other, (a, b) => a !== b);
  }

  /** Values moved down by `periods` rows (up when negative), NaN filling the gap. */
  shift(periods = 1): Series {
    const positions = Int32Array.from({ length: this.length }, (_, i) => (i - periods >= 0 && i - periods < this.length ? i - periods : -1));
    return this.derive(takeRows(this.column, positions));
  }

  /** Difference with the value `periods` rows before. */
  diff(periods = 1): Series {
    const v = this.#numbers('diff');
    return this.#float(Float64Array.from(v, (x, i) => (i - periods >= 0 && i - periods < v.length ? x - (v[i - periods] as number) : NaN)));
  }

  /** Relative change from the value `periods` rows before (pandas: x / previous − 1, gaps padded first). */
  pctChange(periods = 1): Series {
    const v = this.#numbers('pctChange');
    const padded = new Float64Array(v.length);
    let last = NaN;
    v.forEach((x, i) => {
      if (!Number.isNaN(x)) last = x;
      padded[i] = last;
    });
    return this.#float(Float64Array.from(padded, (x, i) => (i - periods >= 0 && i - periods < v.length ? x / (padded[i - periods] as number) - 1 : NaN)));
  }

  /** Moving windows of `window` rows: `.mean()` and `.sum()` as pandas computes them. */
  rolling(window: number, options: { minPeriods?: number } = {}): { mean(): Series; sum(): Series } {
    const v = this.#numbers('rolling');
    return {
      mean: () => this.#float(rolling(v, window, 'mean', options.minPeriods ?? window)),
      sum: () => this.#float(rolling(v, window, 'sum', options.minPeriods ?? window)),
    };
  }

  /** Distinct values in order of appearance (missing values skipped). */
  unique(): unknown[] {
    const seen = new Set<unknown>();
    for (let i = 0; i < this.length; i++) if (!missingAt(this.column, i)) seen.add(this.column.values[i]);
    const out = [...seen];
    return this.dtype === 'datetime64[ns]' ? out.map((t) => new Date(t as number)) : out;
  }

  /** Number of distinct non-missing values. */
  nunique(): number {
    return this.unique().length;
  }

  /** How often each value occurs, most frequent first (ties in order of appearance), as pandas value_counts(). */
  valueCounts(): Series {
    const counts = new Map<unknown, number>();
    for (let i = 0; i < this.length; i++) {
      if (missingAt(this.column, i)) continue;
      const v = this.column.values[i];
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const entries = [...counts].sort((a, b) => b[1] - a[1]);
    const labels = entries.map(([v]) => (this.dtype === 'datetime64[ns]' ? new Date(v as number) : (v as Label)));
    return new (this.constructor as typeof Series)(
      { dtype: 'int64', values: Float64Array.from(entries, ([, n]) => n) },
      { index: labels, name: this.name },
    );
  }

  /** Date parts of a datetime Series: `.dt.year`, `.dt.month`, `.dt.day`, `.dt.dayofweek`. */
  get dt(): { year: Series; month: Series; day: Series; dayofweek: Series } {
    if (this.dtype !== 'datetime64[ns]') throw new TypeError('Series.dt: only for datetime values');
    const part = (f: (d: Date) => number): Series => {
      const values = Float64Array.from(this.column.values as Float64Array, (t) => (Number.isNaN(t) ? NaN : f(new Date(t))));
      return this.derive({ dtype: values.some(Number.isNaN) ? 'float64' : 'int64', values });
    };
    return {
      year: part((d) => d.getUTCFullYear()),
      month: part((d) => d.getUTCMonth() + 1),
      day: part((d) => d.getUTCDate()),
      dayofweek: part((d) => (d.getUTCDay() + 6) % 7),
    };
  }

  /** Element-wise `f(value, row)` into a new Series. */
  map(f: (value: unknown, row: number) => unknown): Series {
    return this.derive(columnFrom(Array.from({ length: this.length }, (_, i) => f(this.iloc(i), i))));
  }

  /** The values as a plain array (dates as Date). */
  toArray(): unknown[] {
    return Array.from({ length: this.length }, (_, i) => this.iloc(i));
  }

  /** x values for plotting: the index, or positions as a Float64Array when there is none. */
  figureX(): readonly Label[] | Float64Array {
    return this.#index ?? positions(this.length);
  }

  /** The line figure `.plot()` shows: values against the index. */
  figure(options: PlotOptions = {}): Figure {
    const line = { x: this.figureX(), y: this.#numbers('plot'), name: options.name ?? this.name };
    return lineFigure([line], { showlegend: false, ...options });
  }

  /** Shows a line plot of the values against the index (dates give a date axis); returns nothing. */
  plot(options: PlotOptions = {}): void {
    const display = (this.constructor as typeof Series).display;
    if (!display) throw new Error('Series.plot: no display; use the Series global of the kernel');
    display(this.figure(options));
  }

  /** pandas' text repr (text/plain) and an HTML table (text/html). */
  [JUPYTER_DISPLAY](): Record<string, string> {
    const data = [this.column.values instanceof Float64Array ? this.column.values : new Float64Array(0)];
    const view = tableView({ rows: this.length, index: this.#index, columns: [this.name ?? ''], data, format: (_, rows) => formatCells(this.column, rows) });
    return { 'text/plain': seriesText(view, this.name, freqOf(this.#index), this.dtype), 'text/html': frameHtml(view) };
  }
}

function isColumn(value: unknown): value is Column {
  return typeof value === 'object' && value !== null && 'dtype' in value && 'values' in value && !Array.isArray(value);
}

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

/** A boolean mask's positions that are true (a Series, array or function per row). */
export function maskPositions(mask: Series | readonly boolean[], rows: number): number[] {
  const values = mask instanceof Series ? mask.values : mask;
  if (values.length !== rows) throw new RangeError(`mask has ${values.length} values for ${rows} rows`);
  const out: number[] = [];
  for (let i = 0; i < rows; i++) if (values[i] === true || values[i] === 1) out.push(i);
  return out;
}

