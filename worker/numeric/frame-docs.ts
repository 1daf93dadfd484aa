/** Signatures and one-line docs of dateRange and plot for the kernel's inspect. */

/** Docs keyed by global name or "Class.member". */
export type Docs = Record<string, { signature: string; doc: string }>;

/** One doc entry. */
export const sig = (signature: string, doc: string): { signature: string; doc: string } => ({ signature, doc });

const FUNCTIONS: Docs = {
  dateRange: sig(
    'dateRange(start: string | Date, periods: number, freq = "D"): Date[]',
    'periods UTC dates from start every freq (D, B, h, min, s, W[-MON…], M/ME, MS, Y/YE, YS, with a multiple like "2h"), as pandas date_range.',
  ),
  plot: sig(
    'plot(y) | plot(x, y, options?) | plot([trace, …], layout?) | plot(seriesOrFrame, options?): void',
    'Shows a plotly line figure at once (also mid-cell); traces and layout are plotly.js objects.',
  ),
};

/** Docs of dateRange and plot, keyed by global name. */
export const frameDocs: Docs = { ...FUNCTIONS };
