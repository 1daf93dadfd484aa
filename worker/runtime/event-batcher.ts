/**
 * Flood protection between the runtime and the page: events are sent in batches (a quiet
 * write goes at once, a burst waits at most `intervalMs` or `maxEvents` writes), consecutive
 * stream writes merge, one run's stream text is capped with a truncation note, and
 * `clear_output(wait)` waits for the next output as Jupyter's does.
 */
import type { KernelEvent, KernelEventSink } from '../protocol.ts';

/** Tuning knobs; the defaults suit a browser tab. */
export interface BatcherOptions {
  maxEvents: number;
  intervalMs: number;
  /** Characters one run may write to each stream (and one text/plain value may hold). */
  maxOutputChars: number;
  now(): number;
}

const DEFAULTS: BatcherOptions = {
  maxEvents: 1000,
  intervalMs: 16,
  maxOutputChars: 1_000_000,
  now: () => performance.now(),
};

type StreamName = 'stdout' | 'stderr';

/** Text appended once when a run's stream reaches the cap. */
export function truncationNote(limit: number): string {
  return `\n[output truncated: more than ${limit.toLocaleString('en-US')} characters]\n`;
}

/** Collects kernel events and hands them to the sink in batches. */
export class EventBatcher {
  readonly #sink: KernelEventSink;
  readonly #options: BatcherOptions;
  #pending: KernelEvent[] = [];
  #writes = 0;
  #lastFlush = -Infinity;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #capRun = '';
  /** A `clear_output(wait)` held until its run's next output, so updates do not flicker. */
  #heldClear: Extract<KernelEvent, { type: 'clear_output' }> | null = null;
  readonly #written: Record<StreamName, number> = { stdout: 0, stderr: 0 };

  constructor(sink: KernelEventSink, options: Partial<BatcherOptions> = {}) {
    this.#sink = sink;
    this.#options = { ...DEFAULTS, ...options };
  }

  /** Queues any event; text/plain values over the cap are cut. */
  push(event: KernelEvent): void {
    if (this.#enqueue(event)) this.#wrote();
  }

  /**
   * Queues an event that can wait for the next batch (at most `intervalMs`): a run's start and end,
   * so that a quick run reaches the page as one message, and one re-render, instead of two.
   */
  queue(event: KernelEvent): void {
    if (this.#enqueue(event)) this.#timer ??= setTimeout(() => this.flush(), this.#options.intervalMs);
  }

  /** Adds `event` to the pending batch; false when it is held back instead (a waiting clear). */
  #enqueue(event: KernelEvent): boolean {
    if (event.type === 'clear_output' && event.wait) {
      this.#heldClear = event;
      return false;
    }
    if (event.type === 'output') this.#releaseClear(event.runId);
    if (event.type === 'clear_output' && event.runId === this.#capRun) this.#resetCap(event.runId);
    this.#pending.push(event.type === 'output' ? { ...event, output: this.#capBundle(event.output) } : event);
    return true;
  }

  /** Queues stream text, merged into the previous write of the same stream and run. */
  stream(runId: string, cellId: string, name: StreamName, text: string): void {
    this.#releaseClear(runId);
    if (runId !== this.#capRun) this.#resetCap(runId);
    const limit = this.#options.maxOutputChars;
    const used = this.#written[name];
    if (used > limit) return;
    let chunk = text;
    if (used + text.length > limit) chunk = text.slice(0, limit - used) + truncationNote(limit);
    this.#written[name] = used + text.length;
    const last = this.#pending[this.#pending.length - 1];
    if (last?.type === 'output' && last.runId === runId && last.output.output_type === 'stream' && last.output.name === name) {
      last.output.text = `${String(last.output.text)}${chunk}`;
    } else {
      this.#pending.push({ type: 'output', runId, cellId, output: { output_type: 'stream', name, text: chunk } });
    }
    this.#wrote();
  }

  /** Sends everything pending now (used at the end of every run). */
  flush(): void {
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    this.#lastFlush = this.#options.now();
    this.#writes = 0;
    if (this.#pending.length === 0) return;
    const batch = this.#pending;
    this.#pending = [];
    this.#sink(batch);
  }

  #wrote(): void {
    this.#writes++;
    if (this.#writes >= this.#options.maxEvents || this.#options.now() - this.#lastFlush >= this.#options.intervalMs) {
      this.flush();
    } else {
      this.#timer ??= setTimeout(() => this.flush(), this.#options.intervalMs);
    }
  }

  #releaseClear(runId: string): void {
    const held = this.#heldClear;
    if (held?.runId !== runId) return;
    this.#heldClear = null;
    this.push({ ...held, wait: false });
  }

  #resetCap(runId: string): void {
    this.#capRun = runId;
    this.#written.stdout = 0;
    this.#written.stderr = 0;
  }

  #capBundle<T extends { output_type: string; data?: unknown }>(output: T): T {
    const data = output.data as Record<string, unknown> | undefined;
    const text = data?.['text/plain'];
    const limit = this.#options.maxOutputChars;
    if (typeof text !== 'string' || text.length <= limit) return output;
    return { ...output, data: { ...data, 'text/plain': text.slice(0, limit) + truncationNote(limit) } };
  }
}
