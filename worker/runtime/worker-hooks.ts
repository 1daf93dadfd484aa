/** The browser worker's environment: uncaught-error events and the numeric and SQL API loader. */
import wasmAsset from '../numeric/build/core.wasm?url';
import type { KernelApiDeps } from './kernel-api.ts';
import { addNumericGlobals } from './numeric-globals.ts';
import { addSqlGlobals } from './sql-globals.ts';

/** Hooks for a dedicated Web Worker. */
export function workerHooks(): KernelApiDeps {
  return {
    async loadGlobals(session, options) {
      const url = options.wasmUrl ?? wasmAsset;
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      // Bytes rather than instantiateStreaming: a server that sends another MIME type still works.
      await addNumericGlobals(session, await response.arrayBuffer());
      addSqlGlobals(session);
    },
    onUncaught(report) {
      self.addEventListener('error', (event) => {
        event.preventDefault();
        report(event.error ?? new Error(event.message));
      });
      self.addEventListener('unhandledrejection', (event) => {
        event.preventDefault();
        report(event.reason);
      });
    },
  };
}
