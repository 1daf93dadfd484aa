/** The kernel client's public types: what the store and the UI program against. */
import type { CompletionResult, ExecuteStatus, FileHost, InspectResult, KernelEvent, KernelInfo, KernelStatus } from '../../worker/protocol.ts';
import type { HeartbeatOptions } from './connection.ts';

/** A cell to run. */
export interface ExecuteInput {
  cellId: string;
  source: string;
}

/** A queued or running execution. */
export interface ExecuteHandle {
  runId: string;
  done: Promise<ExecuteStatus>;
}

/** Why the kernel's variables were lost, for the UI to offer a rebuild. */
export interface KernelNotice {
  kind: 'restarted-to-interrupt' | 'died';
  message: string;
  /** How many executed cells `rebuild()` would re-run. */
  cells: number;
}

/** Tuning; defaults suit the browser. */
export interface KernelClientOptions {
  /** Interrupt through a SharedArrayBuffer flag (default: the page is cross-origin isolated). */
  sharedInterrupt: boolean;
  /** How long a cooperative interrupt may take before the worker is replaced. */
  interruptTimeoutMs: number;
  heartbeat: HeartbeatOptions;
  /** How long `complete`/`inspect` wait for a busy kernel. */
  introspectTimeoutMs: number;
  wasmUrl?: string;
  /** Called as each run is queued: the page starts loading what its output will need (plotly for a plotting cell). */
  onExecute?: (input: ExecuteInput) => void;
  /** The files area the kernel's readers and writers use by name. */
  files?: FileHost;
}

/** What the UI uses to run code. */
export interface KernelClient {
  /** starting → idle ⇄ busy; dead after a death or shutdown. */
  readonly status: KernelStatus;
  /** kernelspec and language_info for the notebook metadata, once the worker has started. */
  readonly info: KernelInfo | null;
  /** Cells executed since the last start, in order (sources as run). */
  readonly history: readonly ExecuteInput[];
  /** Subscribes to status changes; returns the unsubscribe function. */
  onStatus(fn: (status: KernelStatus) => void): () => void;
  /** Subscribes to event batches (outputs, execute_input, done, status, …) in order. */
  onEvents(fn: (events: KernelEvent[]) => void): () => void;
  /** Subscribes to state-loss notices (interrupt by restart, death). */
  onNotice(fn: (notice: KernelNotice) => void): () => void;
  /** Queues a cell (FIFO); an error aborts the runs queued after it unless `stopOnError` is false. */
  execute(input: ExecuteInput, options?: { stopOnError?: boolean }): ExecuteHandle;
  /** Stops the running cell: in place with the shared flag, else by restarting the worker. */
  interrupt(): Promise<'interrupted' | 'restarted'>;
  /** Fresh worker and state, execution count back to 1; pending runs are aborted. */
  restart(): Promise<void>;
  /** Re-runs the cells whose state was lost (after an interrupt restart or a death), in order. */
  rebuild(): (ExecuteHandle & { cellId: string })[];
  /** Stops the worker; a later `execute` starts a fresh one. */
  shutdown(): void;
  /** Completions at `cursor` from the live scope (empty when the kernel is busy or gone). */
  complete(code: string, cursor: number): Promise<CompletionResult>;
  /** Signature and doc of the name at `cursor`, or null. */
  inspect(code: string, cursor: number): Promise<InspectResult | null>;
}
