/** Events the client makes up itself when the worker cannot send them (death, restart, abort). */
import type { KernelEvent } from '../../worker/protocol.ts';

interface RunRef {
  runId: string;
  input: { cellId: string };
}

/** An error output plus `done: error` for a run the worker can no longer finish. */
export function kernelErrorEvents(run: RunRef, ename: string, message: string): KernelEvent[] {
  const { runId } = run;
  const { cellId } = run.input;
  return [
    { type: 'output', runId, cellId, output: { output_type: 'error', ename, evalue: message, traceback: [`${ename}: ${message}`] } },
    { type: 'done', runId, cellId, status: 'error', executionCount: null },
  ];
}

/** `done: aborted` for a run that never ran (stop-on-error, restart, shutdown). */
export function abortedDone(run: RunRef): KernelEvent {
  return { type: 'done', runId: run.runId, cellId: run.input.cellId, status: 'aborted', executionCount: null };
}
