/**
 * Page-side bench tools, bundled as an IIFE (global `QuireBench`) and evaluated in a page of the
 * app's origin: the storage bench, the kernel client round trip, notebooks written straight into
 * the app's database, and in-page timers for Shift+Enter → result / plot and for autosaves.
 */
import { createKernelClient } from '../src/kernel/index.ts';
import { openStorage, type NotebookContent } from '../src/storage/index.ts';
import { afterPaint } from './browser-page-timing.ts';
import { runStorageBench, syntheticNotebook } from './storage.ts';
import { timeRoundTrips } from './round-trips.ts';

export { runStorageBench };

/** What a run timer waits for after Shift+Enter in a cell. */
export type RunEnd = 'result' | 'plot';

/** One autosave seen from the page. */
export interface SaveSample {
  /** From the autosave timer (one second after the keystroke) to "saved" shown. */
  saveMs: number;
  /** Longest gap between frames from the timer to "saved": how long typing would have been blocked. */
  maxFrameGapMs: number;
}

/** The autosave delay of src/store/autosave.ts (the store uses the default). */
const AUTOSAVE_DELAY_MS = 1000;

const samples: number[] = [];
const saves: SaveSample[] = [];

/** Samples recorded so far by `timeRuns` (ms). */
export function runSamples(): number[] {
  return samples;
}

/** Samples recorded so far by `timeSaves`. */
export function saveSamples(): SaveSample[] {
  return saves;
}

/** Median and p95 (ms) of `runs` kernel round trips of `1+1` through the app's client and worker, after 50 warm-ups. */
export async function kernelRoundTrip(workerUrl: string, runs: number): Promise<{ median: number; p95: number }> {
  const client = createKernelClient(() => new Worker(workerUrl, { type: 'module' }));
  try {
    const times = await timeRoundTrips(client, runs);
    return { median: times[Math.floor(runs / 2)] ?? NaN, p95: times[Math.floor(runs * 0.95)] ?? NaN };
  } finally {
    client.shutdown();
  }
}

/** Stores a notebook of code cells with these sources in the app's database; returns its id. */
export async function storeNotebook(name: string, sources: string[]): Promise<string> {
  return storeContent(name, {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: sources.map((source, i) => ({ id: `c${i}`, cell_type: 'code', metadata: {}, execution_count: null, source, outputs: [] })),
  });
}

/** Stores storage.ts's synthetic notebook of about `bytes` in the app's database; returns its id. */
export async function storeSynthetic(name: string, bytes: number): Promise<string> {
  return storeContent(name, syntheticNotebook(bytes, 0));
}

async function storeContent(name: string, content: NotebookContent): Promise<string> {
  const storage = await openStorage();
  try {
    return (await storage.create(name, content)).id;
  } finally {
    storage.close();
  }
}

/** The marker of a finished run: the result's `Out[n]` prompt text, or the plot element. */
function marker(cell: Element, end: RunEnd): Element | string | null {
  if (end === 'result') return cell.querySelector('.output[data-output-type="execute_result"] .out-prompt')?.textContent ?? null;
  const plot = cell.querySelector('.js-plotly-plot');
  return plot && plot.querySelectorAll('.scatterlayer .trace').length > 0 ? plot : null;
}

/**
 * Times every Shift+Enter (a trusted key press) in the cell at `cellIndex`: from the keydown's
 * timestamp to the DOM showing a new `Out[n]` (`result`), or to the frame that paints a new plot
 * (`plot`). Samples collect in `runSamples()`.
 */
export function timeRuns(cellIndex: number, end: RunEnd): void {
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || !event.shiftKey) return;
      const cell = document.querySelectorAll('.cell')[cellIndex];
      if (!cell) return;
      const start = event.timeStamp;
      const before = marker(cell, end);
      const observer = new MutationObserver(() => {
        const now = marker(cell, end);
        if (now === null || now === before) return;
        observer.disconnect();
        if (end === 'result') samples.push(performance.now() - start);
        else afterPaint((at) => samples.push(at - start));
      });
      observer.observe(cell, { childList: true, subtree: true, characterData: true });
    },
    { capture: true },
  );
}

/**
 * Times the autosave that follows each key press: "saved" shown minus (keystroke + the autosave
 * delay), and the longest frame gap in that span. Samples collect in `saveSamples()`.
 */
export function timeSaves(): void {
  const frames: number[] = [];
  const tick = (at: number): void => {
    frames.push(at);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  let keyAt: number | null = null;
  window.addEventListener('keydown', (event) => void (keyAt = event.timeStamp), { capture: true });
  const state = document.querySelector('.save-state');
  if (!state) throw new Error('no .save-state in the page');
  new MutationObserver(() => {
    if (keyAt === null || state.getAttribute('data-state') !== 'saved') return;
    const timerAt = keyAt + AUTOSAVE_DELAY_MS;
    keyAt = null;
    afterPaint((savedAt) => {
      let maxGap = 0;
      for (let i = 1; i < frames.length; i++) {
        const [a, b] = [frames[i - 1] as number, frames[i] as number];
        if (b >= timerAt && a <= savedAt) maxGap = Math.max(maxGap, b - a);
      }
      saves.push({ saveMs: savedAt - timerAt, maxFrameGapMs: Math.max(maxGap, savedAt - (frames.at(-1) ?? savedAt)) });
    });
  }).observe(state, { attributes: true, attributeFilter: ['data-state'] });
}
