/** The data files listed beside the notebooks: their list, uploads with progress, rename, delete with undo, download. */
import type { FileSummary, NotebookStorage } from '../storage/index.ts';
import { messageOf } from './error-message.ts';

/** An upload in progress: the file and how much of it is stored. */
export interface DataUpload {
  name: string;
  stored: number;
  total: number;
}

/** The files area as the file list shows it. */
export class DataFiles {
  list = $state.raw<readonly FileSummary[]>([]);
  /** The file being stored now, or null. */
  uploading = $state.raw<DataUpload | null>(null);
  /** The last deleted file, for Undo. */
  lastRemoved = $state.raw<FileSummary | null>(null);
  error = $state<string | null>(null);
  readonly #storage: NotebookStorage;

  constructor(storage: NotebookStorage) {
    this.#storage = storage;
  }

  /** Reloads the list. */
  async refresh(): Promise<void> {
    await this.#guard(async () => (this.list = await this.#storage.files.list()));
  }

  /** Stores each file chunk by chunk, showing progress; a clash of names gets a numbered name. Returns the stored names. */
  async upload(files: readonly File[]): Promise<string[]> {
    const stored: string[] = [];
    for (const file of files) {
      this.uploading = { name: file.name, stored: 0, total: file.size };
      await this.#guard(async () => {
        const summary = await this.#storage.files.write(file.name, file, {
          progress: (done, total) => (this.uploading = { name: file.name, stored: done, total }),
        });
        stored.push(summary.name);
      });
    }
    this.uploading = null;
    await this.refresh();
    return stored;
  }

  /** The bytes of a file, for Download. */
  read(id: string): Promise<Blob> {
    return this.#storage.files.read(id);
  }

  /** Renames a file; a refused name becomes `error`. */
  async rename(id: string, name: string): Promise<void> {
    await this.#guard(() => this.#storage.files.rename(id, name));
    await this.refresh();
  }

  /** Deletes a file; `undoRemove` brings it back. */
  async remove(id: string): Promise<void> {
    await this.#guard(async () => (this.lastRemoved = await this.#storage.files.remove(id)));
    await this.refresh();
  }

  /** Brings the last deleted file back. */
  async undoRemove(): Promise<void> {
    const removed = this.lastRemoved;
    if (!removed) return;
    this.lastRemoved = null;
    await this.#guard(() => this.#storage.files.restore(removed.id));
    await this.refresh();
  }

  async #guard(work: () => Promise<unknown>): Promise<void> {
    try {
      this.error = null;
      await work();
    } catch (error) {
      this.error = messageOf(error);
    }
  }
}
