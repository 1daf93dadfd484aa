// Checks the plotly MIME bundle: bdata decoded independently (Node's Buffer) must give the input back.
import { describe, expect, test, vi } from 'vitest';
import { DataFrame } from '../../../worker/data/frame.ts';
import { createPlot } from '../../../worker/numeric/plot.ts';
import { Series } from '../../../worker/data/series.ts';
import { toBase64 } from '../../../worker/numeric/typed-array-spec.ts';

const DISPLAY = Symbol.for('Jupyter.display');
const PLOTLY = 'application/vnd.plotly.v1+json';

interface Spec {
  dtype: string;
  bdata: string;
}
interface PlotlyJson {
  data: Record<string, unknown>[];
  layout: Record<string, unknown>;
}

function bundleOf(value: unknown): Record<string, unknown> {
  return (value as Record<symbol, () => Record<string, unknown>>)[DISPLAY]!();
}

/** Shows one plot call through a spy display and returns the plotly JSON it produced. */
function shown(call: (display: (value: unknown) => void) => unknown): { json: PlotlyJson; text: unknown; result: unknown } {
  const display = vi.fn<(value: unknown) => void>();
  const result = call(display);
  expect(display).toHaveBeenCalledTimes(1);
  const bundle = bundleOf(display.mock.calls[0]![0]);
  // The bundle must survive postMessage/JSON to the page unchanged.
  const json = JSON.parse(JSON.stringify(bundle[PLOTLY])) as PlotlyJson;
  return { json, text: bundle['text/plain'], result };
}

function decodeF8(spec: unknown): number[] {
  const { dtype, bdata } = spec as Spec;
  expect(dtype).toBe('f8');
  const bytes = Buffer.from(bdata, 'base64');
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i += 8) out.push(bytes.readDoubleLE(i));
  return out;
}

function bound(display: (value: unknown) => void): { S: typeof Series; F: typeof DataFrame } {
  class S extends Series {
    static override display: ((value: unknown) => void) | undefined = display;
  }
  class F extends DataFrame {
    static override display: ((value: unknown) => void) | undefined = display;
    static override Series: typeof Series = S;
  }
  return { S, F };
}

describe('toBase64', () => {
  test('matches Node’s base64 for every padding case', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 6, 7, 255, 1000]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 151 + 7) & 255);
      expect(toBase64(bytes), `${n} bytes`).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});

describe('plot(x, y)', () => {
  test('numeric arrays travel as base64 little-endian float64 and decode to the same bits', () => {
    const x = Float64Array.from({ length: 9 }, (_, i) => i + 1);
    const y = x.map((v) => v ** 2);
    const tricky = [Number.MIN_VALUE, -0, 0.1, Number.MAX_VALUE, NaN, -Infinity];
    const { json, text, result } = shown((d) => createPlot(d)(x, y));
    expect(result).toBeUndefined();
    expect(text).toBe('<Figure: 1 trace>');
    expect(decodeF8(json.data[0]!['x'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(decodeF8(json.data[0]!['y'])).toEqual([1, 4, 9, 16, 25, 36, 49, 64, 81]);
    const round = shown((d) => createPlot(d)(tricky));
    expect(decodeF8(round.json.data[0]!['y'])).toEqual(tricky);
    expect(Object.is(decodeF8(round.json.data[0]!['y'])[1], -0)).toBe(true);
  });

  test('plain number arrays become f8 too; the line defaults are scatter + lines', () => {
    const { json } = shown((d) => createPlot(d)([0, 1], [2, 3], { title: 'T', xlabel: 'x', ylabel: 'y' }));
    expect(json.data[0]).toMatchObject({ type: 'scatter', mode: 'lines' });
    expect(decodeF8(json.data[0]!['y'])).toEqual([2, 3]);
    expect(json.layout['title']).toEqual({ text: 'T' });
    expect(json.layout['xaxis']).toEqual({ title: { text: 'x' } });
    expect(json.layout['yaxis']).toEqual({ title: { text: 'y' } });
    expect(json.layout['autosize']).toBe(true);
    expect(json.layout).not.toHaveProperty('template');
  });

  test('plot(y) puts y against 0..n-1', () => {
    const { json } = shown((d) => createPlot(d)([5, 6, 7]));
    expect(decodeF8(json.data[0]!['x'])).toEqual([0, 1, 2]);
  });

  test('lengths must agree', () => {
    expect(() => createPlot(() => undefined)([1, 2], [1])).toThrow(/x has 2 values, y has 1/);
  });

  test('dates become date strings and a date axis', () => {
    const dates = [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2000, 0, 2))];
    const { json } = shown((d) => createPlot(d)(dates, [1, 2]));
    expect(json.data[0]!['x']).toEqual(['2000-01-01', '2000-01-02']);
    expect(json.layout['xaxis']).toEqual({ type: 'date' });
  });
});

describe('plot([trace, …], layout)', () => {
  test('traces pass through with typed arrays encoded; a string title becomes { text }', () => {
    const x = new Float64Array([0, 1]);
    const traces = [0, 1, 2].map((n) => ({ x, y: new Float64Array([n, n]), name: `J${n}` }));
    const { json, text } = shown((d) => createPlot(d)(traces, { title: 'Bessel', yaxis: { title: 'J' } }));
    expect(text).toBe('<Figure: 3 traces>');
    expect(json.data.map((t) => t['name'])).toEqual(['J0', 'J1', 'J2']);
    expect(decodeF8(json.data[2]!['y'])).toEqual([2, 2]);
    expect(json.layout['title']).toEqual({ text: 'Bessel' });
    expect(json.layout['yaxis']).toEqual({ title: { text: 'J' } });
    expect(json.layout['showlegend']).toBe(true);
  });

  test('a given trace type is kept as it is', () => {
    const { json } = shown((d) => createPlot(d)([{ type: 'bar', x: ['a', 'b'], y: [1, 2] }]));
    expect(json.data[0]).toMatchObject({ type: 'bar', x: ['a', 'b'] });
    expect(json.data[0]).not.toHaveProperty('mode');
  });
});

describe('Series.plot and DataFrame.plot', () => {
  test('Series.plot: values against the date index, title, no legend', () => {
    const display = vi.fn<(value: unknown) => void>();
    const { S } = bound(display);
    const index = [new Date(Date.UTC(2000, 0, 31)), new Date(Date.UTC(2000, 1, 1))];
    expect(new S([1, 2], { index, name: 'walk' }).plot({ title: 'A random walk' })).toBeUndefined();
    const json = bundleOf(display.mock.calls[0]![0])[PLOTLY] as PlotlyJson;
    expect(json.data).toHaveLength(1);
    expect(json.data[0]!['x']).toEqual(['2000-01-31', '2000-02-01']);
    expect(json.data[0]!['name']).toBe('walk');
    expect(json.layout['showlegend']).toBe(false);
    expect(json.layout['title']).toEqual({ text: 'A random walk' });
  });

  test('DataFrame.plot: one named line per column, legend, date axis', () => {
    const display = vi.fn<(value: unknown) => void>();
    const { F } = bound(display);
    const index = Array.from({ length: 3 }, (_, i) => new Date(Date.UTC(2000, 0, 1 + i)));
    const rows = [new Float64Array([1, 2, 3, 4]), new Float64Array([5, 6, 7, 8]), new Float64Array([9, 10, 11, 12])];
    const df = new F(rows, { index, columns: ['A', 'B', 'C', 'D'] }).cumsum();
    expect(df.plot()).toBeUndefined();
    expect(display).toHaveBeenCalledTimes(1);
    const bundle = bundleOf(display.mock.calls[0]![0]);
    expect(bundle['text/plain']).toBe('<Figure: 4 traces>');
    const json = bundle[PLOTLY] as PlotlyJson;
    expect(json.data.map((t) => t['name'])).toEqual(['A', 'B', 'C', 'D']);
    expect(json.layout['showlegend']).toBe(true);
    expect(json.layout['xaxis']).toEqual({ type: 'date' });
    expect(json.data[0]!['x']).toEqual(['2000-01-01', '2000-01-02', '2000-01-03']);
    expect(decodeF8(json.data[0]!['y'])).toEqual([1, 6, 15]);
    expect(decodeF8(json.data[3]!['y'])).toEqual([4, 12, 24]);
  });

  test('plot(frame) and plot(series) go through the same figures', () => {
    const { json } = shown((d) => createPlot(d)(new DataFrame({ A: [1], B: [2] })));
    expect(json.data.map((t) => t['name'])).toEqual(['A', 'B']);
    const single = shown((d) => createPlot(d)(new Series([3, 4], { name: 's' })));
    expect(single.json.data[0]!['name']).toBe('s');
    expect(decodeF8(single.json.data[0]!['x'])).toEqual([0, 1]);
  });
});
