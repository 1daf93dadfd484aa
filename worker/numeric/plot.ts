/** `plot(…)`: shows a plotly figure right away (like matplotlib inline) from arrays, traces, a Series or a DataFrame. */

import { Figure, type Layout, type Trace } from './figure.ts';
import type { Label } from './labels.ts';
import { defaultLayout, lineFigure, positions, type PlotOptions } from './line-figure.ts';

/** Where figures go: the kernel's `display`. */
export type Display = (value: unknown) => void;

/** What plot() needs of a Series (worker/data's, which this leaf does not import): values, x for them, a name, its own figure. */
export interface Series {
  readonly values: ArrayLike<unknown>;
  readonly name: string | undefined;
  figureX(): readonly Label[] | Float64Array;
  figure(options?: PlotOptions): Figure;
}

/** What plot() needs of a DataFrame: its own figure. */
export interface DataFrame {
  readonly columns: readonly unknown[];
  figure(options?: PlotOptions): Figure;
}

function isSeries(value: unknown): value is Series {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Series>).figureX === 'function';
}

function isFrame(value: unknown): value is DataFrame {
  return typeof value === 'object' && value !== null && !isSeries(value) && typeof (value as Partial<DataFrame>).figure === 'function' && Array.isArray((value as Partial<DataFrame>).columns);
}

/** x values: numbers, dates or text labels (or a Series, whose values are used). */
export type XData = ArrayLike<number> | readonly Label[] | Series;

/** y values: numbers (or a Series, whose index becomes x when no x is given). */
export type YData = ArrayLike<number> | Series;

/** The `plot` global: `plot(y)`, `plot(x, y, options?)`, `plot([trace, …], layout?)`, `plot(series | frame, options?)`. */
export interface Plot {
  (y: YData | DataFrame, options?: PlotOptions): void;
  (x: XData, y: YData, options?: PlotOptions): void;
  (traces: readonly Trace[], layout?: Layout): void;
}

function isArrayData(value: unknown): value is ArrayLike<number> | readonly Label[] {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

function isData(value: unknown): value is XData {
  return isArrayData(value) || isSeries(value);
}

function isTraceList(value: unknown): value is readonly Trace[] {
  return (
    Array.isArray(value) &&
    value.every((t: unknown) => t !== null && typeof t === 'object' && !isData(t) && !(t instanceof Date))
  );
}

function valuesOf(data: XData): ArrayLike<number> | readonly Label[] {
  return isSeries(data) ? (data.values as ArrayLike<number>) : data;
}

/** A trace with Series resolved to arrays and line defaults (scatter, lines) when no type is given. */
function normalizeTrace(trace: Trace): Trace {
  const out: Trace = { ...trace };
  const y = trace['y'];
  if (isSeries(y)) {
    out['y'] = y.values;
    if (out['x'] === undefined) out['x'] = y.figureX();
    if (out['name'] === undefined && y.name !== undefined) out['name'] = y.name;
  }
  const x = out['x'];
  if (isSeries(x)) out['x'] = x.values;
  if (out['type'] === undefined) {
    out['type'] = 'scatter';
    out['mode'] ??= 'lines';
  }
  return out;
}

/** plotly.js 3 reads titles only as `{ text }`; a string title is accepted here and converted. */
function withTitleObjects(layout: Layout): Layout {
  const out: Layout = { ...layout };
  if (typeof out['title'] === 'string') out['title'] = { text: out['title'] };
  for (const key of Object.keys(out).filter((k) => /^[xyz]axis\d*$/.test(k))) {
    const axis = out[key];
    if (axis !== null && typeof axis === 'object' && typeof (axis as Layout)['title'] === 'string') {
      out[key] = { ...(axis as Layout), title: { text: (axis as Layout)['title'] } };
    }
  }
  return out;
}

function tracesFigure(traces: readonly Trace[], layout: Layout = {}): Figure {
  const data = traces.map(normalizeTrace);
  const title = typeof layout['title'] === 'string' ? layout['title'] : undefined;
  const base = defaultLayout(data, title === undefined ? {} : { title });
  return new Figure(data, { ...base, ...withTitleObjects(layout) });
}

function xyFigure(x: XData, y: YData, options: PlotOptions): Figure {
  const xs = valuesOf(x);
  const ys = isSeries(y) ? (y.values as ArrayLike<number>) : y;
  if (xs.length !== ys.length) throw new RangeError(`plot: x has ${xs.length} values, y has ${ys.length}`);
  const name = options.name ?? (isSeries(y) ? y.name : undefined);
  return lineFigure([{ x: xs, y: ys, name }], options);
}

/** The figure `plot(...args)` would show. */
export function figureOf(args: readonly unknown[]): Figure {
  const [first, second, third] = args;
  if (isFrame(first)) return first.figure((second ?? {}) as PlotOptions);
  if (isTraceList(first) && !isArrayData(second)) return tracesFigure(first, (second ?? {}) as Layout);
  if (isData(first) && isData(second)) return xyFigure(first, second as YData, (third ?? {}) as PlotOptions);
  if (isSeries(first)) return first.figure((second ?? {}) as PlotOptions);
  if (isArrayData(first)) {
    const y = first as ArrayLike<number>;
    return xyFigure(positions(y.length), y, (second ?? {}) as PlotOptions);
  }
  throw new TypeError('plot: expected plot(y), plot(x, y, options?), plot([trace, …], layout?) or plot(series | frame)');
}

/** The `plot` global bound to the kernel's `display`: every call shows its figure at once and returns undefined. */
export function createPlot(display: Display): Plot {
  return (...args: unknown[]): void => {
    display(figureOf(args));
  };
}
