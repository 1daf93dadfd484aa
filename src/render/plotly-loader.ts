/**
 * Imports plotly.js on demand: the basic bundle (scatter, bar and pie traces, every layout
 * component; a quarter of the full one) when a figure needs no other trace type, else the full
 * bundle. Once the full bundle is loading, every later figure uses it, so a page loads both
 * only when a figure that needs more arrives after the basic one.
 */
/// <reference path="./plotly-basic.d.ts" />
import type PlotlyFull from 'plotly.js-dist-min';

/** The plotly.js API (both bundles expose the same one). */
export type PlotlyApi = typeof PlotlyFull;

/** Which plotly.js bundle a figure needs. */
export type PlotlyBundle = 'basic' | 'full';

// The trace modules of plotly.js-basic-dist-min (its README: bar, pie, scatter).
const BASIC_TRACES: ReadonlySet<string> = new Set(['scatter', 'bar', 'pie']);

/** The smallest bundle that draws every trace of `data` (a trace without `type` is a scatter). */
export function bundleFor(data: readonly unknown[]): PlotlyBundle {
  const basic = data.every((trace) => {
    const type = typeof trace === 'object' && trace !== null ? (trace as { type?: unknown }).type : undefined;
    return type === undefined || (typeof type === 'string' && BASIC_TRACES.has(type));
  });
  return basic ? 'basic' : 'full';
}

const loading: Partial<Record<PlotlyBundle, Promise<PlotlyApi>>> = {};

function importBundle(bundle: PlotlyBundle): Promise<PlotlyApi> {
  switch (bundle) {
    case 'basic':
      return import('plotly.js-basic-dist-min').then((module) => module.default);
    case 'full':
      return import('plotly.js-dist-min').then((module) => module.default);
    default: {
      const unknown: never = bundle;
      throw new Error(`unknown plotly bundle ${String(unknown)}`);
    }
  }
}

function load(bundle: PlotlyBundle): Promise<PlotlyApi> {
  const started = loading[bundle];
  if (started) return started;
  // A failed import (e.g. offline before the bundle was cached) is forgotten, so a later figure retries.
  const promise = importBundle(bundle).catch((error: unknown) => {
    delete loading[bundle];
    throw error;
  });
  loading[bundle] = promise;
  return promise;
}

/** The plotly.js that draws a figure needing `bundle`: the full one whenever it is already loading or loaded. */
export function plotlyFor(bundle: PlotlyBundle): Promise<PlotlyApi> {
  return load(bundle === 'basic' && loading.full === undefined ? 'basic' : 'full');
}

/**
 * Starts importing plotly.js (the basic bundle) when a cell about to run mentions `plot`, so the
 * import overlaps the kernel's run instead of following it. Call it with the source of each cell run.
 */
export function preloadPlotlyFor(source: string): void {
  // A failed preload is no error to show: the figure that needs plotly.js imports it again.
  if (/plot/i.test(source)) plotlyFor('basic').catch(() => undefined);
}
