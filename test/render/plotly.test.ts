// @vitest-environment jsdom
import type { IDisplayData } from '@jupyterlab/nbformat';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { toFigure } from '../../src/render/mime-plotly.ts';
import { bundleFor } from '../../src/render/plotly-loader.ts';
import { readTheme, themeTemplate, watchTheme } from '../../src/render/plotly-theme.ts';
import { PATIENCE } from '../event-waiter.ts';

/** What each mocked plotly.js bundle saw. */
const plotly = vi.hoisted(() => {
  const fresh = () => ({ loads: 0, calls: [] as unknown[][], relayouts: [] as unknown[][], purged: [] as unknown[], images: [] as unknown[][] });
  return { basic: fresh(), full: fresh(), fresh };
});

function fakeBundle(name: 'basic' | 'full') {
  plotly[name].loads++;
  const seen = () => plotly[name];
  return {
    default: {
      newPlot: async (...args: unknown[]) => {
        seen().calls.push(args);
        return args[0];
      },
      relayout: async (...args: unknown[]) => {
        seen().relayouts.push(args);
        return args[0];
      },
      toImage: async (...args: unknown[]) => {
        seen().images.push(args);
        return 'data:image/png;base64,iVBORw0KGgo=';
      },
      purge: (root: unknown) => seen().purged.push(root),
    },
  };
}

/** The registry and loader with fresh module state (no bundle requested yet) and fresh fake bundles. */
async function freshRegistry() {
  vi.resetModules();
  plotly.basic = plotly.fresh();
  plotly.full = plotly.fresh();
  vi.doMock('plotly.js-basic-dist-min', () => fakeBundle('basic'));
  vi.doMock('plotly.js-dist-min', () => fakeBundle('full'));
  const registry = await import('../../src/render/registry.ts');
  const loader = await import('../../src/render/plotly-loader.ts');
  return { ...registry, ...loader };
}

const figure = {
  data: [{ type: 'scatter', x: [1, 2], y: { dtype: 'f8', bdata: 'AAAAAAAA8D8AAAAAAAAAQA==' } }],
  layout: {
    title: { text: 'walks' },
    images: [{ source: 'https://xss.test/b/plotly-image' }, { source: 'data:image/png;base64,AAAA' }],
  },
};
const heatmap = { data: [{ type: 'heatmap', z: [[1, 2], [3, 4]] }], layout: {} };

function plotOutput(value: unknown): IDisplayData {
  return { output_type: 'display_data', data: { 'application/vnd.plotly.v1+json': value, 'text/plain': 'fig' } as IDisplayData['data'], metadata: {} };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('toFigure', () => {
  it('keeps data and layout of a trusted figure', () => {
    expect(toFigure(figure, true)).toEqual({ data: figure.data, layout: figure.layout });
  });

  it('drops layout images fetched by URL from an untrusted figure', () => {
    expect(toFigure(figure, false).layout?.images).toEqual([{ source: 'data:image/png;base64,AAAA' }]);
  });

  it('turns junk into an empty figure', () => {
    expect(toFigure('nope', false)).toEqual({ data: [], layout: {} });
  });
});

describe('bundleFor', () => {
  it('picks the basic bundle when every trace is a scatter, bar or pie (a trace without type is a scatter)', () => {
    expect(bundleFor([])).toBe('basic');
    expect(bundleFor([{ x: [1] }, { type: 'scatter' }, { type: 'bar' }, { type: 'pie' }])).toBe('basic');
  });

  it('picks the full bundle as soon as one trace needs another module', () => {
    expect(bundleFor([{ type: 'scatter' }, { type: 'heatmap' }])).toBe('full');
    expect(bundleFor([{ type: 'scattergl' }])).toBe('full');
    expect(bundleFor([{ type: 42 }])).toBe('full');
  });
});

describe('plotly renderer', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it('imports the basic bundle only when the first line figure renders, then draws it responsive without the logo', async () => {
    const { renderOutput, releasePlots } = await freshRegistry();
    const host = document.body.appendChild(document.createElement('div'));
    await renderOutput(host, { output_type: 'display_data', data: { 'text/plain': 'x' }, metadata: {} }, { trusted: false });
    expect(plotly.basic.loads + plotly.full.loads).toBe(0);
    await renderOutput(host, plotOutput(figure), { trusted: true });
    expect([plotly.basic.loads, plotly.full.loads]).toEqual([1, 0]);
    const root = host.querySelector('.q-plotly');
    // jsdom resolves no CSS variables, so no theme template is added here (the browser tests check the theme).
    expect(plotly.basic.calls).toEqual([[root, figure.data, figure.layout, { responsive: true, displaylogo: false }]]);
    releasePlots(host);
    expect(plotly.basic.purged).toEqual([root]);
  });

  it('imports the full bundle for a figure that needs it, and uses it for every later figure', async () => {
    const { renderOutput } = await freshRegistry();
    const first = document.body.appendChild(document.createElement('div'));
    await renderOutput(first, plotOutput(heatmap), { trusted: true });
    const second = document.body.appendChild(document.createElement('div'));
    await renderOutput(second, plotOutput(figure), { trusted: true });
    expect([plotly.basic.loads, plotly.full.loads]).toEqual([0, 1]);
    expect(plotly.full.calls.map((call) => call[0])).toEqual([first.querySelector('.q-plotly'), second.querySelector('.q-plotly')]);
  });

  it('loads the full bundle after the basic one when a figure needs more, and purges each figure with the bundle that drew it', async () => {
    const { renderOutput, releasePlots } = await freshRegistry();
    const host = document.body.appendChild(document.createElement('div'));
    await renderOutput(host, plotOutput(figure), { trusted: true });
    await renderOutput(host, plotOutput(heatmap), { trusted: true });
    const [line, heat] = host.querySelectorAll('.q-plotly');
    expect([plotly.basic.loads, plotly.full.loads]).toEqual([1, 1]);
    releasePlots(host);
    expect(plotly.basic.purged).toEqual([line]);
    expect(plotly.full.purged).toEqual([heat]);
  });

  it('does not draw a figure released while plotly.js was loading', async () => {
    const { renderOutput, releasePlots } = await freshRegistry();
    const host = document.body.appendChild(document.createElement('div'));
    const rendering = renderOutput(host, plotOutput(figure), { trusted: true });
    releasePlots(host);
    await rendering;
    expect(plotly.basic.calls).toEqual([]);
  });

  it('keeps a figure that brings its own template as it is', async () => {
    const { renderOutput } = await freshRegistry();
    const own = { data: figure.data, layout: { template: { layout: { paper_bgcolor: '#abcdef' } } } };
    await renderOutput(document.body.appendChild(document.createElement('div')), plotOutput(own), { trusted: true });
    expect(plotly.basic.calls[0]?.[2]).toEqual(own.layout);
  });

  it('exports a figure bundle to a PNG data URL at its layout size, with the bundle the figure needs', async () => {
    const { figureToImage } = await freshRegistry();
    const url = await figureToImage({ 'application/vnd.plotly.v1+json': { data: [], layout: { width: 640, height: 480 } } });
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    expect(plotly.basic.images.at(-1)?.[1]).toEqual({ format: 'png', width: 640, height: 480 });
    await figureToImage({ 'application/vnd.plotly.v1+json': heatmap });
    expect(plotly.full.images.at(-1)?.[1]).toEqual({ format: 'png', width: 800, height: 500 });
  });
});

describe('figureToImage', () => {
  it('draws the static image only once the page is idle, so it does not hold back the live figure', async () => {
    const { figureToImage } = await freshRegistry();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    const image = figureToImage({ 'application/vnd.plotly.v1+json': figure });
    await vi.waitFor(() => expect(idle.length).toBe(1), PATIENCE);
    expect(plotly.basic.images).toEqual([]);
    idle[0]?.();
    expect(await image).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(plotly.basic.images.length).toBe(1);
    vi.unstubAllGlobals();
  });
});

describe('preloadPlotlyFor', () => {
  it('starts importing the basic bundle for a cell that plots, and nothing for one that does not', async () => {
    const { preloadPlotlyFor } = await freshRegistry();
    preloadPlotlyFor('1 + 1');
    // Every dynamic import started so far has finished: a wrongly started one would have counted.
    await vi.dynamicImportSettled();
    expect(plotly.basic.loads + plotly.full.loads).toBe(0);
    preloadPlotlyFor('df.plot();');
    await vi.waitFor(() => expect(plotly.basic.loads).toBe(1), PATIENCE);
    expect(plotly.full.loads).toBe(0);
  });
});

describe('plot theme', () => {
  it('draws on the page background with the theme text, grid and font colours', () => {
    const template = themeTemplate({ text: 'rgb(230, 230, 230)', muted: 'rgb(154, 163, 173)', grid: 'rgb(51, 56, 64)', font: 'system-ui' });
    const axis = { gridcolor: 'rgb(51, 56, 64)', linecolor: 'rgb(51, 56, 64)', zerolinecolor: 'rgb(154, 163, 173)', tickcolor: 'rgb(51, 56, 64)' };
    expect(template.layout).toEqual({
      paper_bgcolor: 'rgba(0,0,0,0)',
      plot_bgcolor: 'rgba(0,0,0,0)',
      font: { color: 'rgb(230, 230, 230)', family: 'system-ui' },
      xaxis: axis,
      yaxis: axis,
      legend: { bgcolor: 'rgba(0,0,0,0)' },
      modebar: { bgcolor: 'rgba(0,0,0,0)', color: 'rgb(154, 163, 173)', activecolor: 'rgb(230, 230, 230)' },
    });
  });

  it('reads no theme where CSS variables are not resolved, and leaves no probe behind', () => {
    const at = document.body.appendChild(document.createElement('div'));
    expect(readTheme(at)).toBeUndefined();
    expect(at.childElementCount).toBe(0);
  });

  it('reports a change of data-theme on <html> or of the system scheme until stopped', async () => {
    // jsdom has no matchMedia: a stand-in list whose 'change' the test fires, as the system would.
    const scheme = new EventTarget();
    vi.stubGlobal('matchMedia', (query: string) => (query === '(prefers-color-scheme: dark)' ? scheme : new EventTarget()));
    const changes: string[] = [];
    const stop = watchTheme(document, () => changes.push('changed'));
    document.documentElement.dataset['theme'] = 'dark';
    await settle();
    scheme.dispatchEvent(new Event('change'));
    stop();
    document.documentElement.dataset['theme'] = 'light';
    scheme.dispatchEvent(new Event('change'));
    await settle();
    vi.unstubAllGlobals();
    expect(changes).toEqual(['changed', 'changed']);
  });
});
