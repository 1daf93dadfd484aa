// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { toFigure } from '../../src/render/mime-plotly.ts';
import { figureToImage, releasePlots, renderOutput } from '../../src/render/registry.ts';

const plotly = vi.hoisted(() => ({ loaded: false, calls: [] as unknown[][], purged: [] as unknown[], images: [] as unknown[][] }));
vi.mock('plotly.js-dist-min', () => {
  plotly.loaded = true;
  return {
    default: {
      newPlot: async (...args: unknown[]) => {
        plotly.calls.push(args);
        return args[0];
      },
      toImage: async (...args: unknown[]) => {
        plotly.images.push(args);
        return 'data:image/png;base64,iVBORw0KGgo=';
      },
      purge: (root: unknown) => plotly.purged.push(root),
    },
  };
});

const figure = {
  data: [{ type: 'scatter', x: [1, 2], y: { dtype: 'f8', bdata: 'AAAAAAAA8D8AAAAAAAAAQA==' } }],
  layout: {
    title: { text: 'walks' },
    images: [{ source: 'https://xss.test/b/plotly-image' }, { source: 'data:image/png;base64,AAAA' }],
  },
};

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

describe('plotly renderer', () => {
  it('imports plotly.js only when the first figure renders, then draws it responsive without the logo', async () => {
    const host = document.createElement('div');
    await renderOutput(host, { output_type: 'display_data', data: { 'text/plain': 'x' }, metadata: {} }, { trusted: false });
    expect(plotly.loaded).toBe(false);
    await renderOutput(host, { output_type: 'display_data', data: { 'application/vnd.plotly.v1+json': figure, 'text/plain': 'fig' }, metadata: {} }, { trusted: true });
    expect(plotly.loaded).toBe(true);
    const root = host.querySelector('.q-plotly');
    expect(plotly.calls).toEqual([[root, figure.data, figure.layout, { responsive: true, displaylogo: false }]]);
    releasePlots(host);
    await Promise.resolve();
    await Promise.resolve();
    expect(plotly.purged).toEqual([root]);
  });

  it('exports a figure bundle to a PNG data URL at its layout size', async () => {
    const url = await figureToImage({ 'application/vnd.plotly.v1+json': { data: [], layout: { width: 640, height: 480 } } });
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    expect(plotly.images.at(-1)?.[1]).toEqual({ format: 'png', width: 640, height: 480 });
  });
});
