/** `openStorage`: notebooks, checkpoints, settings and data files in IndexedDB, with change notifications to every tab. */
import { deleteDB, openDB, type IDBPDatabase } from 'idb';
import { SCHEMA_VERSION, type QuireDB, type SummaryRecord } from './schema.ts';
import { upgrade } from './migrations.ts';
import { inOrder, notebookStores, transact } from './transactions.ts';
import { nextModified, takenNames, toSummary, writeNotebook } from './records.ts';
import { ConflictError, InvalidNameError, NotFoundError, StorageError, toStorageError } from './errors.ts';
import { copyBase, nameKey, normalizeName, uniqueName } from './names.ts';
import { estimateJsonSize } from './content-size.ts';
import { matchesAll, queryWords } from './search-text.ts';
import { ChangeChannel } from './change-channel.ts';
import { browserEstimate, requestBrowserPersistence } from './browser-quota.ts';
import { createCheckpoint, listCheckpoints, putCheckpoints, restoreCheckpoint, takeCheckpoints } from './checkpoints.ts';
import { newId } from './ids.ts';
import { createFileStore } from './file-storage.ts';
import { pageLocalStorage, neverOpened, rememberOpened, type HintStore } from './visit-hint.ts';
import { contentToApply, forgetUnsaved, keepUnsaved, listUnsaved, type JournalStore } from './unsaved-journal.ts';
import type {
  Checkpoint,
  CreateOptions,
  DemoInfo,
  FileStore,
  NotebookContent,
  NotebookStorage,
  NotebookSummary,
  RemovedNotebook,
  SaveOptions,
  SaveResult,
  SeedNotebook,
  StorageChange,
  StorageSettings,
  StorageUsage,
  StoredNotebook,
} from './types.ts';

/** The database name the app uses. */
export const DEFAULT_DATABASE = 'quire';

/** How `openStorage` is set up; the defaults are the app's. */
export interface OpenStorageOptions {
  /** The IndexedDB database name. */
  name?: string;
  /** Where the "opened before" hint is kept: localStorage by default, null for none. */
  hints?: HintStore | null;
  /** Where a leaving page keeps its unsaved notebooks: localStorage by default, null for nowhere. */
  journal?: JournalStore | null;
}

/**
 * Starts opening (creating or migrating) the notebook database and resolves without waiting for
 * it, so a fresh profile can show its file list meanwhile; a failure to open rejects the first
 * call that needs the database, with the reason.
 */
export async function openStorage(options: OpenStorageOptions = {}): Promise<NotebookStorage> {
  const storage = new IdbNotebookStorage(
    options.name ?? DEFAULT_DATABASE,
    options.hints === undefined ? pageLocalStorage() : options.hints,
    options.journal === undefined ? pageLocalStorage() : options.journal,
  );
  // Opened eagerly; the rejection is handled by each call that awaits the connection.
  storage.connect().catch(() => undefined);
  return storage;
}

/** Deletes a whole database (tests and benchmarks use scratch databases). */
export async function deleteStorage(name: string): Promise<void> {
  await deleteDB(name);
}

/** The summary of a notebook as first stored (created, seeded or duplicated) at `time`. */
function firstRecord(id: string, name: string, time: number, size: number, demo?: DemoInfo): SummaryRecord {
  return { id, name, nameKey: nameKey(name), created: time, modified: time, revision: 1, size, ...(demo ? { demo: { ...demo } } : {}) };
}

/** The summary after a save, stamped `modified`, of new content of `size` bytes: the next revision, and a demo marked edited. */
function savedRecord(record: SummaryRecord, modified: number, size: number): SummaryRecord {
  return {
    ...record,
    revision: record.revision + 1,
    modified,
    size,
    ...(record.demo ? { demo: { ...record.demo, edited: true } } : {}),
  };
}

class IdbNotebookStorage implements NotebookStorage {
  readonly instanceId = newId();
  readonly probablyNew: boolean;
  readonly name: string;
  readonly #hints: HintStore | null;
  readonly #journal: JournalStore | null;
  readonly #channel: ChangeChannel;
  readonly files: FileStore = createFileStore(
    () => this.connect(),
    (id) => this.#publish('file', id),
  );
  /** The open (or opening) connection; shared so concurrent calls open it once. */
  #db: Promise<IDBPDatabase<QuireDB>> | null = null;
  /** Why this instance can no longer reach the database, once it cannot. */
  #closed: string | null = null;

  constructor(name: string, hints: HintStore | null, journal: JournalStore | null) {
    this.name = name;
    this.#hints = hints;
    this.#journal = journal;
    this.probablyNew = neverOpened(hints, name);
    this.#channel = new ChangeChannel(name);
  }

  /** The connection, opened (and migrated) on first use and again after the browser drops it. */
  connect(): Promise<IDBPDatabase<QuireDB>> {
    if (this.#closed) return Promise.reject(new StorageError(this.#closed));
    this.#db ??= this.#open();
    return this.#db;
  }

  async #open(): Promise<IDBPDatabase<QuireDB>> {
    try {
      const db = await openDB<QuireDB>(this.name, SCHEMA_VERSION, {
        upgrade,
        blocking: (_current, blockedVersion, event) => {
          // Another tab upgrades the schema (a newer Quire) or deletes the database: let go of it.
          (event.target as IDBDatabase).close();
          this.#db = null;
          this.#closed =
            blockedVersion === null
              ? 'The notebook database was deleted in another tab — reload this tab'
              : 'Quire was updated in another tab — reload this tab to keep working';
        },
        terminated: () => {
          // The browser dropped the connection (e.g. site data cleared); reopen on next use.
          this.#db = null;
        },
      });
      rememberOpened(this.#hints, this.name);
      await this.#applyUnsaved(db);
      return db;
    } catch (error) {
      this.#db = null;
      throw toStorageError(error, 'open the notebook database');
    }
  }

  /**
   * Stores what a page kept as it went away (see unsaved-journal.ts), before anything reads the
   * database, where the stored revision is still the one it was based on; else a later save won.
   */
  async #applyUnsaved(db: IDBPDatabase<QuireDB>): Promise<void> {
    for (const entry of listUnsaved(this.#journal, this.name)) {
      const applied = await transact(db, notebookStores(), 'readwrite', 'restore the last edits', async (tx) => {
        const [record, stored] = await Promise.all([tx.objectStore('summaries').get(entry.id), tx.objectStore('contents').get(entry.id)]);
        if (!record || !stored || record.revision !== entry.baseRevision) return null;
        const content = contentToApply(entry, stored);
        const next = savedRecord(record, await nextModified(tx), estimateJsonSize(content));
        await writeNotebook(tx, next, content);
        return next.revision;
      }).catch(() => null);
      forgetUnsaved(this.#journal, this.name, entry.id);
      if (applied !== null) this.#publish('saved', entry.id, applied);
    }
  }

  /** Keeps `content` synchronously for the next start (a page going away); see unsaved-journal.ts. */
  keepUnsaved(id: string, content: NotebookContent, baseRevision: number): boolean {
    return keepUnsaved(this.#journal, this.name, id, content, baseRevision);
  }

  async list(): Promise<NotebookSummary[]> {
    const db = await this.connect();
    const records = await transact(db, ['summaries'], 'readonly', 'list notebooks', (tx) =>
      tx.objectStore('summaries').index('by-modified').getAll(),
    );
    return records.reverse().map(toSummary);
  }

  async get(id: string): Promise<StoredNotebook | undefined> {
    const db = await this.connect();
    return transact(db, ['summaries', 'contents'], 'readonly', 'read the notebook', async (tx) => {
      const [record, content] = await Promise.all([tx.objectStore('summaries').get(id), tx.objectStore('contents').get(id)]);
      if (!record) return undefined;
      if (!content) throw new StorageError(`The content of "${record.name}" is missing from browser storage`);
      return { ...toSummary(record), content };
    });
  }

  async create(name: string, content: NotebookContent, options: CreateOptions = {}): Promise<StoredNotebook> {
    const wanted = normalizeName(name);
    const db = await this.connect();
    const stored = await transact(db, notebookStores(), 'readwrite', 'create the notebook', async (tx) => {
      const unique = uniqueName(wanted, await takenNames(tx, wanted));
      const record = firstRecord(newId(), unique, await nextModified(tx), options.size ?? estimateJsonSize(content), options.demo);
      await writeNotebook(tx, record, content);
      return { ...toSummary(record), content };
    });
    this.#publish('created', stored.id, stored.revision);
    return stored;
  }

  async seedIfEmpty(notebooks: readonly SeedNotebook[]): Promise<StoredNotebook[]> {
    const db = await this.connect();
    const stored = await transact(db, notebookStores(), 'readwrite', 'store the demo notebooks', async (tx) => {
      if ((await tx.objectStore('summaries').count()) > 0) return [];
      const now = await nextModified(tx);
      const taken = new Set<string>();
      const written: StoredNotebook[] = [];
      for (const [i, notebook] of notebooks.entries()) {
        const name = uniqueName(normalizeName(notebook.name), taken);
        taken.add(nameKey(name));
        // Later modified times for earlier entries: the list shows them in the order given.
        const modified = now + notebooks.length - 1 - i;
        const record = firstRecord(notebook.id, name, modified, notebook.size, notebook.demo);
        await writeNotebook(tx, record, notebook.content);
        written.push({ ...toSummary(record), content: notebook.content });
      }
      return written;
    });
    for (const notebook of stored) this.#publish('created', notebook.id, notebook.revision);
    return stored;
  }

  async save(id: string, content: NotebookContent, baseRevision: number, options: SaveOptions = {}): Promise<SaveResult> {
    const db = await this.connect();
    const size = options.size ?? estimateJsonSize(content);
    const result = await transact(db, notebookStores(), 'readwrite', 'save the notebook', async (tx) => {
      const record = await tx.objectStore('summaries').get(id);
      if (!record) throw new NotFoundError('This notebook');
      if (record.revision !== baseRevision) throw new ConflictError(id, baseRevision, record.revision);
      const next = savedRecord(record, await nextModified(tx), size);
      await writeNotebook(tx, next, content);
      return { revision: next.revision, modified: next.modified };
    });
    forgetUnsaved(this.#journal, this.name, id);
    this.#publish('saved', id, result.revision);
    return result;
  }

  async rename(id: string, newName: string): Promise<NotebookSummary> {
    const name = normalizeName(newName);
    const db = await this.connect();
    const renamed = await transact(db, ['summaries'], 'readwrite', 'rename the notebook', async (tx) => {
      const store = tx.objectStore('summaries');
      const [record, holder] = await Promise.all([store.get(id), store.index('by-name-key').get(nameKey(name))]);
      if (!record) throw new NotFoundError('This notebook');
      if (holder && holder.id !== id) throw new InvalidNameError(`A notebook named "${holder.name}" already exists`);
      const next: SummaryRecord = { ...record, name, nameKey: nameKey(name) };
      await store.put(next);
      return toSummary(next);
    });
    this.#publish('renamed', id, renamed.revision);
    return renamed;
  }

  async duplicate(id: string): Promise<StoredNotebook> {
    const db = await this.connect();
    const copy = await transact(db, notebookStores(), 'readwrite', 'duplicate the notebook', async (tx) => {
      const [record, content] = await Promise.all([tx.objectStore('summaries').get(id), tx.objectStore('contents').get(id)]);
      if (!record || !content) throw new NotFoundError('This notebook');
      const base = copyBase(record.name);
      const name = uniqueName(base, await takenNames(tx, base), '-Copy');
      const next = firstRecord(newId(), name, await nextModified(tx), record.size);
      await writeNotebook(tx, next, content);
      return { ...toSummary(next), content };
    });
    this.#publish('created', copy.id, copy.revision);
    return copy;
  }

  async remove(id: string): Promise<RemovedNotebook> {
    const db = await this.connect();
    const removed = await transact(db, notebookStores(), 'readwrite', 'delete the notebook', async (tx) => {
      const [record, content] = await Promise.all([tx.objectStore('summaries').get(id), tx.objectStore('contents').get(id)]);
      if (!record || !content) throw new NotFoundError('This notebook');
      const checkpoints = await takeCheckpoints(tx, id);
      await inOrder([
        () => tx.objectStore('summaries').delete(id),
        () => tx.objectStore('contents').delete(id),
        () => tx.objectStore('texts').delete(id),
      ]);
      return { ...toSummary(record), content, checkpoints };
    });
    this.#publish('removed', id);
    return removed;
  }

  async restore(notebook: StoredNotebook | RemovedNotebook): Promise<StoredNotebook> {
    const db = await this.connect();
    const restored = await transact(db, notebookStores(), 'readwrite', 'restore the notebook', async (tx) => {
      if (await tx.objectStore('summaries').get(notebook.id)) throw new StorageError(`"${notebook.name}" is already restored`);
      const name = uniqueName(notebook.name, await takenNames(tx, notebook.name));
      const { id, created, modified, revision, size, demo, content } = notebook;
      const record: SummaryRecord = { id, name, nameKey: nameKey(name), created, modified, revision, size, ...(demo ? { demo } : {}) };
      await writeNotebook(tx, record, content);
      if ('checkpoints' in notebook) await putCheckpoints(tx, notebook.checkpoints);
      return { ...toSummary(record), content };
    });
    this.#publish('created', restored.id, restored.revision);
    return restored;
  }

  async createCheckpoint(id: string): Promise<Checkpoint> {
    return createCheckpoint(await this.connect(), id);
  }

  async listCheckpoints(id: string): Promise<Checkpoint[]> {
    return listCheckpoints(await this.connect(), id);
  }

  async restoreCheckpoint(id: string, checkpointId: string): Promise<StoredNotebook> {
    const restored = await restoreCheckpoint(await this.connect(), id, checkpointId);
    this.#publish('saved', id, restored.revision);
    return restored;
  }

  async search(query: string): Promise<NotebookSummary[]> {
    const words = queryWords(query);
    if (words.length === 0) return this.list();
    const db = await this.connect();
    return transact(db, ['summaries', 'texts'], 'readonly', 'search notebooks', async (tx) => {
      const texts = tx.objectStore('texts');
      const [records, ids, bodies] = await Promise.all([
        tx.objectStore('summaries').index('by-modified').getAll(),
        texts.getAllKeys(),
        texts.getAll(),
      ]);
      const textById = new Map(ids.map((id, i) => [id, bodies[i] ?? '']));
      return records
        .reverse()
        .filter((record) => matchesAll(words, record.name, textById.get(record.id) ?? ''))
        .map(toSummary);
    });
  }

  async usage(): Promise<StorageUsage> {
    const estimate = await browserEstimate();
    if (estimate) return { ...estimate, fromBrowser: true };
    const stored = [...(await this.list()), ...(await this.files.list())];
    return { usage: stored.reduce((sum, item) => sum + item.size, 0), quota: 0, persisted: false, fromBrowser: false };
  }

  requestPersistence(): Promise<boolean> {
    return requestBrowserPersistence();
  }

  async getSetting<K extends keyof StorageSettings>(key: K): Promise<StorageSettings[K] | undefined> {
    const db = await this.connect();
    const value = await transact(db, ['settings'], 'readonly', 'read a setting', (tx) => tx.objectStore('settings').get(key));
    return value as StorageSettings[K] | undefined;
  }

  async setSetting<K extends keyof StorageSettings>(key: K, value: StorageSettings[K] | undefined): Promise<void> {
    const db = await this.connect();
    await transact(db, ['settings'], 'readwrite', 'save a setting', async (tx) => {
      const settings = tx.objectStore('settings');
      await (value === undefined ? settings.delete(key) : settings.put(value, key));
    });
  }

  onChange(listener: (change: StorageChange) => void): () => void {
    return this.#channel.subscribe(listener);
  }

  close(): void {
    this.#closed = 'The notebook database is closed';
    this.#channel.close();
    void this.#db?.then(
      (db) => db.close(),
      () => undefined,
    );
    this.#db = null;
  }

  #publish(type: StorageChange['type'], id: string, revision?: number): void {
    this.#channel.publish({ type, id, origin: this.instanceId, ...(revision === undefined ? {} : { revision }) });
  }
}
