/** The workspace: the list of stored notebooks and the one notebook open in this tab. */
import { createNotebook, createCell, insertCell } from '../model/operations.ts';
import { fromIpynb, toIpynb } from '../ipynb/index.ts';
import type { KernelClient } from '../kernel/index.ts';
import type { NotebookStorage, NotebookSummary } from '../storage/index.ts';
import { NotebookStore } from './notebook-store.svelte.ts';

/** What the workspace is built from (wired in main.ts). */
export interface WorkspaceDeps {
  storage: NotebookStorage;
  createKernel(): KernelClient;
}

/** File list plus the open notebook; components call its methods, never storage directly. */
export class Workspace {
  notebooks = $state.raw<readonly NotebookSummary[]>([]);
  open = $state.raw<NotebookStore | null>(null);
  error = $state<string | null>(null);
  loaded = $state(false);
  readonly #deps: WorkspaceDeps;

  constructor(deps: WorkspaceDeps) {
    this.#deps = deps;
    deps.storage.onChange(() => void this.refresh());
  }

  /** Reloads the notebook list from storage. */
  async refresh(): Promise<void> {
    try {
      this.notebooks = await this.#deps.storage.list();
      this.loaded = true;
    } catch (error) {
      this.error = messageOf(error);
    }
  }

  /** Creates an empty notebook with one code cell and returns its id. */
  async newNotebook(): Promise<string> {
    const notebook = insertCell(createNotebook(), 0, createCell('code'));
    const stored = await this.#deps.storage.create('Untitled.ipynb', toIpynb(notebook));
    await this.refresh();
    return stored.id;
  }

  /** Opens a stored notebook with a fresh kernel; closes the one open before. */
  async openNotebook(id: string): Promise<void> {
    if (this.open?.id === id) return;
    await this.closeNotebook();
    const stored = await this.#deps.storage.get(id);
    if (!stored) {
      this.error = 'That notebook no longer exists.';
      return;
    }
    const { notebook } = fromIpynb(JSON.stringify(stored.content));
    this.open = new NotebookStore({
      id,
      name: stored.name,
      revision: stored.revision,
      notebook,
      storage: this.#deps.storage,
      kernel: this.#deps.createKernel(),
    });
  }

  /** Saves and closes the open notebook and halts its kernel. */
  async closeNotebook(): Promise<void> {
    const current = this.open;
    if (!current) return;
    this.open = null;
    await current.close();
    await this.refresh();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
