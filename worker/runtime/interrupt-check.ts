/** The check that instrumented loops and functions call: cheap enough for every iteration. */
import { InterruptError } from './interrupt-error.ts';

/** The check plus its reset at the start of each run. */
export interface InterruptCheck {
  check(): void;
  /** Clears the latch and the shared flag (a new run starts uninterrupted). */
  reset(): void;
}

const captureStackTrace = (Error as { captureStackTrace?: (target: object, above: Function) => void }).captureStackTrace;

/**
 * Reads the shared flag every 16 calls (an atomic read per call would slow tight loops several
 * times over) and calls `onPulse` every 1024 calls. Once interrupted, every later check throws
 * until `reset`, so user code that catches the error cannot keep the loop alive.
 */
export function createInterruptCheck(flag: Int32Array | null, onPulse: () => void): InterruptCheck {
  let ticks = 0;
  let latched = false;
  const interrupt = (): never => {
    latched = true;
    const error = new InterruptError();
    // V8 only: start the stack at the user's code, not inside this helper.
    captureStackTrace?.(error, check);
    throw error;
  };
  const check = (): void => {
    if (latched) interrupt();
    ticks = (ticks + 1) | 0;
    if ((ticks & 15) !== 0) return;
    if (flag !== null && Atomics.load(flag, 0) !== 0) interrupt();
    if ((ticks & 1023) === 0) onPulse();
  };
  return {
    check,
    reset() {
      latched = false;
      if (flag !== null) Atomics.store(flag, 0, 0);
    },
  };
}
