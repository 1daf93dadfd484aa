/** Waiting on events instead of the clock: promises that settle when a condition over received events holds. */

/** A set of pending waits; call `notify` whenever new events arrive. */
export interface EventWaiter {
  notify(): void;
  /** Resolves once `condition` holds (checked now and at each `notify`). */
  until(condition: () => boolean): Promise<void>;
}

/** Creates an empty waiter. */
export function createEventWaiter(): EventWaiter {
  const pending = new Set<() => void>();
  return {
    notify() {
      for (const check of pending) check();
    },
    until(condition) {
      return new Promise((resolve) => {
        const check = () => {
          if (!condition()) return;
          pending.delete(check);
          resolve();
        };
        pending.add(check);
        check();
      });
    },
  };
}

/** How long `vi.waitFor` may poll (its default is one second): the suite runs on a loaded 2-core machine. */
export const PATIENCE = { timeout: 20_000, interval: 5 };
