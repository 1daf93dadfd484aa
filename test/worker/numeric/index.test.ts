// The kernel's numeric globals end to end over the built WASM core: the chapter's Welcome demo
// (numpy seed 0, checked against the numpy reference cumsum) and Basic Quadratic, and the docs.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { instantiateCore, type Core } from '../../../worker/numeric/core.ts';
import { bindData, type DataGlobals } from '../../../worker/data/index.ts';
import { createNumericGlobals, type NumericGlobals } from '../../../worker/numeric/index.ts';
import { kernelDocs as numericDocs } from '../../../worker/runtime/numeric-globals.ts';
import reference from '../../fixtures/reference/numpy-legacy-randn.json' with { type: 'json' };

const DISPLAY = Symbol.for('Jupyter.display');
const PLOTLY = 'application/vnd.plotly.v1+json';

function bundleOf(value: unknown): Record<string, unknown> {
  return (value as Record<symbol, () => Record<string, unknown>>)[DISPLAY]!();
}

let core: Core;
let g: NumericGlobals & DataGlobals;
const display = vi.fn<(value: unknown) => void>();

beforeAll(async () => {
  core = await instantiateCore(readFileSync('worker/numeric/build/core.wasm'));
  const numeric = createNumericGlobals(core, display);
  g = { ...numeric, ...bindData(display, numeric.sum) };
});

describe('createNumericGlobals', () => {
  test('has the globals DESIGN.md names', () => {
    for (const name of ['special', 'random', 'arange', 'linspace', 'cumsum', 'sum', 'mean', 'std', 'min', 'max', 'dateRange', 'Series', 'DataFrame', 'plot']) {
      expect(g, name).toHaveProperty(name);
    }
    expect(g.Series.name).toBe('Series');
    expect(g.DataFrame.name).toBe('DataFrame');
  });

  test('the Welcome demo: the numpy random walk, its pandas repr, and a 4-line plot', () => {
    display.mockClear();
    g.random.seed(0);
    const ts = new g.Series(g.random.randn(1000), { index: g.dateRange('2000-01-01', 1000) }).cumsum();
    expect(Array.from(ts.values)).toEqual(reference.seed0_randn1000_cumsum);
    // pandas: ts = pd.Series(np.random.randn(1000), index=pd.date_range("2000-01-01", periods=1000)).cumsum()
    const expected = [
      '2000-01-01     1.764052',
      '2000-01-02     2.164210',
      '2000-01-03     3.142948',
      '2000-01-04     5.383841',
      '2000-01-05     7.251399',
      '                ...    ',
      '2002-09-22   -43.646776',
      '2002-09-23   -43.845175',
      '2002-09-24   -43.750982',
      '2002-09-25   -44.898593',
      '2002-09-26   -45.256707',
      'Freq: D, Length: 1000, dtype: float64',
    ].join('\n');
    expect(bundleOf(ts)['text/plain']).toBe(expected);
    // ts.head() in the Welcome notebook: narrower values, so one space less after the dates
    const head = [
      '2000-01-01    1.764052',
      '2000-01-02    2.164210',
      '2000-01-03    3.142948',
      '2000-01-04    5.383841',
      '2000-01-05    7.251399',
      'Freq: D, dtype: float64',
    ].join('\n');
    expect(bundleOf(ts.head())['text/plain']).toBe(head);

    const df = new g.DataFrame(g.random.randn(1000, 4), { index: ts.index, columns: ['A', 'B', 'C', 'D'] }).cumsum();
    expect(df.shape).toEqual([1000, 4]);
    expect(String(bundleOf(df)['text/plain'])).toMatch(/\n\n\[1000 rows x 4 columns\]$/);
    expect(df.plot()).toBeUndefined();
    expect(display).toHaveBeenCalledTimes(1);
    const figure = bundleOf(display.mock.calls[0]![0]);
    expect(figure['text/plain']).toBe('<Figure: 4 traces>');
    const json = figure[PLOTLY] as { data: { name: string; x: string[]; y: { dtype: string; bdata: string } }[]; layout: Record<string, unknown> };
    expect(json.data.map((t) => t.name)).toEqual(['A', 'B', 'C', 'D']);
    expect(json.layout['showlegend']).toBe(true);
    expect(json.data[0]!.x[999]).toBe('2002-09-26');
    expect(json.data[0]!.y.dtype).toBe('f8');
    expect(Buffer.from(json.data[0]!.y.bdata, 'base64').length).toBe(8000);
  });

  test('Basic Quadratic: plot(x, x.map(v => v ** 2))', () => {
    display.mockClear();
    const x = g.arange(1, 10, 1);
    g.plot(x, x.map((v) => v ** 2));
    const json = bundleOf(display.mock.calls[0]![0])[PLOTLY] as { data: { y: { bdata: string } }[] };
    const y = Buffer.from(json.data[0]!.y.bdata, 'base64');
    expect(Array.from({ length: y.length / 8 }, (_, i) => y.readDoubleLE(i * 8))).toEqual([1, 4, 9, 16, 25, 36, 49, 64, 81]);
  });
});

describe('numericDocs', () => {
  test('every global, special/random function and Series/DataFrame member has a signature and a doc', () => {
    const names: string[] = [];
    for (const [name, value] of Object.entries(g)) {
      names.push(name);
      if (name === 'special' || name === 'random') names.push(...Object.keys(value as object).map((k) => `${name}.${k}`));
    }
    for (const cls of ['Series', 'DataFrame'] as const) {
      // The globals are bound subclasses; the members live on the base class prototype.
      const members = Object.getOwnPropertyNames(Object.getPrototypeOf(g[cls].prototype));
      names.push(...members.filter((m) => m !== 'constructor').map((m) => `${cls}.${m}`));
    }
    names.push('Series.values', 'Series.name');
    const missing = names.filter((name) => !numericDocs[name]?.signature || !numericDocs[name]?.doc);
    expect(missing).toEqual([]);
    expect(names).toContain('DataFrame.plot');
    expect(names).toContain('Series.cumsum');
  });
});
