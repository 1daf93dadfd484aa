/** Plotly figures; plotly.js is imported on the first figure, never in the initial bundle. */
import type { Data, Layout, PlotlyDataLayoutConfig } from 'plotly.js-dist-min';
import { appendElement } from './element.ts';
import type { MimeBundle, Renderer } from './types.ts';

/** The MIME type of plotly figures. */
export const PLOTLY_MIME = 'application/vnd.plotly.v1+json';

type PlotlyModule = (typeof import('plotly.js-dist-min'))['default'];

let plotly: Promise<PlotlyModule> | undefined;

function loadPlotly(): Promise<PlotlyModule> {
  plotly ??= import('plotly.js-dist-min').then((module) => module.default);
  return plotly;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The figure in a plotly MIME value, with layout images limited to data: URLs when untrusted. */
export function toFigure(value: unknown, trusted: boolean): PlotlyDataLayoutConfig {
  const record = asRecord(value) ?? {};
  // Notebook JSON: plotly.js validates traces and layout itself and ignores what it does not know.
  const data = (Array.isArray(record['data']) ? record['data'] : []) as Data[];
  const layout: Record<string, unknown> = { ...asRecord(record['layout']) };
  // Layout images are fetched by URL: from an untrusted notebook that is a tracking beacon.
  if (!trusted && Array.isArray(layout['images'])) {
    layout['images'] = layout['images'].filter((image: unknown) => {
      const source = asRecord(image)?.['source'];
      return typeof source === 'string' && /^data:image\//i.test(source.trim());
    });
  }
  const figure: PlotlyDataLayoutConfig = { data, layout: layout as Partial<Layout> };
  if (Array.isArray(record['frames'])) figure.frames = record['frames'] as NonNullable<PlotlyDataLayoutConfig['frames']>;
  return figure;
}

/** Draws figures with plotly.js (typed-array `{dtype, bdata}` specs are decoded by plotly.js itself). */
export const plotlyRenderer: Renderer = {
  mimeTypes: [PLOTLY_MIME],
  rank: 10,
  safe: true,
  async render(host, data, _metadata, ctx) {
    const figure = toFigure(data, ctx.trusted);
    const root = appendElement(host, 'div', 'q-plotly q-contained');
    try {
      const api = await loadPlotly();
      await api.newPlot(root, figure.data, figure.layout, { responsive: true, displaylogo: false });
    } catch (error) {
      root.replaceChildren();
      appendElement(root, 'div', 'q-render-error', `Could not draw the figure: ${error instanceof Error ? error.message : String(error)}`);
    }
  },
};

/** A PNG data URL of the plotly figure in `bundle` (or of a bare figure), for .ipynb export. */
export async function figureToImage(bundle: MimeBundle): Promise<string> {
  // The static image is made for notebooks from anywhere: strip what an untrusted figure may not load.
  const figure = toFigure(PLOTLY_MIME in bundle ? bundle[PLOTLY_MIME] : bundle, false);
  const width = Number(figure.layout?.width) || 800;
  const height = Number(figure.layout?.height) || 500;
  const api = await loadPlotly();
  return api.toImage(figure, { format: 'png', width, height });
}

/** Frees the plotly figures drawn inside `host` (their resize listeners); call before discarding or re-rendering it. */
export function releasePlots(host: HTMLElement): void {
  const roots = [...host.querySelectorAll<HTMLElement>('.q-plotly')];
  if (!plotly || roots.length === 0) return;
  void plotly.then((api) => {
    for (const root of roots) api.purge(root);
  });
}
