/** Line figures with Quire's calm default layout, shared by `plot()`, `Series.plot()` and `DataFrame.plot()`. */

import { Figure, type Layout, type Trace } from './figure.ts';
import { isDateLabels, type Label } from './labels.ts';

/** Options of every plot call; `layout` is merged over the default layout last. */
export interface PlotOptions {
  /** Figure title. */
  title?: string;
  /** x axis title. */
  xlabel?: string;
  /** y axis title. */
  ylabel?: string;
  /** How points are drawn (default "lines"). */
  mode?: 'lines' | 'markers' | 'lines+markers';
  /** Trace name (legend entry) for a single line. */
  name?: string;
  /** Show the legend (default: when there is more than one named trace). */
  showlegend?: boolean;
  /** Fixed size in pixels (default: fill the output width). */
  width?: number;
  height?: number;
  /** Any other plotly layout attributes. */
  layout?: Layout;
}

/** One line: x values (numbers, labels or dates), y values and an optional name. */
export interface LineData {
  x: readonly Label[] | ArrayLike<number>;
  y: ArrayLike<number>;
  name?: string | undefined;
}

/** 0, 1, …, n − 1 as x values for data without an index. */
export function positions(n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

function axis(title: string | undefined, extra: Layout = {}): Layout {
  return title === undefined ? extra : { ...extra, title: { text: title } };
}

/** True when the trace's x values are dates (the x axis becomes a date axis). */
function hasDateX(trace: Trace): boolean {
  return Array.isArray(trace['x']) && isDateLabels(trace['x'] as readonly Label[]);
}

/** Quire's default layout for `traces`: autosized, small margins, no template, title and axis titles from `options`. */
export function defaultLayout(traces: readonly Trace[], options: PlotOptions): Layout {
  const named = traces.filter((t) => typeof t['name'] === 'string').length;
  const layout: Layout = {
    autosize: true,
    margin: { l: 60, r: 30, t: options.title === undefined ? 30 : 60, b: 50 },
    showlegend: options.showlegend ?? named > 1,
    xaxis: axis(options.xlabel, traces.some(hasDateX) ? { type: 'date' } : {}),
    yaxis: axis(options.ylabel),
  };
  if (options.title !== undefined) layout['title'] = { text: options.title };
  if (options.width !== undefined) layout['width'] = options.width;
  if (options.height !== undefined) layout['height'] = options.height;
  return { ...layout, ...options.layout };
}

/** A figure with one scatter line per entry of `lines`. */
export function lineFigure(lines: readonly LineData[], options: PlotOptions): Figure {
  const traces: Trace[] = lines.map((line) => ({
    type: 'scatter',
    mode: options.mode ?? 'lines',
    x: line.x,
    y: line.y,
    ...(line.name === undefined ? {} : { name: line.name }),
  }));
  return new Figure(traces, defaultLayout(traces, options));
}
