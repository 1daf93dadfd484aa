/** The kernel client's public types: what the store and the UI program against. */
import type { CompletionResult, ExecuteStatus, InspectResult, KernelEvent, KernelInfo, KernelStatus } from '../../worker/protocol.ts';
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
}

/** What the UI uses to run code. */
export interface KernelClient {
  readonly status: KernelStatus;
  readonly info: KernelInfo | null;
  /** Cells executed since the last start, in order (sources as run). */
  readonly history: readonly ExecuteInput[];
  onStatus(fn: (status: KernelStatus) => void): () => void;
  onEvents(fn: (events: KernelEvent[]) => void): () => void;
  onNotice(fn: (notice: KernelNotice) => void): () => void;
  execute(input: ExecuteInput, options?: { stopOnError?: boolean }): ExecuteHandle;
  interrupt(): Promise<'interrupted' | 'restarted'>;
  restart(): Promise<void>;
  /** Re-runs the cells whose state was lost (after an interrupt restart or a death), in order. */
  rebuild(): (ExecuteHandle & { cellId: string })[];
  /** Stops the worker; a later `execute` starts a fresh one. */
  shutdown(): void;
  complete(code: string, cursor: number): Promise<CompletionResult>;
  inspect(code: string, cursor: number): Promise<InspectResult | null>;
}
