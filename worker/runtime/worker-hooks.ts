/** The browser worker's environment: uncaught-error events and the numeric API loader. */
import type { KernelApiDeps } from './kernel-api.ts';

/** Hooks for a dedicated Web Worker. */
export function workerHooks(): KernelApiDeps {
  return {
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
