/** A tqdm-like progress bar for long reads: one display in the cell's output, updated in place. */

import { JUPYTER_DISPLAY } from '../runtime/mime.ts';

/** Shows a display (`update`: replace the one with `id`); the kernel binds it to the running cell. */
export type ShowProgress = (bundle: Record<string, string>, id: string, update: boolean) => void;

/** Files at least this large show a bar while they are read. */
export const PROGRESS_MIN_BYTES = 8 << 20;

const WIDTH = 30;
let next = 0;

function megabytes(bytes: number): string {
  return (bytes / (1 << 20)).toFixed(1);
}

/** The bar as text (`sales.csv  45%|█████████▌   | 12.3/27.0 MB`) and as an HTML <progress>. */
export function progressBundle(label: string, done: number, total: number): Record<string, string> {
  const fraction = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(fraction * WIDTH);
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  const text = `${label} ${percent}|${'█'.repeat(filled)}${' '.repeat(WIDTH - filled)}| ${megabytes(done)}/${megabytes(total)} MB`;
  const safe = label.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<div><span>${safe}</span> <progress value="${done}" max="${total}"></progress> <span>${percent.trim()} ${megabytes(done)}/${megabytes(total)} MB</span></div>`;
  return { 'text/plain': text, 'text/html': html };
}

/** A progress reporter for reading `total` bytes of `label`: shown only for large files, updated once per percent. */
export function progressReporter(show: ShowProgress | undefined, label: string, total: number): ((done: number) => void) | undefined {
  if (!show || total < PROGRESS_MIN_BYTES) return undefined;
  const id = `quire-progress-${++next}`;
  let lastPercent = -1;
  show(progressBundle(label, 0, total), id, false);
  return (done) => {
    const percent = Math.floor((100 * done) / total);
    if (percent === lastPercent) return;
    lastPercent = percent;
    show(progressBundle(label, done, total), id, true);
  };
}

/** A value whose display is `bundle` (for `display(value, { id })`). */
export function bundleValue(bundle: Record<string, string>): { [JUPYTER_DISPLAY](): Record<string, string> } {
  return { [JUPYTER_DISPLAY]: () => bundle };
}
