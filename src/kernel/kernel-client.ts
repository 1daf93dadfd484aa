/**
 * The page's kernel client: a FIFO of runs with Jupyter's stop-on-error, status, interrupt
 * (shared flag first, restart as the fallback), restart, death detection and the history of
 * executed cells for rebuilding lost state. Only this module talks to the worker.
 */
import type { CompletionResult, ExecuteStatus, InspectResult, KernelEvent, KernelInfo, KernelStatus } from '../../worker/protocol.ts';
import { Connection } from './connection.ts';
import type { ExecuteHandle, ExecuteInput, KernelClient, KernelClientOptions, KernelNotice } from './types.ts';
import { abortedDone, kernelErrorEvents } from './synthetic-events.ts';

interface Run {
  input: ExecuteInput;
  runId: string;
  stopOnError: boolean;
  started: boolean;
  /** Its execution number in the worker (what the interrupt flag names); 0 until sent. */
  executionNumber: number;
  done: Promise<ExecuteStatus>;
  resolve(status: ExecuteStatus): void;
}

const DEFAULTS: KernelClientOptions = {
  sharedInterrupt: typeof SharedArrayBuffer === 'function' && globalThis.crossOriginIsolated === true,
  interruptTimeoutMs: 500,
  heartbeat: { intervalMs: 1000, idleDeadMs: 5000, busyDeadMs: 10000, startDeadMs: 30000 },
  introspectTimeoutMs: 1000,
};

/** Creates a client; the first worker starts now, never at import time. */
export function createKernelClient(spawn: () => Worker, options: Partial<KernelClientOptions> = {}): KernelClient {
  return new Client(spawn, { ...DEFAULTS, ...options });
}

class Client implements KernelClient {
  status: KernelStatus = 'starting';
  info: KernelInfo | null = null;
  history: ExecuteInput[] = [];
  readonly #spawn: () => Worker;
  readonly #options: KernelClientOptions;
  readonly #statusListeners = new Set<(status: KernelStatus) => void>();
  readonly #eventListeners = new Set<(events: KernelEvent[]) => void>();
  readonly #noticeListeners = new Set<(notice: KernelNotice) => void>();
  readonly #runIdPrefix = Math.random().toString(36).slice(2, 8);
  #runCounter = 0;
  #queue: Run[] = [];
  #current: Run | null = null;
  #lost: ExecuteInput[] = [];
  #connection: Connection | null = null;
  #shutdown = false;

  constructor(spawn: () => Worker, options: KernelClientOptions) {
    this.#spawn = spawn;
    this.#options = options;
    this.#connect();
  }

  onStatus(fn: (status: KernelStatus) => void): () => void {
    this.#statusListeners.add(fn);
    return () => this.#statusListeners.delete(fn);
  }

  onEvents(fn: (events: KernelEvent[]) => void): () => void {
    this.#eventListeners.add(fn);
    return () => this.#eventListeners.delete(fn);
  }

  onNotice(fn: (notice: KernelNotice) => void): () => void {
    this.#noticeListeners.add(fn);
    return () => this.#noticeListeners.delete(fn);
  }

  execute(input: ExecuteInput, options: { stopOnError?: boolean } = {}): ExecuteHandle {
    const runId = `${this.#runIdPrefix}-${++this.#runCounter}`;
    this.#options.onExecute?.(input);
    let resolve: (status: ExecuteStatus) => void = () => undefined;
    const done = new Promise<ExecuteStatus>((r) => (resolve = r));
    const run: Run = { input: { ...input }, runId, stopOnError: options.stopOnError ?? true, started: false, executionNumber: 0, done, resolve };
    if (this.status === 'dead' && !this.#shutdown) {
      // The kernel died: the user chooses to restart (and maybe rebuild) first.
      this.#abort([run]);
      return { runId, done };
    }
    if (this.#shutdown) {
      // After Kernel ▸ Shutdown the next run starts a fresh kernel, as Jupyter does.
      this.#shutdown = false;
      this.history = [];
      this.#lost = [];
      void this.#connect();
    }
    this.#queue.push(run);
    this.#pump();
    return { runId, done };
  }

  async interrupt(): Promise<'interrupted' | 'restarted'> {
    const run = this.#current;
    const connection = this.#connection;
    if (!run || !connection) return 'interrupted';
    if (connection.flag) Atomics.store(connection.flag, 0, run.executionNumber);
    void connection.api.interrupt(run.executionNumber).catch(() => undefined);
    const stopped = await Promise.race([run.done.then(() => true), delay(this.#options.interruptTimeoutMs).then(() => false)]);
    if (stopped || this.#current !== run) return 'interrupted';
    this.#loseState(
      'restarted-to-interrupt',
      'The cell could not be interrupted in place, so the kernel was restarted and its variables were lost.',
      'KernelRestarted',
    );
    void this.#connect();
    return 'restarted';
  }

  async restart(): Promise<void> {
    this.#connection?.terminate();
    this.#connection = null;
    this.#abortAll();
    this.history = [];
    this.#lost = [];
    this.#shutdown = false;
    await this.#connect();
  }

  rebuild(): (ExecuteHandle & { cellId: string })[] {
    const cells = this.#lost;
    this.#lost = [];
    // The cells ran one after another even when some failed, so a failure must not stop the replay.
    return cells.map((input) => ({ cellId: input.cellId, ...this.execute(input, { stopOnError: false }) }));
  }

  shutdown(): void {
    this.#shutdown = true;
    this.#connection?.terminate();
    this.#connection = null;
    this.#abortAll();
    this.#setStatus('dead');
  }

  async complete(code: string, cursor: number): Promise<CompletionResult> {
    const empty: CompletionResult = { matches: [], cursorStart: cursor, cursorEnd: cursor };
    return this.#ask((api) => api.complete(code, cursor), empty);
  }

  async inspect(code: string, cursor: number): Promise<InspectResult | null> {
    return this.#ask((api) => api.inspect(code, cursor), null);
  }

  async #ask<T>(question: (api: Connection['api']) => Promise<T>, fallback: T): Promise<T> {
    const connection = this.#connection;
    if (!connection || connection.closed) return fallback;
    try {
      await connection.ready;
      return await Promise.race([question(connection.api), delay(this.#options.introspectTimeoutMs).then(() => fallback)]);
    } catch {
      return fallback;
    }
  }

  #connect(): Promise<void> {
    this.#setStatus('starting');
    const connection: Connection = new Connection(
      this.#spawn(),
      {
        onEvents: (events) => {
          if (connection === this.#connection) this.#receive(events);
        },
        onDeath: (reason) => {
          if (connection !== this.#connection) return;
          this.#loseState('died', `The kernel died: ${reason}. Its variables were lost; restart it to go on.`, 'KernelDied');
          this.#setStatus('dead');
        },
        isBusy: () => this.#current !== null,
      },
      {
        sharedInterrupt: this.#options.sharedInterrupt,
        heartbeat: this.#options.heartbeat,
        ...(this.#options.wasmUrl ? { wasmUrl: this.#options.wasmUrl } : {}),
        ...(this.#options.files ? { files: this.#options.files } : {}),
      },
    );
    this.#connection = connection;
    return connection.ready.then(
      (info) => {
        if (connection !== this.#connection) return;
        this.info = info;
        if (this.status === 'starting') this.#setStatus(this.#current ? 'busy' : 'idle');
        this.#pump();
      },
      () => undefined,
    );
  }

  #pump(): void {
    const connection = this.#connection;
    if (this.#current || !connection || this.status === 'starting' || this.status === 'dead') return;
    const run = this.#queue.shift();
    if (!run) return;
    this.#current = run;
    run.executionNumber = ++connection.sent;
    connection.api.execute({ ...run.input, runId: run.runId }).catch((error: unknown) => {
      if (connection !== this.#connection || this.#current !== run) return;
      this.#emit(kernelErrorEvents(run, 'KernelError', `the kernel could not run the cell: ${error instanceof Error ? error.message : String(error)}`));
      this.#finish(run, 'error');
    });
  }

  #receive(events: KernelEvent[]): void {
    const forward: KernelEvent[] = [];
    const finished: [Run, ExecuteStatus][] = [];
    for (const event of events) {
      switch (event.type) {
        case 'status':
          if (this.status !== 'starting' && this.#changeStatus(event.status)) break;
          continue;
        case 'execute_input':
          if (this.#current?.runId === event.runId) {
            this.#current.started = true;
            this.history.push(this.#current.input);
          }
          break;
        case 'done':
          if (this.#current?.runId === event.runId) finished.push([this.#current, event.status]);
          break;
        case 'output':
        case 'update_display':
        case 'clear_output':
          break;
        default: {
          const never: never = event;
          return never;
        }
      }
      forward.push(event);
    }
    if (forward.length > 0) this.#emit(forward);
    for (const [run, status] of finished) this.#finish(run, status);
  }

  #finish(run: Run, status: ExecuteStatus): void {
    if (this.#current === run) this.#current = null;
    run.resolve(status);
    if (status === 'error' && run.stopOnError) this.#abort(this.#queue.splice(0));
    this.#pump();
  }

  /** Ends the running cell with an error, aborts the queue and keeps the history for `rebuild`. */
  #loseState(kind: KernelNotice['kind'], message: string, ename: string): void {
    this.#connection?.terminate();
    this.#connection = null;
    const run = this.#current;
    this.#current = null;
    // The cell that was running is not replayed: it is the one that hung or killed the kernel.
    if (run?.started) this.history.pop();
    this.#lost = [...this.#lost, ...this.history];
    this.history = [];
    if (run) {
      this.#emit(kernelErrorEvents(run, ename, message));
      run.resolve('error');
    }
    this.#abort(this.#queue.splice(0));
    const notice: KernelNotice = { kind, message, cells: this.#lost.length };
    for (const fn of this.#noticeListeners) fn(notice);
  }

  #abortAll(): void {
    const runs = this.#current ? [this.#current, ...this.#queue] : [...this.#queue];
    this.#current = null;
    this.#queue = [];
    this.#abort(runs);
  }

  #abort(runs: Run[]): void {
    if (runs.length === 0) return;
    this.#emit(runs.map((run) => abortedDone(run)));
    for (const run of runs) run.resolve('aborted');
  }

  #setStatus(status: KernelStatus): void {
    if (this.#changeStatus(status)) this.#emit([{ type: 'status', status }]);
  }

  /** Updates the status and tells status listeners; the caller emits the status event. */
  #changeStatus(status: KernelStatus): boolean {
    if (this.status === status) return false;
    this.status = status;
    for (const fn of this.#statusListeners) fn(status);
    return true;
  }

  #emit(events: KernelEvent[]): void {
    for (const fn of this.#eventListeners) fn(events);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
