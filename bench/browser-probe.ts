/**
 * Page-side probe, added as an init script so it runs before the app on every navigation: notes
 * (in ms since navigation start, including the token redirect) when the file list is first usable
 * and painted, with the compressed bytes of what had been fetched by then, and when a notebook's
 * first cell and first result appear. Bundled as an IIFE by browser-bundle.ts.
 */
import { afterPaint, type ProbeMarks, type ResourceBytes } from './browser-page-timing.ts';

const marks: ProbeMarks = {};
(globalThis as unknown as { __quireProbe: ProbeMarks }).__quireProbe = marks;

/** Compressed body bytes (as sent) of the document and every resource finished by `until`, by kind. */
function bytesUntil(until: number): ResourceBytes {
  const sums: ResourceBytes = { js: 0, css: 0, wasm: 0, other: 0, count: 0 };
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
  for (const entry of entries) {
    if (entry.responseEnd > until) continue;
    const path = new URL(entry.name).pathname;
    const kind = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : path.endsWith('.wasm') ? 'wasm' : 'other';
    sums[kind] += entry.encodedBodySize;
    sums.count++;
  }
  return sums;
}

function check(): void {
  if (marks.fileListAt === undefined && document.querySelector('.file-row .file-name') && document.querySelector('.files-actions button.primary')) {
    marks.fileListAt = -1;
    afterPaint((at) => {
      marks.fileListAt = at;
      marks.bytes = bytesUntil(at);
    });
  }
  if (marks.firstCellAt === undefined && document.querySelector('.cell')) marks.firstCellAt = performance.now();
  if (marks.firstResultAt === undefined && document.querySelector('.cell .output[data-output-type="execute_result"]')) {
    marks.firstResultAt = performance.now();
  }
  if (marks.fileListAt !== undefined && marks.firstResultAt !== undefined) observer.disconnect();
}

const observer = new MutationObserver(check);
observer.observe(document, { childList: true, subtree: true });
