/** `DataFrame`: labelled float64 columns sharing one index, pandas-like (cumsum, head/tail, plot, table reprs). */

import { JUPYTER_DISPLAY } from '../runtime/mime.ts';
import type { Figure } from './figure.ts';
import { readFrameData, type FrameData } from './frame-input.ts';
import { frameHtml } from './html-table.ts';
import { rangeLabels, sliceLabels, type Label } from './labels.ts';
import { lineFigure, positions, type PlotOptions } from './line-figure.ts';
import { checkIndex, Series, sliceRows, type Display } from './series.ts';
import { cumsumSkipNa, maxSkipNa, meanSkipNa, minSkipNa, stdSkipNa, sumSkipNa } from './skipna.ts';
import { tableView } from './table-view.ts';
import { frameText } from './text-table.ts';

/** Options of `new DataFrame(data, options)`. */
export interface DataFrameOptions {
  /** Row labels, one per row (default 0, 1, …); e.g. `ts.index` or `dateRange(…)`. */
  index?: readonly Label[];
  /** Column names for a matrix or row list (default 0, 1, …); for an object of columns, which ones and in what order. */
  columns?: readonly Label[];
}

/**
 * Float64 columns with row and column labels, like `pandas.DataFrame`. Made from an object of
 * columns, a list of rows (arrays or records) or a matrix such as `random.randn(rows, cols)`.
 */
export class DataFrame {
  /** The display `.plot()` shows figures in; the kernel binds it on the DataFrame global. */
  static display: Display | undefined;
  /** The Series class `.get()` and the reductions return (the kernel's bound one). */
  static Series: typeof Series = Series;

  #columns: readonly Label[];
  #data: readonly Float64Array[];
  #index: readonly Label[] | undefined;
  #rows: number;

  constructor(data: FrameData, options: DataFrameOptions = {}) {
    const parts = readFrameData(data, options.columns);
    this.#columns = parts.columns;
    this.#data = parts.data;
    this.#rows = parts.data[0]?.length ?? options.index?.length ?? 0;
    this.#index = options.index ?? (parts.index?.length === this.#rows ? parts.index : undefined);
    checkIndex(this.#index, this.#rows, 'DataFrame');
  }

  /** [rows, columns]. */
  get shape(): [number, number] {
    return [this.#rows, this.#columns.length];
  }

  /** Number of rows. */
  get length(): number {
    return this.#rows;
  }

  /** Column labels. */
  get columns(): readonly Label[] {
    return this.#columns;
  }

  /** Row labels (0, 1, … unless an index was given). */
  get index(): readonly Label[] {
    this.#index ??= rangeLabels(this.#rows);
    return this.#index;
  }

  /** A frame of the same kind with new columns and index (the kernel's bound subclass stays bound). */
  #derive(data: readonly Float64Array[], index: readonly Label[] | undefined): this {
    const Kind = this.constructor as new (data: FrameData) => this;
    const frame = new Kind([]);
    frame.#columns = this.#columns;
    frame.#data = data;
    frame.#index = index;
    frame.#rows = data[0]?.length ?? index?.length ?? 0;
    return frame;
  }

  #seriesKind(): typeof Series {
    return (this.constructor as typeof DataFrame).Series;
  }

  /** The column `label` as a Series (sharing its values). */
  get(label: Label): Series {
    const at = this.#columns.findIndex((c) => c === label || String(c) === String(label));
    if (at < 0) throw new Error(`DataFrame: no column ${JSON.stringify(String(label))}`);
    const Kind = this.#seriesKind();
    return new Kind(this.#data[at] as Float64Array, { index: this.#index, name: String(this.#columns[at]) });
  }

  /** Same as `get(label)`. */
  col(label: Label): Series {
    return this.get(label);
  }

  /** Cumulative sum of every column; NaN entries stay NaN and are skipped (pandas `cumsum()`). */
  cumsum(): this {
    return this.#derive(this.#data.map(cumsumSkipNa), this.#index);
  }

  /** The first `n` rows (all but the last −n when n < 0). */
  head(n = 5): this {
    return this.#slice(...sliceRows(this.#rows, n, false));
  }

  /** The last `n` rows (all but the first −n when n < 0). */
  tail(n = 5): this {
    return this.#slice(...sliceRows(this.#rows, n, true));
  }

  #slice(start: number, end: number): this {
    const index = this.#index ? sliceLabels(this.#index, start, end) : rangeLabels(end - start, start);
    return this.#derive(
      this.#data.map((column) => column.slice(start, end)),
      index,
    );
  }

  #reduce(reduce: (column: Float64Array) => number): Series {
    const Kind = this.#seriesKind();
    return new Kind(this.#data.map(reduce), { index: this.#columns });
  }

  /** Sum of each column (NaN skipped), as a Series indexed by column. */
  sum(): Series {
    return this.#reduce(sumSkipNa);
  }

  /** Mean of each column (NaN skipped). */
  mean(): Series {
    return this.#reduce(meanSkipNa);
  }

  /** Sample standard deviation of each column (ddof = 1 as in pandas). */
  std(ddof = 1): Series {
    return this.#reduce((column) => stdSkipNa(column, ddof));
  }

  /** Smallest value of each column. */
  min(): Series {
    return this.#reduce(minSkipNa);
  }

  /** Largest value of each column. */
  max(): Series {
    return this.#reduce(maxSkipNa);
  }

  /** The figure `.plot()` shows: one line per column against the index, with a legend. */
  figure(options: PlotOptions = {}): Figure {
    const x = this.#index ?? positions(this.#rows);
    const lines = this.#data.map((y, c) => ({ x, y, name: String(this.#columns[c]) }));
    return lineFigure(lines, { showlegend: true, ...options });
  }

  /** Shows one line per column against the index (dates give a date axis) with a legend; returns nothing. */
  plot(options: PlotOptions = {}): void {
    const display = (this.constructor as typeof DataFrame).display;
    if (!display) throw new Error('DataFrame.plot: no display; use the DataFrame global of the kernel');
    display(this.figure(options));
  }

  /** pandas' text repr (text/plain) and notebook HTML table (text/html). */
  [JUPYTER_DISPLAY](): Record<string, string> {
    const view = tableView({ rows: this.#rows, index: this.#index, columns: this.#columns, data: this.#data });
    return { 'text/plain': frameText(view), 'text/html': frameHtml(view) };
  }
}
