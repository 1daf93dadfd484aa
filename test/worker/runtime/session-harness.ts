/** Runs cells through an in-process `Session` and collects what it sends, for runtime tests. */
import type { IOutput } from '@jupyterlab/nbformat';
import type { ExecuteStatus, KernelEvent } from '../../../worker/protocol.ts';
import { Session, type SessionOptions } from '../../../worker/runtime/session.ts';
import { createEventWaiter } from '../../event-waiter.ts';

/** A session plus helpers; restores the test realm's console on `close`. */
export interface Harness {
  session: Session;
  events: KernelEvent[];
  batches: KernelEvent[][];
  run(source: string, cellId?: string): Promise<{ status: ExecuteStatus; outputs: IOutput[]; events: KernelEvent[] }>;
  /** Resolves once `condition` holds, checked as each batch arrives (output from timers comes later). */
  until(condition: () => boolean): Promise<void>;
  close(): void;
}

let runs = 0;

/** Creates a session over the real global scope (cells must see sloppy-mode globals). */
export function createHarness(options: Partial<SessionOptions> = {}): Harness {
  const realConsole = globalThis.console;
  const events: KernelEvent[] = [];
  const batches: KernelEvent[][] = [];
  const waiter = createEventWaiter();
  const session = new Session({
    sink: (batch) => {
      batches.push(batch);
      events.push(...batch);
      waiter.notify();
    },
    ...options,
  });
  return {
    session,
    events,
    batches,
    async run(source, cellId = 'cell') {
      const from = events.length;
      const status = await session.execute({ cellId, runId: `run-${++runs}`, source });
      const mine = events.slice(from);
      const outputs = mine.flatMap((e) => (e.type === 'output' ? [e.output] : []));
      return { status, outputs, events: mine };
    },
    until: (condition) => waiter.until(condition),
    close() {
      globalThis.console = realConsole;
    },
  };
}

/** The text/plain of the execute_result among `outputs`. */
export function resultText(outputs: readonly IOutput[]): unknown {
  const result = outputs.find((o) => o.output_type === 'execute_result');
  return (result?.data as Record<string, unknown> | undefined)?.['text/plain'];
}

/** All stream text of one stream. */
export function streamText(outputs: readonly IOutput[], name: 'stdout' | 'stderr'): string {
  return outputs
    .filter((o) => o.output_type === 'stream' && o.name === name)
    .map((o) => String(o.text))
    .join('');
}
