/**
 * One kernel worker as the page sees it: spawned, wrapped with comlink, initialised with an
 * event sink, watched by a heartbeat, and terminated. A restart is simply a new connection.
 */
import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type { FileHost, KernelApi, KernelEvent, KernelInfo, KernelInitOptions } from '../../worker/protocol.ts';

/** Heartbeat settings. */
export interface HeartbeatOptions {
  /** How often the worker is pinged when idle. */
  intervalMs: number;
  /** Silence after which an idle worker counts as dead. */
  idleDeadMs: number;
  /** Silence after which a busy worker counts as dead (instrumented loops pulse every second). */
  busyDeadMs: number;
  /** How long the worker may take to start (load, compile WASM) before it counts as dead. */
  startDeadMs: number;
}

/** What a connection reports to its owner. */
export interface ConnectionHandlers {
  onEvents(events: KernelEvent[]): void;
  onDeath(reason: string): void;
  /** Whether a cell is running (the worker cannot answer pings then). */
  isBusy(): boolean;
}

/**
 * A BroadcastChannel of a fresh name for the worker's events, or null where there is none.
 * Chromium defers message tasks from a worker or a MessagePort after a discrete input event until
 * the next frame is presented, so a result posted that way always missed the frame after Shift+Enter;
 * BroadcastChannel deliveries are not deferred, and the Out can be painted in that first frame.
 */
function openEventChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel !== 'function') return null;
  return new BroadcastChannel(`quire-kernel-events-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);
}

/** A live worker. */
export class Connection {
  readonly api: Remote<KernelApi>;
  /** The interrupt flag shared with the worker, when the page is cross-origin isolated. */
  readonly flag: Int32Array | null;
  readonly ready: Promise<KernelInfo>;
  /** Executes sent to this worker; the n-th is the worker's execution number n. */
  sent = 0;
  readonly #worker: Worker;
  readonly #handlers: ConnectionHandlers;
  readonly #heartbeat: HeartbeatOptions;
  readonly #events: BroadcastChannel | null;
  #timer: ReturnType<typeof setInterval> | null = null;
  #lastSeen = Date.now();
  /** When the unanswered ping was sent, or null when none is outstanding. */
  #pingSentAt: number | null = null;
  #started = false;
  #closed = false;

  constructor(worker: Worker, handlers: ConnectionHandlers, options: { sharedInterrupt: boolean; wasmUrl?: string; heartbeat: HeartbeatOptions; files?: FileHost }) {
    this.#worker = worker;
    this.#handlers = handlers;
    this.#heartbeat = options.heartbeat;
    this.api = wrap<KernelApi>(worker);
    const buffer = options.sharedInterrupt ? new SharedArrayBuffer(4) : undefined;
    this.flag = buffer ? new Int32Array(buffer) : null;
    worker.addEventListener('error', (event) => {
      event.preventDefault?.();
      this.#die(`the kernel worker failed: ${event.message || 'unknown error'}`);
    });
    const sink = (events: KernelEvent[]): void => {
      this.#lastSeen = Date.now();
      if (!this.#closed) handlers.onEvents(events);
    };
    this.#events = openEventChannel();
    if (this.#events) this.#events.onmessage = (event: MessageEvent<KernelEvent[]>) => sink(event.data);
    const init: KernelInitOptions = {
      ...(buffer ? { interruptBuffer: buffer } : {}),
      ...(options.wasmUrl ? { wasmUrl: options.wasmUrl } : {}),
      ...(this.#events ? { eventChannel: this.#events.name } : {}),
    };
    this.ready = options.files ? this.api.init(proxy(sink), init, proxy(options.files)) : this.api.init(proxy(sink), init);
    this.ready.then(
      () => {
        this.#started = true;
        this.#lastSeen = Date.now();
      },
      () => undefined,
    );
    this.ready.catch((error: unknown) => this.#die(`the kernel did not start: ${error instanceof Error ? error.message : String(error)}`));
    this.#timer = setInterval(() => this.#beat(), this.#heartbeat.intervalMs);
  }

  /** True once terminated or dead. */
  get closed(): boolean {
    return this.#closed;
  }

  /** Stops the worker at once (running code included). */
  terminate(): void {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
    this.#events?.close();
    this.api[releaseProxy]();
    this.#worker.terminate();
  }

  /**
   * Silence counts only from an unanswered ping, so a throttled timer in a background tab (one
   * tick a minute) never mistakes its own slowness for a dead worker.
   */
  #beat(): void {
    if (this.#closed) return;
    const now = Date.now();
    if (this.#pingSentAt !== null) {
      const silent = now - Math.max(this.#pingSentAt, this.#lastSeen);
      const busy = this.#handlers.isBusy();
      const limit = !this.#started ? this.#heartbeat.startDeadMs : busy ? this.#heartbeat.busyDeadMs : this.#heartbeat.idleDeadMs;
      if (silent > limit) this.#die('the kernel stopped responding (out of memory?)');
      return;
    }
    // A cell awaiting a promise leaves the worker free to answer; a busy loop sends pulses instead.
    this.#pingSentAt = now;
    void this.api.ping().then(
      () => {
        this.#lastSeen = Date.now();
        this.#pingSentAt = null;
      },
      () => undefined,
    );
  }

  #die(reason: string): void {
    if (this.#closed) return;
    this.terminate();
    this.#handlers.onDeath(reason);
  }
}
