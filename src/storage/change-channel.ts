/** Change notifications: to this instance's listeners directly and to every other tab by BroadcastChannel. */
import type { StorageChange } from './types.ts';

/** The channel every tab of the app shares. */
export const CHANNEL_NAME = 'quire-storage';

interface ChangeMessage {
  database: string;
  change: StorageChange;
}

/** Fans one instance's changes out to all tabs and other tabs' changes in to its listeners. */
export class ChangeChannel {
  readonly #listeners = new Set<(change: StorageChange) => void>();
  readonly #channel: BroadcastChannel | null;
  readonly #database: string;

  constructor(database: string) {
    this.#database = database;
    // Older browsers lack BroadcastChannel: this tab still hears its own changes.
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
    this.#channel?.addEventListener('message', (event: MessageEvent<ChangeMessage>) => {
      // Several databases (tests, benchmarks) may share the channel; hear only ours.
      if (event.data?.database === this.#database) this.#emit(event.data.change);
    });
  }

  /** Tells this instance's listeners and every other tab. */
  publish(change: StorageChange): void {
    this.#emit(change);
    const message: ChangeMessage = { database: this.#database, change };
    this.#channel?.postMessage(message);
  }

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: (change: StorageChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops listening and sending. */
  close(): void {
    this.#listeners.clear();
    this.#channel?.close();
  }

  #emit(change: StorageChange): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(change);
      } catch (error) {
        // One failing listener must not keep the others from hearing about the change.
        console.error(error);
      }
    }
  }
}
