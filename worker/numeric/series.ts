/** `Series`: a labelled float64 column, pandas-like (cumsum, head/tail, reductions, plot, table reprs). */

import { JUPYTER_DISPLAY } from '../runtime/mime.ts';
import { Figure } from './figure.ts';
import { frameHtml } from './html-table.ts';
import { freqOf, rangeLabels, sliceLabels, type Label } from './labels.ts';
import { lineFigure, positions, type PlotOptions } from './line-figure.ts';
import { cumsumSkipNa, maxSkipNa, meanSkipNa, minSkipNa, stdSkipNa, sumSkipNa } from './skipna.ts';
import { tableView } from './table-view.ts';
import { seriesText } from './text-table.ts';

/** Where figures from `.plot()` go: the kernel's `display`. */
export type Display = (value: unknown) => void;

/** Options of `new Series(values, options)`. */
export interface SeriesOptions {
  /** Row labels, as many as values (default 0, 1, …); a `dateRange(…)` gives a date index. */
  index?: readonly Label[];
  /** Shown as the column name, the legend entry and the repr's `Name:`. */
  name?: string;
}

/** Values a Series can be made from: any array-like or iterable of numbers. */
export type NumberSource = ArrayLike<number> | Iterable<number>;

/** A Float64Array of `values` (the same array when it already is one). */
export function toFloat64(values: NumberSource): Float64Array {
  if (values instanceof Float64Array) return values;
  return Float64Array.from(values as Iterable<number>);
}

/** Checks that `index` labels exactly `length` rows. */
export function checkIndex(index: readonly Label[] | undefined, length: number, what: string): void {
  if (index !== undefined && index.length !== length) {
    throw new RangeError(`${what}: index has ${index.length} labels for ${length} rows`);
  }
}

/** The row range `[start, end)` that head(count) (or tail(count) when `fromEnd`) keeps out of `n` rows. */
export function sliceRows(n: number, count: number, fromEnd: boolean): [number, number] {
  const k = Math.trunc(count);
  if (fromEnd) return k >= 0 ? [Math.max(0, n - k), n] : [Math.min(n, -k), n];
  return k >= 0 ? [0, Math.min(n, k)] : [0, Math.max(0, n + k)];
}

/**
 * A one-dimensional array of float64 values with row labels, like `pandas.Series`.
 * Made with `new Series(values, { index, name })`; a Float64Array is used as is, not copied.
 */
export class Series {
  /** The display `.plot()` shows figures in; the kernel binds it on the Series global. */
  static display: Display | undefined;

  /** The values (float64). */
  readonly values: Float64Array;
  /** Name shown in reprs and legends. */
  readonly name: string | undefined;
  #index: readonly Label[] | undefined;

  constructor(values: NumberSource, options: SeriesOptions = {}) {
    this.values = toFloat64(values);
    checkIndex(options.index, this.values.length, 'Series');
    this.#index = options.index;
    this.name = options.name;
  }

  /** Row labels (0, 1, … unless an index was given). */
  get index(): readonly Label[] {
    this.#index ??= rangeLabels(this.values.length);
    return this.#index;
  }

  /** Number of values. */
  get length(): number {
    return this.values.length;
  }

  /** A Series of the same kind (the kernel's bound subclass stays bound). */
  #derive(values: Float64Array, index: readonly Label[] | undefined): this {
    const Kind = this.constructor as new (values: NumberSource, options: SeriesOptions) => this;
    return new Kind(values, { index, name: this.name });
  }

  /** Cumulative sum; NaN entries stay NaN and are skipped (pandas `cumsum()`). */
  cumsum(): this {
    return this.#derive(cumsumSkipNa(this.values), this.#index);
  }

  /** The first `n` values (all but the last −n when n < 0). */
  head(n = 5): this {
    return this.#slice(...sliceRows(this.length, n, false));
  }

  /** The last `n` values (all but the first −n when n < 0). */
  tail(n = 5): this {
    return this.#slice(...sliceRows(this.length, n, true));
  }

  #slice(start: number, end: number): this {
    const index = this.#index ? sliceLabels(this.#index, start, end) : rangeLabels(end - start, start);
    return this.#derive(this.values.slice(start, end), index);
  }

  /** Sum of the non-NaN values. */
  sum(): number {
    return sumSkipNa(this.values);
  }

  /** Mean of the non-NaN values. */
  mean(): number {
    return meanSkipNa(this.values);
  }

  /** Sample standard deviation (ddof = 1 as in pandas; pass 0 for numpy's) of the non-NaN values. */
  std(ddof = 1): number {
    return stdSkipNa(this.values, ddof);
  }

  /** Smallest non-NaN value. */
  min(): number {
    return minSkipNa(this.values);
  }

  /** Largest non-NaN value. */
  max(): number {
    return maxSkipNa(this.values);
  }

  /** The values as a plain array. */
  toArray(): number[] {
    return Array.from(this.values);
  }

  /** x values for plotting: the index, or positions as a Float64Array when there is none. */
  figureX(): readonly Label[] | Float64Array {
    return this.#index ?? positions(this.length);
  }

  /** The line figure `.plot()` shows: values against the index. */
  figure(options: PlotOptions = {}): Figure {
    const line = { x: this.figureX(), y: this.values, name: options.name ?? this.name };
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
    const view = tableView({ rows: this.length, index: this.#index, columns: [this.name ?? ''], data: [this.values] });
    return { 'text/plain': seriesText(view, this.name, freqOf(this.#index)), 'text/html': frameHtml(view) };
  }
}
