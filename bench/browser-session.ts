/** Node-side helpers the browser benchmarks share: the probe's marks, full navigations, medians. */
import type { Page } from 'playwright-core';
import type { BenchRow } from './bench-row.ts';
import type { ProbeMarks } from './browser-page-timing.ts';

/** A table row with a short note on how it was measured or why it was not. */
export type NotedRow = BenchRow & { note?: string };

/** The probe's marks once `mark` has been recorded (and painted, for the file list). */
export async function waitForMark(page: Page, mark: keyof ProbeMarks, timeoutMs = 30_000): Promise<ProbeMarks> {
  const handle = await page.waitForFunction(
    (key) => {
      const marks = (globalThis as unknown as { __quireProbe?: Record<string, unknown> }).__quireProbe;
      const value = marks?.[key];
      return typeof value === 'number' && value >= 0 ? marks : null;
    },
    mark,
    { timeout: timeoutMs },
  );
  return (await handle.jsonValue()) as ProbeMarks;
}

/** Loads `url` as a new document (via about:blank, so a hash-only change is not a same-document jump). */
export async function navigate(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
}

/** The q-quantile (nearest rank, rounding down) of `values`. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** The median of `values` (the upper one of an even count). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}
