/**
 * The one contract between the page (src/kernel) and the kernel worker.
 * Type-only: nothing here exists at run time.
 */
import type { IOutput, IMimeBundle } from '@jupyterlab/nbformat';

/** Kernel lifecycle as the UI shows it. */
export type KernelStatus = 'starting' | 'idle' | 'busy' | 'dead';

/** One cell execution request; `runId` is unique per run, so stale events can be dropped. */
export interface ExecuteRequest {
  cellId: string;
  runId: string;
  source: string;
}

/** How one run ended. */
export type ExecuteStatus = 'ok' | 'error' | 'aborted';

/** Where a run's result came from, kept in the cell's `metadata.quire` so a result can be traced. */
export interface RunProvenance {
  /** Quire's version (package.json). */
  version: string;
  /** The first 16 hex digits of the SHA-256 of the numeric core's WebAssembly. */
  core: string;
  /** When the run started (ISO 8601, UTC). */
  started: string;
  /** How long it ran, in milliseconds. */
  duration_ms: number;
  /** The last `random.seed(…)` of this kernel session, when one was set. */
  seed?: number | number[];
}

/** Everything the worker tells the page, always as a batch (flood protection). */
export type KernelEvent =
  | { type: 'status'; status: KernelStatus }
  | { type: 'execute_input'; runId: string; cellId: string; executionCount: number }
  | { type: 'output'; runId: string; cellId: string; output: IOutput }
  | { type: 'update_display'; runId: string; displayId: string; data: IMimeBundle; metadata: IMimeBundle }
  | { type: 'clear_output'; runId: string; cellId: string; wait: boolean }
  | { type: 'done'; runId: string; cellId: string; status: ExecuteStatus; executionCount: number | null; provenance?: RunProvenance };

/** Receives event batches from the worker (passed through comlink as a proxy). */
export type KernelEventSink = (events: KernelEvent[]) => void;

/** nbformat kernelspec + language_info for the notebook metadata. */
export interface KernelInfo {
  kernelspec: { name: string; display_name: string; language: string };
  language_info: {
    name: string;
    file_extension: string;
    mimetype: string;
    codemirror_mode: string | { name: string; typescript?: boolean };
    version?: string;
  };
}

/** Options the page gives the worker at start. */
export interface KernelInitOptions {
  /**
   * Int32Array-backed flag for cooperative interrupt; only when crossOriginIsolated. The page
   * writes the execution number (1-based, counting every execute of this worker) of the run to stop.
   */
  interruptBuffer?: SharedArrayBuffer;
  /** URL of the compiled WASM numeric core (resolved by the bundler on the page side). */
  wasmUrl?: string;
  /**
   * Name of a BroadcastChannel to send events on instead of the sink: Chromium defers worker
   * messages after a key press until the next frame, BroadcastChannel deliveries it does not.
   */
  eventChannel?: string;
}

/**
 * The page's files area as the kernel reaches it (passed to `init` as a comlink proxy): the page
 * owns IndexedDB and the opened folder; Blobs cross without their bytes being copied.
 */
export interface FileHost {
  /** A file by name; rejects with a message naming the file (and the files there are) when there is none. */
  read(name: string): Promise<Blob>;
  /** Stores `data` under `name`, replacing a file of that name; the file list shows it at once. */
  write(name: string, data: Blob): Promise<void>;
}

/** Completion answer, positions are offsets into the code string. */
export interface CompletionResult {
  matches: string[];
  cursorStart: number;
  cursorEnd: number;
}

/** Inspection answer for the name under the cursor. */
export interface InspectResult {
  name: string;
  signature: string;
  doc: string;
}

/** The API the worker exposes with comlink. */
export interface KernelApi {
  /** Start the session; events arrive through `sink` until shutdown. */
  init(sink: KernelEventSink, options: KernelInitOptions, files?: FileHost): Promise<KernelInfo>;
  /** Run one cell; resolves after its `done` event has been sent. */
  execute(request: ExecuteRequest): Promise<void>;
  /** Completions at `cursor` (offset in `code`) from the live scope. */
  complete(code: string, cursor: number): Promise<CompletionResult>;
  /** Signature and doc of the name at `cursor`, or null. */
  inspect(code: string, cursor: number): Promise<InspectResult | null>;
  /** Stops run number `executionNumber` if it is waiting on a promise (loops watch `interruptBuffer`). */
  interrupt(executionNumber: number): Promise<void>;
  /** Answers at once when the worker is alive and not busy (heartbeat). */
  ping(): Promise<void>;
}
