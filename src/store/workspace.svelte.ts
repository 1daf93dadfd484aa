/** The workspace: the list of stored notebooks and the notebooks open (with kernels) in this tab. */
import { createNotebook, createCell, insertCell, quireKernelMetadata, withKernelMetadata } from '../model/operations.ts';
import { fromIpynbJson, serializeIpynb, toStoredIpynb } from '../ipynb/index.ts';
import type { KernelClient } from '../kernel/index.ts';
import type { NotebookStorage, NotebookSummary, RemovedNotebook, SeedNotebook, StorageUsage } from '../storage/index.ts';
import type { Notebook } from '../model/types.ts';
import type { NotebookStore } from './notebook-store.svelte.ts';
import { demoSeeds } from './demos.ts';
import { DataFiles } from './data-files.svelte.ts';
import { createImporter, defaultImportWorker, type Importer } from './import-client.ts';
import type { ImportFile, UploadResult } from './import-protocol.ts';
import { messageOf } from './error-message.ts';

export type { NotebookSummary, StorageUsage } from '../storage/index.ts';
export type { UploadResult } from './import-protocol.ts';

/** What the workspace is built from (wired in main.ts). */
export interface WorkspaceDeps {
  storage: NotebookStorage;
  createKernel(): KernelClient;
  /** Makes the import worker; the app's by default where workers exist, null to import in the page. */
  createImportWorker?: (() => Worker) | null;
}

/** A file to upload: a picked or dropped File, or bytes fetched or read elsewhere. */
export type UploadFile = File | { name: string; bytes: Uint8Array };

/** The upload in progress: the file being imported now, as the n-th of `count`. */
export interface UploadProgress {
  file: string;
  index: number;
  count: number;
}

/** A backup older than this (with edits since) earns a reminder. */
const BACKUP_REMINDER_MS = 7 * 24 * 3600 * 1000;

/** File list plus open notebooks; components call its methods, never storage directly. */
export class Workspace {
  notebooks = $state.raw<readonly NotebookSummary[]>([]);
  /** Notebooks open in this tab, each with its own kernel, by id. */
  sessions = $state.raw<ReadonlyMap<string, NotebookStore>>(new Map());
  /** The notebook shown now (null on the file list). */
  open = $state.raw<NotebookStore | null>(null);
  error = $state<string | null>(null);
  loaded = $state(false);
  usage = $state.raw<StorageUsage | null>(null);
  lastBackup = $state<number | null>(null);
  /** The last deleted notebook, for Undo. */
  lastRemoved = $state.raw<RemovedNotebook | null>(null);
  /** The file an upload is importing now, or null. */
  importing = $state.raw<UploadProgress | null>(null);
  /** The data files beside the notebooks. */
  readonly files: DataFiles;
  readonly #deps: WorkspaceDeps;
  readonly #importer: Importer;
  readonly #opening = new Set<string>();
  /** Settles once the demos of a first start are stored (failures are shown as `error`). */
  #seeding: Promise<void> = Promise.resolve();

  constructor(deps: WorkspaceDeps) {
    this.#deps = deps;
    this.files = new DataFiles(deps.storage);
    this.#importer = createImporter(deps.storage, deps.createImportWorker === undefined ? defaultImportWorker() : deps.createImportWorker);
    deps.storage.onChange((change) => void (change.type === 'file' ? this.files.refresh() : this.refresh()));
  }

  /**
   * Loads the list, resolving as soon as it can be shown. An empty store (known at once in a fresh
   * profile, before IndexedDB has opened) lists the demos right away and stores them meanwhile;
   * storage usage, the backup time and the request for persistent storage follow in the background.
   */
  async start(): Promise<void> {
    const storage = this.#deps.storage;
    void storage.requestPersistence();
    if (!storage.probablyNew) {
      const existing = await storage.list();
      if (existing.length > 0) {
        this.notebooks = existing;
        this.loaded = true;
        void this.#loadDetails();
        return;
      }
    }
    const seeds = demoSeeds();
    this.notebooks = seeds.map(seedSummary);
    this.loaded = true;
    this.#seeding = storage.seedIfEmpty(seeds).then(
      () => undefined,
      (error: unknown) => void (this.error = messageOf(error)),
    );
    // The list shown is replaced by the stored one (another tab may have seeded first).
    void this.#seeding.then(() => this.refresh());
  }

  async #loadDetails(): Promise<void> {
    void this.files.refresh();
    try {
      this.usage = await this.#deps.storage.usage();
      this.lastBackup = (await this.#deps.storage.getSetting('lastBackup')) ?? null;
    } catch (error) {
      this.error = messageOf(error);
    }
  }

  /** Reloads the notebook list, storage usage and backup time. */
  async refresh(): Promise<void> {
    await this.#seeding;
    try {
      this.notebooks = await this.#deps.storage.list();
      this.loaded = true;
    } catch (error) {
      this.error = messageOf(error);
      return;
    }
    await this.#loadDetails();
  }

  /**
   * True when the user's own notebooks (made, imported or edited demos — not untouched demos)
   * changed since the last backup and that backup is over a week old; with no backup yet, when
   * the first such notebook is over a week old (not counting from the epoch).
   */
  get backupDue(): boolean {
    const own = this.notebooks.filter((n) => !n.demo || n.demo.edited);
    if (own.length === 0) return false;
    if (this.lastBackup === null) return Date.now() - Math.min(...own.map((n) => (n.demo ? n.modified : n.created))) > BACKUP_REMINDER_MS;
    return Math.max(...own.map((n) => n.modified)) > this.lastBackup && Date.now() - this.lastBackup > BACKUP_REMINDER_MS;
  }

  /** Creates an empty notebook with one code cell and returns its id. */
  async newNotebook(): Promise<string> {
    const notebook = insertCell(createNotebook(quireKernelMetadata('typescript') as Notebook['metadata']), 0, createCell('code'));
    const stored = await this.#deps.storage.create('Untitled.ipynb', toStoredIpynb(notebook));
    await this.refresh();
    return stored.id;
  }

  /** Shows a notebook, starting a session (and kernel) for it unless one is running. */
  async openNotebook(id: string): Promise<void> {
    const running = this.sessions.get(id);
    if (running) {
      this.open = running;
      return;
    }
    // A second call while the first still reads storage must not start a second kernel.
    if (this.#opening.has(id)) return;
    this.#opening.add(id);
    try {
      await this.#openFromStorage(id);
    } finally {
      this.#opening.delete(id);
    }
  }

  async #openFromStorage(id: string): Promise<void> {
    // A demo listed before it was stored can be clicked at once: wait for it.
    await this.#seeding;
    const stored = await this.#deps.storage.get(id);
    if (!stored) {
      this.error = 'That notebook no longer exists.';
      return;
    }
    // Loaded with the first notebook opened: the file list does not need it before its first paint.
    const { NotebookStore } = await import('./notebook-store.svelte.ts');
    const { notebook } = fromIpynbJson(stored.content);
    const session = new NotebookStore({
      id,
      name: stored.name,
      revision: stored.revision,
      notebook,
      storage: this.#deps.storage,
      kernel: this.#deps.createKernel(),
    });
    this.sessions = new Map(this.sessions).set(id, session);
    this.open = session;
  }

  /** Leaves the notebook view; its kernel keeps running, as in Jupyter. */
  showFileList(): void {
    const current = this.open;
    this.open = null;
    if (current) void current.saveNow();
  }

  /** Keeps every open notebook's unsaved changes for the next start, synchronously (the page is going away). */
  keepUnsaved(): void {
    for (const session of this.sessions.values()) session.keepUnsaved();
  }

  /** Saves a notebook and halts its kernel (Close and Halt, or Shutdown in the list). */
  async closeNotebook(id: string): Promise<void> {
    const session = this.sessions.get(id);
    if (!session) return;
    const next = new Map(this.sessions);
    next.delete(id);
    this.sessions = next;
    if (this.open === session) this.open = null;
    await session.close();
    await this.refresh();
  }

  /** Renames a notebook; reports a bad or taken name instead of throwing. */
  async rename(id: string, name: string): Promise<void> {
    const session = this.sessions.get(id);
    await this.#guard(async () => {
      if (session) await session.rename(name);
      else await this.#deps.storage.rename(id, name);
    });
    await this.refresh();
  }

  /** Copies a notebook. */
  async duplicate(id: string): Promise<void> {
    await this.#guard(() => this.#deps.storage.duplicate(id));
    await this.refresh();
  }

  /** Deletes a notebook (halting its kernel); `undoRemove` brings it back. */
  async remove(id: string): Promise<void> {
    if (this.sessions.has(id)) await this.closeNotebook(id);
    await this.#guard(async () => {
      this.lastRemoved = await this.#deps.storage.remove(id);
    });
    await this.refresh();
  }

  /** Restores the last deleted notebook. */
  async undoRemove(): Promise<void> {
    const removed = this.lastRemoved;
    if (!removed) return;
    this.lastRemoved = null;
    await this.#guard(() => this.#deps.storage.restore(removed));
    await this.refresh();
  }

  /**
   * Imports .ipynb files (and percent-format .ts/.js scripts) one by one, off the page's thread where workers exist: each valid one is
   * stored whole, each invalid one named with its reason. The list updates as each one is stored.
   */
  async upload(files: readonly UploadFile[]): Promise<UploadResult[]> {
    const batch: ImportFile[] = files.map((file) => ({ name: file.name, data: file instanceof Blob ? file : new Blob([file.bytes.slice()]) }));
    try {
      return await this.#importer.run(batch, {
        started: (index) => (this.importing = { file: batch[index]?.name ?? '', index, count: batch.length }),
      });
    } finally {
      this.importing = null;
      await this.refresh();
    }
  }

  /** The .ipynb text of a stored notebook (an open one is saved first). */
  async exportNotebook(id: string): Promise<{ name: string; text: string } | undefined> {
    await this.sessions.get(id)?.saveNow();
    const stored = await this.#deps.storage.get(id);
    if (!stored) return undefined;
    return { name: stored.name, text: serializeIpynb(withKernelMetadata(fromIpynbJson(stored.content).notebook)) };
  }

  /** Every notebook and every data file (under files/) in one zip, and the backup time recorded. */
  async exportAll(): Promise<Uint8Array> {
    const files: { name: string; text: string }[] = [];
    for (const summary of this.notebooks) {
      const file = await this.exportNotebook(summary.id);
      if (file) files.push(file);
    }
    const data: { name: string; bytes: Uint8Array }[] = [];
    for (const summary of this.files.list) data.push({ name: summary.name, bytes: new Uint8Array(await (await this.files.read(summary.id)).arrayBuffer()) });
    const { zipNotebooks } = await import('./backup-zip.ts');
    const zip = zipNotebooks(files, data);
    await this.markBackedUp();
    return zip;
  }

  /** Records that the workspace was just backed up. */
  async markBackedUp(): Promise<void> {
    const now = Date.now();
    await this.#deps.storage.setSetting('lastBackup', now);
    this.lastBackup = now;
  }

  /** Notebooks whose name or content matches `query`. */
  search(query: string): Promise<NotebookSummary[]> {
    return this.#deps.storage.search(query);
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

function seedSummary({ content: _content, ...seed }: SeedNotebook): NotebookSummary {
  const now = Date.now();
  return { ...seed, created: now, modified: now, revision: 1 };
}
