/** `DataFrame`: named columns of any dtype sharing one index, with pandas' everyday verbs. */

import { JUPYTER_DISPLAY, SESSION_COLUMNS_MIME } from '../runtime/mime.ts';
import type { Figure } from '../numeric/figure.ts';
import { readFrameData, type FrameData } from './frame-input.ts';
import { frameHtml } from '../numeric/html-table.ts';
import { rangeLabels, sliceLabels, type Label } from '../numeric/labels.ts';
import { lineFigure, positions, type PlotOptions } from '../numeric/line-figure.ts';
import { tableView } from '../numeric/table-view.ts';
import { frameText } from '../numeric/text-table.ts';
import { aggregate, type AggName } from './aggregate.ts';
import { columnFrom, floatColumn, isNumeric, missingAt, sliceColumn, takeRows, valueAt, type Column, type Dtype } from './column.ts';
import { formatCells } from './column-format.ts';
import { fileAccess } from './file-access.ts';
import { csvText } from './write-csv.ts';
import { columnsFromArrow, columnsToArrow } from './arrow.ts';
import { columnsToParquet } from './parquet.ts';
import { groupRows } from './group-keys.ts';
import { nanCount, type NumpySum } from './pandas-math.ts';
import { bucketStart } from './resample.ts';
import { maskPositions, Series, sliceRows, type Display } from './series.ts';

/** A column given to the constructor or `assign`: values, a Series, or a function of the frame. */
export type ColumnInput = ArrayLike<unknown> | Series;

/** Options of `new DataFrame(data, options)`. */
export interface DataFrameOptions {
  /** Row labels, one per row (default 0, 1, …). */
  index?: readonly Label[];
  /** Column names for a matrix or row list; for an object of columns, which ones and in what order. */
  columns?: readonly Label[];
}

/** The parts a frame is made of. */
interface Parts {
  names: string[];
  columns: Column[];
  index: readonly Label[] | undefined;
  indexName?: string | undefined;
}

function isColumnObject(data: unknown): data is Record<string, ColumnInput> {
  return data !== null && typeof data === 'object' && !Array.isArray(data) && !('rows' in data && 'cols' in data);
}

/**
 * Named columns of any dtype (int64, float64, bool, datetime64[ns], object) with row labels, like
 * `pandas.DataFrame`. Made from an object of columns, a list of rows or records, a matrix such as
 * `random.randn(rows, cols)`, or read from a file with readCsv/readJson/readParquet/readArrow.
 */
export class DataFrame {
  /** The display `.plot()` shows figures in; the kernel binds it. */
  static display: Display | undefined;
  /** The Series class columns and reductions come back as (the kernel's bound one). */
  static Series: typeof Series = Series;

  #names: string[] = [];
  #columns: Column[] = [];
  #index: readonly Label[] | undefined;
  #indexName: string | undefined;

  constructor(data?: readonly Record<string, unknown>[], options?: DataFrameOptions);
  constructor(data?: FrameData | Record<string, ColumnInput>, options?: DataFrameOptions);
  constructor(data: FrameData | Record<string, ColumnInput> | readonly Record<string, unknown>[] = [], options: DataFrameOptions = {}) {
    if (Array.isArray(data) && data.length > 0 && data.every((r: unknown) => isColumnObject(r) && !ArrayBuffer.isView(r))) {
      const records = data as Record<string, unknown>[];
      const names = options.columns?.map(String) ?? [...new Set(records.flatMap((r) => Object.keys(r)))];
      this.#names = names;
      this.#columns = names.map((n) => columnFrom(records.map((r) => r[n] ?? null)));
      this.#index = options.index;
    } else if (isColumnObject(data) && !ArrayBuffer.isView(data)) {
      const wanted = options.columns?.map(String) ?? Object.keys(data);
      const rows = Object.values(data)[0]?.length ?? 0;
      this.#names = wanted;
      // a named column that is not in the object becomes all NaN, as pandas does
      this.#columns = wanted.map((name) => {
        const v = data[name];
        if (v === undefined) return floatColumn(new Float64Array(rows).fill(NaN));
        return v instanceof Series ? v.column : columnFrom(v);
      });
      const first = Object.values(data).find((v): v is Series => v instanceof Series);
      this.#index = options.index ?? (first && first.length === this.length ? first.index : undefined);
    } else {
      const parts = readFrameData(data as FrameData, options.columns);
      this.#names = parts.columns.map(String);
      this.#columns = parts.data.map(floatColumn);
      this.#index = options.index;
    }
    const lengths = new Set(this.#columns.map((c) => c.values.length));
    if (lengths.size > 1) throw new RangeError(`DataFrame: columns have different lengths (${[...lengths].join(', ')})`);
    if (this.#index !== undefined && this.#columns.length > 0 && this.#index.length !== this.length) {
      throw new RangeError(`DataFrame: index has ${this.#index.length} labels for ${this.length} rows`);
    }
  }

  /** A frame of the same (kernel-bound) kind from its parts. */
  #make(parts: Parts): DataFrame {
    const Kind = this.constructor as new () => DataFrame;
    const frame = new Kind();
    frame.#names = parts.names;
    frame.#columns = parts.columns;
    frame.#index = parts.index;
    frame.#indexName = parts.indexName;
    return frame;
  }

  #series(): typeof Series {
    return (this.constructor as typeof DataFrame).Series;
  }

  #numpySum(): NumpySum {
    const sum = this.#series().numpySum;
    if (!sum) throw new Error('DataFrame: no numeric core; use the DataFrame global of the kernel');
    return sum;
  }

  /** Builds a frame of the kernel's kind from named columns (used by the readers). */
  static fromColumns(names: readonly string[], columns: readonly Column[], index?: readonly Label[], indexName?: string): DataFrame {
    const frame = new this();
    frame.#names = [...names];
    frame.#columns = [...columns];
    frame.#index = index;
    frame.#indexName = indexName;
    return frame;
  }

  /** A frame from Arrow IPC bytes (what SQL results and .arrow files hold). */
  static fromArrow(bytes: Uint8Array | ArrayBuffer): DataFrame {
    const { names, columns } = columnsFromArrow(bytes);
    return this.fromColumns(names, columns);
  }

  /** The frame as Arrow IPC bytes (stream format); the index is left out (resetIndex() keeps it). */
  toArrow(): Uint8Array {
    return columnsToArrow(this.#names, this.#columns);
  }

  /** The frame as Parquet bytes; with a name, stores them in the files area instead. */
  toParquet(name?: string): ArrayBuffer | Promise<void> {
    const bytes = columnsToParquet(this.#names, this.#columns);
    return name === undefined ? bytes : fileAccess().write(name, new Blob([bytes], { type: 'application/vnd.apache.parquet' }));
  }

  /** [rows, columns]. */
  get shape(): [number, number] {
    return [this.length, this.#names.length];
  }

  /** Number of rows. */
  get length(): number {
    return this.#columns[0]?.values.length ?? this.#index?.length ?? 0;
  }

  /** Column names. */
  get columns(): readonly string[] {
    return this.#names;
  }

  /** Row labels (0, 1, … unless an index was set). */
  get index(): readonly Label[] {
    return this.#index ?? rangeLabels(this.length);
  }

  /** Each column's pandas dtype, by name. */
  get dtypes(): Record<string, Dtype> {
    return Object.fromEntries(this.#names.map((n, i) => [n, (this.#columns[i] as Column).dtype]));
  }

  /** The column objects (dtype and values), in order. */
  get columnData(): readonly Column[] {
    return this.#columns;
  }

  #at(name: Label): number {
    const at = this.#names.indexOf(String(name));
    if (at < 0) throw new Error(`DataFrame: no column ${JSON.stringify(String(name))}; columns are ${this.#names.join(', ')}`);
    return at;
  }

  /** The column `name` as a Series (sharing its values). */
  get(name: Label): Series {
    const Kind = this.#series();
    return new Kind(this.#columns[this.#at(name)] as Column, { index: this.#index, name: String(name) });
  }

  /** Same as `get(name)`. */
  col(name: Label): Series {
    return this.get(name);
  }

  /** Only these columns, in this order (pandas `df[[…]]`). */
  select(names: readonly string[]): DataFrame {
    return this.#make({ names: [...names], columns: names.map((n) => this.#columns[this.#at(n)] as Column), index: this.#index, indexName: this.#indexName });
  }

  /** Names of the int64 and float64 columns. */
  numericColumns(): string[] {
    return this.#names.filter((_, i) => isNumeric(this.#columns[i] as Column));
  }

  /** The rows at `positions`, index labels kept. */
  take(positions: ArrayLike<number>): DataFrame {
    const index = this.#index ? Array.from(positions, (p) => (this.#index as Label[])[p] as Label) : Array.from(positions);
    return this.#make({ names: this.#names, columns: this.#columns.map((c) => takeRows(c, positions)), index, indexName: this.#indexName });
  }

  /** Rows where `mask` is true: a boolean Series (`df.get('t').gt(20)`), a boolean array, or a test per row record. */
  filter(mask: Series | readonly boolean[] | ((row: Record<string, unknown>, i: number) => boolean)): DataFrame {
    if (typeof mask === 'function') {
      const keep: number[] = [];
      for (let i = 0; i < this.length; i++) if (mask(this.row(i), i)) keep.push(i);
      return this.take(keep);
    }
    return this.take(maskPositions(mask, this.length));
  }

  /** Rows for which `test(row)` is true, e.g. `df.query(d => d.temp_max > 20 && d.weather === 'sun')`. */
  query(test: (row: Record<string, unknown>, i: number) => boolean): DataFrame {
    return this.filter(test);
  }

  /** Row `i` as a record `{ column: value }` (dates as Date, missing as null). */
  row(i: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.#names.forEach((n, c) => {
      out[n] = valueAt(this.#columns[c] as Column, i);
    });
    return out;
  }

  /** The rows as records. */
  toRecords(): Record<string, unknown>[] {
    return Array.from({ length: this.length }, (_, i) => this.row(i));
  }

  /** New or replaced columns: values, a Series, or a function of this frame giving one. */
  assign(columns: Record<string, ColumnInput | ((frame: DataFrame) => ColumnInput)>): DataFrame {
    const names = [...this.#names];
    const cols = [...this.#columns];
    for (const [name, input] of Object.entries(columns)) {
      const value = typeof input === 'function' ? input(this) : input;
      const column = value instanceof Series ? value.column : columnFrom(value);
      if (column.values.length !== this.length) throw new RangeError(`assign: ${name} has ${column.values.length} values for ${this.length} rows`);
      const at = names.indexOf(name);
      if (at < 0) {
        names.push(name);
        cols.push(column);
      } else cols[at] = column;
    }
    return this.#make({ names, columns: cols, index: this.#index, indexName: this.#indexName });
  }

  /** Without these columns. */
  drop(columns: string | readonly string[]): DataFrame {
    const gone = new Set(typeof columns === 'string' ? [columns] : columns);
    for (const n of gone) this.#at(n);
    return this.select(this.#names.filter((n) => !gone.has(n)));
  }

  /** Columns renamed by `{ old: new }`. */
  rename(columns: Record<string, string>): DataFrame {
    return this.#make({ names: this.#names.map((n) => columns[n] ?? n), columns: this.#columns, index: this.#index, indexName: this.#indexName });
  }

  /** Rows sorted by one or more columns (stable; missing values last), as pandas sort_values. */
  sortValues(by: string | readonly string[], options: { ascending?: boolean | readonly boolean[] } = {}): DataFrame {
    const keys = typeof by === 'string' ? [by] : by;
    const asc = keys.map((_, k) => (Array.isArray(options.ascending) ? (options.ascending[k] ?? true) : (options.ascending ?? true)));
    const cols = keys.map((k) => this.#columns[this.#at(k)] as Column);
    const order = Array.from({ length: this.length }, (_, i) => i);
    order.sort((a, b) => {
      for (let k = 0; k < cols.length; k++) {
        const col = cols[k] as Column;
        const ma = missingAt(col, a);
        const mb = missingAt(col, b);
        if (ma || mb) {
          if (ma !== mb) return ma ? 1 : -1;
          continue;
        }
        const va = col.values[a] as number | string;
        const vb = col.values[b] as number | string;
        if (va !== vb) return (va < vb ? -1 : 1) * (asc[k] ? 1 : -1);
      }
      return a - b;
    });
    return this.take(order);
  }

  /** The first `n` rows (all but the last −n when n < 0). */
  head(n = 5): DataFrame {
    return this.iloc(...sliceRows(this.length, n, false));
  }

  /** The last `n` rows (all but the first −n when n < 0). */
  tail(n = 5): DataFrame {
    return this.iloc(...sliceRows(this.length, n, true));
  }

  /** Rows [start, end) by position (`iloc(i)` is row i as a record). */
  iloc(start: number): Record<string, unknown>;
  iloc(start: number, end: number): DataFrame;
  iloc(start: number, end?: number): DataFrame | Record<string, unknown> {
    if (end === undefined) return this.row(start < 0 ? this.length + start : start);
    const index = this.#index ? sliceLabels(this.#index, start, end) : rangeLabels(Math.max(0, end - start), start);
    return this.#make({ names: this.#names, columns: this.#columns.map((c) => sliceColumn(c, start, end)), index, indexName: this.#indexName });
  }

  /** The row with index label `label`, as a record. */
  loc(label: Label): Record<string, unknown> {
    const at = this.index.findIndex((l) => l === label || String(l) === String(label) || (l instanceof Date && label instanceof Date && +l === +label));
    if (at < 0) throw new Error(`DataFrame.loc: no row ${String(label)}`);
    return this.row(at);
  }

  /** `n` rows picked at random without replacement (seeded by `seed` for a repeatable pick). */
  sample(n: number, seed = Date.now()): DataFrame {
    let state = seed >>> 0 || 1;
    const next = (): number => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) / 2 ** 32;
    };
    const order = Array.from({ length: this.length }, (_, i) => i);
    for (let i = 0; i < Math.min(n, order.length); i++) {
      const j = i + Math.floor(next() * (order.length - i));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    return this.take(order.slice(0, Math.min(n, order.length)));
  }

  /** A Series per column, each `f(column)`, gathered into a frame with the same index. */
  #mapColumns(f: (s: Series) => Series, names = this.numericColumns()): DataFrame {
    const columns = names.map((n) => f(this.get(n)).column);
    return this.#make({ names, columns, index: this.#index, indexName: this.#indexName });
  }

  /** One number per numeric column, as a Series indexed by column name. */
  #reduce(f: (s: Series) => number, names = this.numericColumns()): Series {
    const Kind = this.#series();
    return new Kind(Float64Array.from(names, (n) => f(this.get(n))), { index: names });
  }

  /** Cumulative sum of every numeric column (NaN skipped). */
  cumsum(): DataFrame {
    return this.#mapColumns((s) => s.cumsum());
  }

  /** Difference with the row `periods` before, per numeric column. */
  diff(periods = 1): DataFrame {
    return this.#mapColumns((s) => s.diff(periods));
  }

  /** Relative change from the row `periods` before, per numeric column. */
  pctChange(periods = 1): DataFrame {
    return this.#mapColumns((s) => s.pctChange(periods));
  }

  /** Every column moved down by `periods` rows. */
  shift(periods = 1): DataFrame {
    return this.#mapColumns((s) => s.shift(periods), this.#names);
  }

  /** Moving windows over every numeric column: `.mean()` and `.sum()`. */
  rolling(window: number, options: { minPeriods?: number } = {}): { mean(): DataFrame; sum(): DataFrame } {
    return {
      mean: () => this.#mapColumns((s) => s.rolling(window, options).mean()),
      sum: () => this.#mapColumns((s) => s.rolling(window, options).sum()),
    };
  }

  /** Sum of each numeric or boolean column (NaN skipped; booleans count their trues, so `isna().sum()` counts missing values). */
  sum(): Series {
    const names = this.#names.filter((_, i) => isNumeric(this.#columns[i] as Column) || this.#columns[i]?.dtype === 'bool');
    const sums = this.#reduce((s) => s.sum(), names);
    const integral = names.every((n) => this.dtypes[n] !== 'float64');
    return integral ? sums.derive({ dtype: 'int64', values: sums.column.values as Float64Array }) : sums;
  }

  /** Mean of each numeric column (NaN skipped). */
  mean(): Series {
    return this.#reduce((s) => s.mean());
  }

  /** Sample standard deviation of each numeric column (ddof = 1 as pandas). */
  std(ddof = 1): Series {
    return this.#reduce((s) => s.std(ddof));
  }

  /** Smallest value of each numeric column. */
  min(): Series {
    return this.#reduce((s) => s.min());
  }

  /** Largest value of each numeric column. */
  max(): Series {
    return this.#reduce((s) => s.max());
  }

  /** Non-missing values in every column. */
  count(): Series {
    return this.#reduce((s) => s.count(), this.#names);
  }

  /** Several reductions at once (`agg(['sum', 'mean', 'std'])`): one row per reduction, one column per numeric column. */
  agg(hows: readonly ('sum' | 'mean' | 'std' | 'min' | 'max' | 'count')[]): DataFrame {
    const names = this.numericColumns();
    const columns = names.map((n) => floatColumn(Float64Array.from(hows, (h) => this.get(n)[h]())));
    return this.#make({ names, columns, index: [...hows] });
  }

  /** Quantiles of every numeric column (linear, as pandas): a number gives a Series, a list a frame indexed by q. */
  quantile(q: number | readonly number[] = 0.5): Series | DataFrame {
    const names = this.numericColumns();
    if (typeof q === 'number') return this.#reduce((s) => s.quantile(q), names);
    const columns = names.map((n) => floatColumn((this.get(n).quantile(q) as Series).column.values as Float64Array));
    return this.#make({ names, columns, index: [...q] });
  }

  /** count, mean, std, min, 25%, 50%, 75%, max of every numeric column (pandas describe()). */
  describe(): DataFrame {
    const names = this.numericColumns();
    const stats = (s: Series): number[] => [s.count(), s.mean(), s.std(), s.min(), s.quantile(0.25), s.quantile(0.5), s.quantile(0.75), s.max()];
    const columns = names.map((n) => floatColumn(Float64Array.from(stats(this.get(n)))));
    return this.#make({ names, columns, index: ['count', 'mean', 'std', 'min', '25%', '50%', '75%', 'max'] });
  }

  /** True where a value is missing, per column. */
  isna(): DataFrame {
    return this.#mapColumns((s) => s.isna(), this.#names);
  }

  /** Rows without missing values (or with a value in every one of `subset`). */
  dropna(options: { subset?: readonly string[] } = {}): DataFrame {
    const cols = (options.subset ?? this.#names).map((n) => this.#columns[this.#at(n)] as Column);
    const keep: number[] = [];
    for (let i = 0; i < this.length; i++) if (!cols.some((c) => missingAt(c, i))) keep.push(i);
    return this.take(keep);
  }

  /** Missing values replaced by `value` (or by `{ column: value }`). */
  fillna(value: number | string | boolean | Record<string, number | string | boolean>): DataFrame {
    return this.#mapColumns((s) => {
      const v = typeof value === 'object' ? value[s.name as string] : value;
      return v === undefined ? s : s.fillna(v);
    }, this.#names);
  }

  /** Distinct non-missing values per column. */
  nunique(): Series {
    return this.#reduce((s) => s.nunique(), this.#names);
  }

  /** Column `name` becomes the index (pandas set_index). */
  setIndex(name: string): DataFrame {
    const s = this.get(name);
    const rest = this.drop(name);
    return this.#make({ names: rest.#names, columns: rest.#columns, index: s.toArray() as Label[], indexName: name });
  }

  /** The index becomes the first column (named `index` when unnamed) and rows are numbered 0, 1, … again. */
  resetIndex(options: { drop?: boolean } = {}): DataFrame {
    if (options.drop) return this.#make({ names: this.#names, columns: this.#columns, index: undefined });
    const label = this.#indexName ?? 'index';
    return this.#make({ names: [label, ...this.#names], columns: [columnFrom(this.index, 'int64'), ...this.#columns], index: undefined });
  }

  /** Groups rows by one or more columns (sorted keys); aggregate with `.agg(…)`, `.mean()`, `.size()`, …. */
  groupby(by: string | readonly string[]): GroupBy {
    const keys = typeof by === 'string' ? [by] : [...by];
    return new GroupBy(this, keys, this.#numpySum());
  }

  /** Rows bucketed by the date index (`"D"`, `"W"`, `"MS"`, `"M"`, `"QS"`, `"YS"`, `"Y"`), as pandas resample(rule). */
  resample(rule: string): { mean(): DataFrame; sum(): DataFrame; count(): DataFrame; min(): DataFrame; max(): DataFrame } {
    const index = this.index;
    if (!index.every((l) => l instanceof Date)) throw new TypeError('resample: the index must hold dates (use setIndex on a date column)');
    const times = (index as Date[]).map((d) => d.getTime());
    const starts = times.map((t) => bucketStart(t, rule));
    const first = Math.min(...starts);
    const last = Math.max(...starts);
    const buckets: number[] = [];
    for (let t = first; t <= last; t = bucketStart(t, rule, 1)) buckets.push(t);
    const codeOf = new Map(buckets.map((t, i) => [t, i]));
    const codes = Int32Array.from(starts, (t) => codeOf.get(t) as number);
    const labels = buckets.map((t) => new Date(bucketStart(t, rule, 0, true)));
    const run = (how: AggName): DataFrame => {
      const names = this.numericColumns();
      const columns = names.map((n) => aggregate(this.#columns[this.#at(n)] as Column, codes, buckets.length, how, this.#numpySum()));
      return this.#make({ names, columns, index: labels, indexName: this.#indexName });
    };
    return { mean: () => run('mean'), sum: () => run('sum'), count: () => run('count'), min: () => run('min'), max: () => run('max') };
  }

  /** A spreadsheet pivot: `index` rows × `columns` values, cells `aggfunc` of `values` (pandas pivot_table). */
  pivotTable(options: { index: string; columns: string; values: string; aggfunc?: AggName }): DataFrame {
    const rows = groupRows([this.#columns[this.#at(options.index)] as Column], this.length);
    const cols = groupRows([this.#columns[this.#at(options.columns)] as Column], this.length);
    const pair = Int32Array.from(rows.codes, (r, i) => (r < 0 || (cols.codes[i] as number) < 0 ? -1 : r * cols.count + (cols.codes[i] as number)));
    const cells = aggregate(this.#columns[this.#at(options.values)] as Column, pair, rows.count * cols.count, options.aggfunc ?? 'mean', this.#numpySum());
    const counts = aggregate(this.#columns[this.#at(options.values)] as Column, pair, rows.count * cols.count, 'size', this.#numpySum());
    const names = (cols.keys[0] as unknown[]).map(String);
    const columns = names.map((_, c) => {
      const values = Float64Array.from({ length: rows.count }, (_, r) => ((counts.values[r * cols.count + c] as number) === 0 ? NaN : (cells.values[r * cols.count + c] as number)));
      return floatColumn(values);
    });
    return this.#make({ names, columns, index: rows.keys[0] as Label[], indexName: options.index });
  }

  /** Wide to long: `idVars` kept, every other (or `valueVars`) column becomes (variable, value) rows. */
  melt(options: { idVars?: readonly string[]; valueVars?: readonly string[]; varName?: string; valueName?: string } = {}): DataFrame {
    const ids = options.idVars ?? [];
    const vars = options.valueVars ?? this.#names.filter((n) => !ids.includes(n));
    const n = this.length;
    const repeat = Int32Array.from({ length: n * vars.length }, (_, i) => i % n);
    const idColumns = ids.map((id) => takeRows(this.#columns[this.#at(id)] as Column, repeat));
    const variable = columnFrom(Array.from({ length: n * vars.length }, (_, i) => vars[Math.floor(i / n)]));
    const values = columnFrom(vars.flatMap((v) => this.get(v).toArray()));
    return this.#make({ names: [...ids, options.varName ?? 'variable', options.valueName ?? 'value'], columns: [...idColumns, variable, values], index: undefined });
  }

  /** Joins with `right` on shared key columns like SQL (pandas merge; how = inner, left, right or outer). */
  merge(right: DataFrame, options: { on: string | readonly string[]; how?: 'inner' | 'left' | 'right' | 'outer' }): DataFrame {
    const on = typeof options.on === 'string' ? [options.on] : [...options.on];
    const how = options.how ?? 'inner';
    const keyOf = (f: DataFrame, r: number): string => JSON.stringify(on.map((k) => f.#columns[f.#at(k)]?.values[r] ?? null));
    const rightRows = new Map<string, number[]>();
    for (let r = 0; r < right.length; r++) {
      const k = keyOf(right, r);
      rightRows.set(k, [...(rightRows.get(k) ?? []), r]);
    }
    const leftTake: number[] = [];
    const rightTake: number[] = [];
    const matched = new Set<number>();
    for (let l = 0; l < this.length; l++) {
      const hits = rightRows.get(keyOf(this, l));
      if (hits) {
        for (const r of hits) {
          leftTake.push(l);
          rightTake.push(r);
          matched.add(r);
        }
      } else if (how === 'left' || how === 'outer') {
        leftTake.push(l);
        rightTake.push(-1);
      }
    }
    if (how === 'right' || how === 'outer') {
      for (let r = 0; r < right.length; r++) {
        if (!matched.has(r)) {
          leftTake.push(-1);
          rightTake.push(r);
        }
      }
    }
    const keyColumns = on.map((k) => {
      const fromLeft = takeRows(this.#columns[this.#at(k)] as Column, leftTake);
      const fromRight = takeRows(right.#columns[right.#at(k)] as Column, rightTake);
      return columnFrom(Array.from({ length: leftTake.length }, (_, i) => ((leftTake[i] as number) >= 0 ? valueAt(fromLeft, i) : valueAt(fromRight, i))));
    });
    const leftNames = this.#names.filter((n) => !on.includes(n));
    const rightNames = right.#names.filter((n) => !on.includes(n));
    const label = (n: string, other: string[], suffix: string): string => (other.includes(n) ? `${n}${suffix}` : n);
    return this.#make({
      names: [...on, ...leftNames.map((n) => label(n, rightNames, '_x')), ...rightNames.map((n) => label(n, leftNames, '_y'))],
      columns: [...keyColumns, ...leftNames.map((n) => takeRows(this.#columns[this.#at(n)] as Column, leftTake)), ...rightNames.map((n) => takeRows(right.#columns[right.#at(n)] as Column, rightTake))],
      index: undefined,
    });
  }

  /** Frames stacked vertically (columns matched by name, missing ones filled with NaN; rows renumbered). */
  static concat(frames: readonly DataFrame[]): DataFrame {
    const names = [...new Set(frames.flatMap((f) => f.#names))];
    const columns = names.map((n) => columnFrom(frames.flatMap((f) => (f.#names.includes(n) ? f.get(n).toArray() : Array.from({ length: f.length }, () => null)))));
    return this.fromColumns(names, columns);
  }

  /** CSV text as pandas' to_csv(index=False) writes it; with a name, stores it in the files area instead. */
  toCsv(name?: string, options: { delimiter?: string } = {}): string | Promise<void> {
    const text = csvText(this.#names, this.#columns, options.delimiter);
    return name === undefined ? text : fileAccess().write(name, new Blob([text], { type: 'text/csv' }));
  }

  /** The rows as JSON records (dates ISO, missing null); with a name, stores it in the files area; `lines` gives NDJSON. */
  toJson(name?: string, options: { lines?: boolean } = {}): string | Promise<void> {
    const records = this.toRecords();
    const text = options.lines ? records.map((r) => JSON.stringify(r)).join('\n') + '\n' : JSON.stringify(records);
    return name === undefined ? text : fileAccess().write(name, new Blob([text], { type: 'application/json' }));
  }

  /** The figure `.plot()` shows: one line per numeric column against the index, with a legend. */
  figure(options: PlotOptions = {}): Figure {
    const x = this.#index ?? positions(this.length);
    const lines = this.numericColumns().map((name) => ({ x, y: this.#columns[this.#at(name)]?.values as Float64Array, name }));
    return lineFigure(lines, { showlegend: true, ...options });
  }

  /** Shows one line per numeric column against the index (dates give a date axis) with a legend; returns nothing. */
  plot(options: PlotOptions = {}): void {
    const display = (this.constructor as typeof DataFrame).display;
    if (!display) throw new Error('DataFrame.plot: no display; use the DataFrame global of the kernel');
    display(this.figure(options));
  }

  /**
   * pandas' text repr (text/plain) and notebook HTML table (text/html); a frame longer than
   * pandas shows also sends its columns for the page's interactive table (scroll, sort), which is
   * shown during the session only — saved notebooks keep the HTML and text.
   */
  [JUPYTER_DISPLAY](): Record<string, unknown> {
    const data = this.#columns.map((c) => (c.values instanceof Float64Array ? c.values : new Float64Array(0)));
    // names made of digits show as pandas shows integer labels (a matrix's 0, 1, …)
    const labels = this.#names.every((n) => /^-?\d+$/.test(n)) ? this.#names.map(Number) : this.#names;
    const view = tableView({ rows: this.length, index: this.#index, columns: labels, data, format: (c, rows) => formatCells(this.#columns[c] as Column, rows) });
    const bundle: Record<string, unknown> = { 'text/plain': frameText(view), 'text/html': frameHtml(view) };
    if (this.length > INTERACTIVE_FROM_ROWS) bundle[SESSION_COLUMNS_MIME] = this.#tableColumns();
    return bundle;
  }

  /** The columns as the interactive table takes them: typed arrays as they are (not copied), an index of labels or positions. */
  #tableColumns(): { rows: number; index: { name: string; dtype: string; values: ArrayLike<unknown> }; columns: { name: string; dtype: string; values: ArrayLike<unknown> }[] } {
    const positions = (): Float64Array => Float64Array.from({ length: this.length }, (_, i) => i);
    return {
      rows: this.length,
      index: { name: '', dtype: this.#index ? 'object' : 'int64', values: this.#index ?? positions() },
      columns: this.#columns.map((column, i) => ({ name: this.#names[i] ?? String(i), dtype: column.dtype, values: column.values })),
    };
  }
}

// pandas shows 60 rows before it truncates; a longer frame also gets the interactive table.
const INTERACTIVE_FROM_ROWS = 60;

/** Rows grouped by key columns: aggregate with `agg`, `mean`, `sum`, `count`, `min`, `max`, `size`. */
export class GroupBy {
  readonly #frame: DataFrame;
  readonly #keys: string[];
  readonly #sum: NumpySum;

  constructor(frame: DataFrame, keys: string[], sum: NumpySum) {
    this.#frame = frame;
    this.#keys = keys;
    this.#sum = sum;
  }

  /**
   * Aggregates: a list (`agg(['mean', 'sum'])`, every numeric column, result columns named
   * `column_agg`) or a record (`agg({ price: 'mean', volume: ['sum', 'max'] })`).
   */
  agg(spec: AggName | readonly AggName[] | Record<string, AggName | readonly AggName[]>): DataFrame {
    const frame = this.#frame;
    const groups = groupRows(
      this.#keys.map((k) => frame.get(k).column),
      frame.length,
    );
    const values = frame.numericColumns().filter((n) => !this.#keys.includes(n));
    const plan: [string, AggName, string][] =
      typeof spec === 'string'
        ? values.map((n) => [n, spec, n])
        : Array.isArray(spec)
          ? values.flatMap((n) => (spec as AggName[]).map((h): [string, AggName, string] => [n, h, `${n}_${h}`]))
          : Object.entries(spec as Record<string, AggName | AggName[]>).flatMap(([n, h]) =>
              typeof h === 'string' ? [[n, h, n] as [string, AggName, string]] : h.map((x): [string, AggName, string] => [n, x, `${n}_${x}`]),
            );
    const keyColumns = groups.keys.map((k) => columnFrom(k, 'int64'));
    const columns = plan.map(([n, how]) => aggregate(frame.get(n).column, groups.codes, groups.count, how, this.#sum));
    const Kind = frame.constructor as typeof DataFrame;
    const names = plan.map(([, , name]) => name);
    // one key becomes the index, as pandas; several stay columns (pandas' MultiIndex has no counterpart here)
    if (this.#keys.length === 1) return Kind.fromColumns(names, columns, groups.keys[0] as Label[], this.#keys[0]);
    return Kind.fromColumns([...this.#keys, ...names], [...keyColumns, ...columns]);
  }

  /** Mean of every numeric column per group. */
  mean(): DataFrame {
    return this.agg('mean');
  }

  /** Sum per group. */
  sum(): DataFrame {
    return this.agg('sum');
  }

  /** Non-missing values per group. */
  count(): DataFrame {
    return this.agg('count');
  }

  /** Smallest value per group. */
  min(): DataFrame {
    return this.agg('min');
  }

  /** Largest value per group. */
  max(): DataFrame {
    return this.agg('max');
  }

  /** Rows per group, as a Series indexed by key. */
  size(): Series {
    const frame = this.#frame;
    const groups = groupRows(
      this.#keys.map((k) => frame.get(k).column),
      frame.length,
    );
    const sizes = aggregate(frame.get(this.#keys[0] as string).column, groups.codes, groups.count, 'size', this.#sum);
    const Kind = (frame.constructor as typeof DataFrame).Series;
    return new Kind(sizes, { index: groups.keys[0]?.map((_, g) => groups.keys.map((k) => String(k[g])).join(', ')) ?? [] });
  }
}
