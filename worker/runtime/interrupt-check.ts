/** The check that instrumented loops and functions call: cheap enough for every iteration. */
import { InterruptError } from './interrupt-error.ts';

/** The check, armed for one run at a time. */
export interface InterruptCheck {
  check(): void;
  /** Arms the check for execution number `executionCount` (the value the page writes to interrupt it). */
  begin(executionCount: number): void;
  /** Disarms it: code running between cells (timers) is never interrupted. */
  end(): void;
}

const captureStackTrace = (Error as { captureStackTrace?: (target: object, above: Function) => void }).captureStackTrace;

/**
 * Reads the shared flag every 16 calls (an atomic read per call would slow tight loops several
 * times over) and calls `onPulse` every 1024 calls. The flag holds the execution number to stop,
 * so a request that arrives late can never stop the next cell, and no one has to clear it.
 * Once interrupted, every later check throws until `end`, so user code that catches the error
 * cannot keep the loop alive.
 */
export function createInterruptCheck(flag: Int32Array | null, onPulse: () => void): InterruptCheck {
  let ticks = 0;
  let latched = false;
  let target = -1;
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
    if (flag !== null && Atomics.load(flag, 0) === target) interrupt();
    if ((ticks & 1023) === 0) onPulse();
  };
  return {
    check,
    begin(executionCount) {
      latched = false;
      target = executionCount;
    },
    end() {
      latched = false;
      target = -1;
    },
  };
}
