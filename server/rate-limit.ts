/** Per-client limit on failed token attempts: free tries, then exponential backoff. */

/** Tuning of the failure limiter. */
export interface RateLimitOptions {
  /** Failures allowed back to back; from the last of them on, each failure imposes a wait. */
  freeFailures: number;
  /** Wait after the last free failure; doubles with each further failure. */
  baseDelayMs: number;
  /** Longest wait. */
  maxDelayMs: number;
  /** A client's record is forgotten this long after its last failure. */
  forgetAfterMs: number;
  /** Most clients remembered at once (the oldest is dropped), so floods cannot exhaust memory. */
  maxClients: number;
}

/** Five failures back to back, then waits of 1 s, 2 s, 4 s … up to 5 minutes. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = {
  freeFailures: 5,
  baseDelayMs: 1000,
  maxDelayMs: 5 * 60 * 1000,
  forgetAfterMs: 60 * 60 * 1000,
  maxClients: 10_000,
};

interface ClientRecord {
  failures: number;
  lastFailure: number;
  blockedUntil: number;
}

/** Counts failures per client key and says how long a client must wait. */
export class FailureLimiter {
  readonly #options: RateLimitOptions;
  readonly #now: () => number;
  readonly #clients = new Map<string, ClientRecord>();

  constructor(options: Partial<RateLimitOptions> = {}, now: () => number = Date.now) {
    this.#options = { ...DEFAULT_RATE_LIMIT, ...options };
    this.#now = now;
  }

  /** Milliseconds the client must still wait before its next attempt counts (0 = may try now). */
  retryAfterMs(client: string): number {
    const record = this.#current(client);
    return record ? Math.max(0, record.blockedUntil - this.#now()) : 0;
  }

  /** Records a failed attempt. */
  fail(client: string): void {
    const now = this.#now();
    const record = this.#current(client) ?? { failures: 0, lastFailure: now, blockedUntil: 0 };
    record.failures++;
    record.lastFailure = now;
    const over = record.failures - this.#options.freeFailures;
    if (over >= 0) {
      const delay = Math.min(this.#options.maxDelayMs, this.#options.baseDelayMs * 2 ** Math.min(over, 30));
      record.blockedUntil = now + delay;
    }
    this.#clients.delete(client);
    if (this.#clients.size >= this.#options.maxClients) {
      const oldest = this.#clients.keys().next();
      if (!oldest.done) this.#clients.delete(oldest.value);
    }
    this.#clients.set(client, record);
  }

  /** Forgets a client's failures after it got in. */
  succeed(client: string): void {
    this.#clients.delete(client);
  }

  #current(client: string): ClientRecord | undefined {
    const record = this.#clients.get(client);
    if (record && this.#now() - record.lastFailure > this.#options.forgetAfterMs && this.#now() >= record.blockedUntil) {
      this.#clients.delete(client);
      return undefined;
    }
    return record;
  }
}
