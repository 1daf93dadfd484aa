/** Debounced saving: every change is written within a second of the last edit, never on the typing path. */
import { messageOf } from './error-message.ts';

/** What the UI shows next to the title. */
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

/** How the autosaver reaches storage and reports back. */
export interface AutosaverOptions {
  revision: number;
  save(baseRevision: number): Promise<{ revision: number }>;
  onState(state: SaveState, error: string | null): void;
  /** Storage refused the save because another tab stored a newer revision. */
  onConflict(): void;
  /** Delay after the last change; one second by default. */
  delayMs?: number;
}

/** How long after a failed save (not a conflict) the autosaver tries again by itself. */
const RETRY_MS = 5000;

/** Coalesces changes into one save at a time, always of the latest document. */
export class Autosaver {
  #revision: number;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #dirty = false;
  /** A derived change (a figure's static image) waits for the next save without showing "unsaved". */
  #derived = false;
  #inFlight: Promise<void> | null = null;
  readonly #options: AutosaverOptions;

  constructor(options: AutosaverOptions) {
    this.#options = options;
    this.#revision = options.revision;
  }

  /** The stored revision this document is based on. */
  get revision(): number {
    return this.#revision;
  }

  /** Adopts a revision written elsewhere (a restored checkpoint) with nothing pending. */
  rebase(revision: number): void {
    this.#revision = revision;
    this.#dirty = false;
    this.#derived = false;
    this.#options.onState('saved', null);
  }

  /** Marks the document changed and (re)starts the one-second timer. */
  changed(): void {
    this.#dirty = true;
    this.#options.onState('unsaved', null);
    this.#schedule(this.#options.delayMs ?? 1000);
  }

  /**
   * Records a change that is no edit (derived from what is there): stored with the next save, which
   * `flush` makes even when nothing else changed, but the state stays "saved" and no save is scheduled.
   */
  derivedChanged(): void {
    this.#derived = true;
  }

  #schedule(delayMs: number): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), delayMs);
  }

  /** Saves now if anything changed; resolves when the document is stored (or the save failed). */
  async flush(): Promise<void> {
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    // Changes made while a save runs are saved right after it, with the new revision.
    while (this.#inFlight) await this.#inFlight;
    if (!this.#dirty && !this.#derived) return;
    this.#dirty = false;
    this.#derived = false;
    this.#inFlight = this.#saveOnce();
    try {
      await this.#inFlight;
    } finally {
      this.#inFlight = null;
    }
  }

  async #saveOnce(): Promise<void> {
    this.#options.onState('saving', null);
    try {
      const { revision } = await this.#options.save(this.#revision);
      this.#revision = revision;
      this.#options.onState(this.#dirty ? 'unsaved' : 'saved', null);
    } catch (error) {
      this.#dirty = true;
      const conflict = error instanceof Error && error.name === 'ConflictError';
      if (conflict) this.#options.onConflict();
      // A full disk or a failed transaction may pass: try again later without waiting for an edit.
      else this.#schedule(RETRY_MS);
      this.#options.onState('error', messageOf(error));
    }
  }
}
