// Every operation of pandas 1.5's reference (test/fixtures/pandas/*.json, made from the CSVs
// beside them) run through Quire's API and compared with pandas' result. Floats are compared
// to the last bit (the reference keeps Python's repr, every bit), because the algorithms are
// pandas' own: numpy's pairwise sum for sum/mean/std, Kahan sums for groupby/resample/pivot
// means, add/remove compensation for rolling, numpy's linear quantile.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { instantiateCore } from '../../../worker/numeric/core.ts';
import { createArrays } from '../../../worker/numeric/arrays.ts';
import { bindData, type DataGlobals } from '../../../worker/data/index.ts';
import type { DataFrame } from '../../../worker/data/frame.ts';
import type { Series } from '../../../worker/data/series.ts';

type Cell = string | number | null;
interface FrameResult {
  columns: string[];
  rows: Cell[][];
}
interface SeriesResult {
  index: Cell[];
  values: Cell[];
}
interface Operation {
  op: string;
  pandas: string;
  result: unknown;
}
interface Reference {
  file: string;
  rows: number;
  date_column?: string;
  operations: Operation[];
}

const NAMES = ['seattle-weather', 'stocks', 'macrodata', 'airports'];
let g: DataGlobals;

beforeAll(async () => {
  const core = await instantiateCore(readFileSync('worker/numeric/build/core.wasm'));
  g = bindData(() => undefined, createArrays(core).sum);
});

/** A value of ours as the reference writes it: floats as repr strings, ints as numbers, dates ISO, missing null. */
function asReference(value: unknown, dtype: string): Cell {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 19);
  if (dtype === 'datetime64[ns]') return new Date(value as number).toISOString().slice(0, 19);
  if (typeof value === 'number') return dtype === 'int64' ? value : pyRepr(value);
  return value as string;
}

/** Python's float repr: shortest round-trip digits, always with a point or exponent. */
function pyRepr(x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  let s = String(x);
  if (/e/.test(s)) {
    const [m, e] = s.split('e') as [string, string];
    const exp = Number(e);
    if (exp >= -4 && exp < 16) s = x.toFixed(Math.max(0, -exp + (m.split('.')[1]?.length ?? 0)));
    else return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return s.includes('.') ? s : `${s}.0`;
}

function frameRows(frame: DataFrame, withIndex: boolean): Cell[][] {
  const dtypes = frame.dtypes;
  return Array.from({ length: frame.length }, (_, r) => [
    ...(withIndex ? [indexCell(frame.index[r])] : []),
    ...frame.columns.map((c) => asReference(frame.get(c).iloc(r), dtypes[c] as string)),
  ]);
}

function indexCell(label: unknown): Cell {
  if (label instanceof Date) return label.toISOString().slice(0, 19);
  if (typeof label === 'number') return Number.isInteger(label) ? label : pyRepr(label);
  return label as string;
}

function seriesOf(s: Series): SeriesResult {
  return { index: s.index.map(indexCell), values: s.toArray().map((v) => asReference(v, s.dtype)) };
}

function byIndex(s: SeriesResult): [Cell, Cell][] {
  return s.index.map((l, i): [Cell, Cell] => [l, s.values[i] as Cell]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

async function load(name: string, ref: Reference): Promise<DataFrame> {
  const blob = new Blob([readFileSync(`test/fixtures/pandas/${ref.file}`)]);
  return g.readCsv(blob, ref.date_column ? { parseDates: [ref.date_column] } : {});
}

/** The column an operation works on, read out of its pandas expression. */
function quoted(expr: string): string[] {
  return [...expr.matchAll(/'([^']+)'/g)].map((m) => m[1] as string);
}

function run(df: DataFrame, ref: Reference, op: Operation): void {
  const num = df.numericColumns();
  const result = op.result as Record<string, unknown>;
  const key = op.op.split(' ')[0];
  switch (op.op.replace(/ .*/, '')) {
    case 'shape':
      expect(df.shape).toEqual(op.result);
      return;
    case 'dtypes':
      expect(df.dtypes).toEqual(op.result);
      return;
    case 'null':
      expect(seriesOf(df.isna().sum())).toEqual(op.result);
      return;
    case 'describe':
      expect({ columns: ['index', ...df.describe().columns], rows: frameRows(df.describe(), true) }).toEqual(op.result);
      return;
    case 'sum,': {
      const agg = df.select(num).agg(['sum', 'mean', 'std']);
      expect({ columns: ['index', ...agg.columns], rows: frameRows(agg, true) }).toEqual(op.result);
      return;
    }
    case 'quantile': {
      const q = df.select(num).quantile([0.1, 0.5, 0.9]) as DataFrame;
      expect({ columns: ['index', ...q.columns], rows: frameRows(q, true) }).toEqual(op.result);
      return;
    }
    case 'filter': {
      const [col] = quoted(op.pandas) as [string];
      const kept = df.filter(df.get(col).gt(Number(result.threshold)));
      // the reference's "sum" is of the last numeric column of the kept rows
      expect({ rows: kept.length, sum: pyRepr(kept.get(num.at(-1) as string).sum()) }).toEqual({ rows: result.rows, sum: result.sum });
      return;
    }
    case 'cumsum': {
      const [col] = quoted(op.pandas) as [string];
      expect(seriesOf(df.get(col).cumsum().tail(5))).toEqual(op.result);
      return;
    }
    case 'rolling(7).mean()': {
      const [col] = quoted(op.pandas) as [string];
      expect(seriesOf(df.get(col).rolling(7).mean().iloc(6, 16))).toEqual(op.result);
      return;
    }
    case 'diff': {
      const [col] = quoted(op.pandas) as [string];
      const s = df.get(col);
      expect(seriesOf(s.diff().iloc(1, 6))).toEqual(result.diff);
      expect(seriesOf(s.pctChange().iloc(1, 6))).toEqual(result.pct_change);
      return;
    }
    case 'sort_values': {
      const by = JSON.parse(op.op.match(/\[.*?\]/)![0].replace(/'/g, '"')) as string[];
      const sorted = df.sortValues(by, { ascending: [false, true] }).head(10);
      const expected = op.result as FrameResult;
      // the reference numbers the shown rows 0…9 (its index column); compare the columns
      expect(frameRows(sorted, false)).toEqual(expected.rows.map((row) => row.slice(1)));
      return;
    }
    case 'groupby': {
      const [by] = quoted(op.pandas) as [string];
      const grouped = df.select([by, ...num.filter((n) => n !== by)]).groupby(by).agg(['mean', 'sum', 'count', 'min', 'max']);
      const expected = op.result as FrameResult;
      expect(['index', ...grouped.columns].slice(1)).toEqual(expected.columns.slice(1));
      expect(frameRows(grouped, true)).toEqual(expected.rows);
      return;
    }
    case 'value_counts': {
      const [col] = quoted(op.pandas) as [string];
      // the reference lists the counts by label; pandas' own order among equal counts is not kept in it
      expect(byIndex(seriesOf(df.get(col).valueCounts()))).toEqual(byIndex(op.result as SeriesResult));
      return;
    }
    case 'pivot_table': {
      const [date, , column, values] = quoted(op.pandas) as string[];
      const pivot = df.assign({ year: df.get(date as string).dt.year }).pivotTable({ index: 'year', columns: column as string, values: values as string, aggfunc: 'mean' });
      const expected = op.result as FrameResult;
      expect(pivot.columns).toEqual(expected.columns.slice(1));
      expect(frameRows(pivot, true)).toEqual(expected.rows);
      return;
    }
    case 'merge': {
      const [on] = quoted(op.pandas) as [string];
      const right = result.right as FrameResult;
      const other = new g.DataFrame({ [on]: right.rows.map((r) => r[0]), label: right.rows.map((r) => r[1]) });
      const merged = df.merge(other, { on, how: 'inner' });
      expect(merged.length).toBe(result.rows);
      expect(byIndex(seriesOf(merged.get('label').valueCounts()))).toEqual(byIndex(result.label_counts as SeriesResult));
      return;
    }
    case 'resample': {
      const monthly = df.setIndex(ref.date_column as string).select(num).resample('MS').mean().head(12);
      const expected = op.result as FrameResult;
      expect(frameRows(monthly, true)).toEqual(expected.rows);
      return;
    }
    case 'to_csv':
      expect(df.head(5).toCsv()).toBe(op.result);
      return;
    default:
      throw new Error(`no runner for ${key}: ${op.op}`);
  }
}

for (const name of NAMES) {
  const ref = JSON.parse(readFileSync(`test/fixtures/pandas/${name}.json`, 'utf8')) as Reference;
  describe(`pandas reference: ${name}`, () => {
    let df: DataFrame;
    beforeAll(async () => {
      df = await load(name, ref);
    });
    for (const op of ref.operations) {
      test(`${op.op} — ${op.pandas}`, () => run(df, ref, op));
    }
  });
}
