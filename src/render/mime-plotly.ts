/** Plotly figures in the app theme; plotly.js (the smallest bundle that draws the figure) is imported on the first figure, never in the initial bundle. */
import type { Data, Layout, PlotlyDataLayoutConfig } from 'plotly.js-dist-min';
import { appendElement } from './element.ts';
import { bundleFor, plotlyFor, type PlotlyApi } from './plotly-loader.ts';
import { readTheme, themeTemplate, watchTheme } from './plotly-theme.ts';
import type { MimeBundle, Renderer } from './types.ts';

/** The MIME type of plotly figures. */
export const PLOTLY_MIME = 'application/vnd.plotly.v1+json';

/** Each drawn figure's plotly.js (two bundles may share a page) and whether it follows the app theme. */
const drawn = new WeakMap<HTMLElement, { api: PlotlyApi; themed: boolean }>();
/** Figures released while plotly.js was still loading: they must not be drawn. */
const released = new WeakSet<HTMLElement>();
const watched = new WeakSet<Document>();

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

/** `layout` with the app theme as its template, unless the figure brings its own template (its author's look wins). */
function themed(layout: Partial<Layout>, root: HTMLElement): Partial<Layout> {
  if (layout.template !== undefined) return layout;
  const theme = readTheme(root);
  return theme ? { ...layout, template: themeTemplate(theme) } : layout;
}

function restyle(doc: Document): void {
  for (const root of doc.querySelectorAll<HTMLElement>('.q-plotly')) {
    const plot = drawn.get(root);
    const theme = plot?.themed ? readTheme(root) : undefined;
    if (plot && theme) void plot.api.relayout(root, { template: themeTemplate(theme) });
  }
}

function followTheme(doc: Document): void {
  if (watched.has(doc)) return;
  watched.add(doc);
  watchTheme(doc, () => restyle(doc));
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
      const api = await plotlyFor(bundleFor(figure.data));
      if (released.has(root)) return;
      const layout = themed(figure.layout ?? {}, root);
      drawn.set(root, { api, themed: layout !== figure.layout });
      followTheme(root.ownerDocument);
      await api.newPlot(root, figure.data, layout, { responsive: true, displaylogo: false });
    } catch (error) {
      root.replaceChildren();
      appendElement(root, 'div', 'q-render-error', `Could not draw the figure: ${error instanceof Error ? error.message : String(error)}`);
    }
  },
};

/** Resolves when the page is idle (or after `timeoutMs`); Safari has no requestIdleCallback and gets the next task. */
function idle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 0);
  });
}

/**
 * A PNG data URL of the plotly figure in `bundle` (or of a bare figure), for .ipynb export; drawn
 * in plotly's default light look, when the page is idle: drawing it right after the live figure
 * would hold back that figure's first paint by as long again.
 */
export async function figureToImage(bundle: MimeBundle): Promise<string> {
  // The static image is made for notebooks from anywhere: strip what an untrusted figure may not load.
  const figure = toFigure(PLOTLY_MIME in bundle ? bundle[PLOTLY_MIME] : bundle, false);
  const width = Number(figure.layout?.width) || 800;
  const height = Number(figure.layout?.height) || 500;
  const api = await plotlyFor(bundleFor(figure.data));
  await idle(2000);
  return api.toImage(figure, { format: 'png', width, height });
}

/** Frees the plotly figures drawn inside `host` (their resize listeners); call before discarding or re-rendering it. */
export function releasePlots(host: HTMLElement): void {
  for (const root of host.querySelectorAll<HTMLElement>('.q-plotly')) {
    released.add(root);
    drawn.get(root)?.api.purge(root);
    drawn.delete(root);
  }
}
