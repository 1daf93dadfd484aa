/** Page-side timing shared by the probe and the tools bundle: the marks they record and a paint-aware clock. */

/** Compressed body bytes (as sent) by kind, with the number of responses counted. */
export interface ResourceBytes {
  js: number;
  css: number;
  wasm: number;
  other: number;
  count: number;
}

/** What the probe saw in this page load, in ms since navigation start (-1: seen, paint pending). */
export interface ProbeMarks {
  fileListAt?: number;
  bytes?: ResourceBytes;
  firstCellAt?: number;
  firstResultAt?: number;
}

/** Calls `done` with performance.now() just after the next frame has been painted. */
export function afterPaint(done: (at: number) => void): void {
  requestAnimationFrame(() => {
    // A message posted from a rAF callback is delivered after that frame's paint.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done(performance.now());
    };
    channel.port2.postMessage(null);
  });
}
