/** The public shapes of the storage layer: what the store and the UI read and write. */
import type { FolderHandle } from './folder.ts';

/** An nbformat 4.5 notebook as a JSON object (what `toStoredIpynb` or `toIpynb` returns), stored as is. */
export interface NotebookContent {
  readonly nbformat: number;
  readonly nbformat_minor: number;
  readonly metadata: object;
  readonly cells: readonly unknown[];
}

/** Marks a notebook seeded from a shipped demo, and whether the user changed it since. */
export interface DemoInfo {
  key: string;
  version: number;
  edited: boolean;
}

/** A notebook without its content: what the file list shows. */
export interface NotebookSummary {
  id: string;
  name: string;
  created: number;
  modified: number;
  revision: number;
  /** Approximate bytes of the JSON content (see `content-size.ts`). */
  size: number;
  demo?: DemoInfo;
}

/** A notebook with its content. */
export interface StoredNotebook extends NotebookSummary {
  content: NotebookContent;
}

/** A saved copy of a notebook to revert to. */
export interface Checkpoint {
  id: string;
  notebookId: string;
  created: number;
  /** The notebook revision the checkpoint copies. */
  revision: number;
  size: number;
}

/** A checkpoint with its content. */
export interface StoredCheckpoint extends Checkpoint {
  content: NotebookContent;
}

/** What `remove` returns: everything `restore` needs to undo the deletion. */
export interface RemovedNotebook extends StoredNotebook {
  checkpoints: StoredCheckpoint[];
}

/** Options for `create` (and what `restore` keeps). */
export interface CreateOptions {
  demo?: DemoInfo;
  /** The content size if the caller already knows it (e.g. the length of an uploaded file). */
  size?: number;
}

/** A notebook to store under an id the caller chose (the demos, listed before they are stored). */
export interface SeedNotebook {
  id: string;
  name: string;
  content: NotebookContent;
  size: number;
  demo?: DemoInfo;
}

/** Options for `save`. */
export interface SaveOptions {
  /** The content size if the caller already knows it; measured approximately otherwise. */
  size?: number;
}

/** What `save` returns. */
export interface SaveResult {
  revision: number;
  modified: number;
}

/** A data file stored beside the notebooks (files area), without its bytes. */
export interface FileSummary {
  id: string;
  name: string;
  /** Bytes. */
  size: number;
  /** MIME type, from the extension first (see file-types.ts). */
  type: string;
  created: number;
  modified: number;
}

/** Options for `FileStore.write`. */
export interface FileWriteOptions {
  /** Replace a file of the same name (the kernel's writes); by default a clash stores the new one as "name1.ext" (uploads). */
  replace?: boolean;
  /** Called after each stored chunk with the bytes stored so far. */
  progress?(stored: number, total: number): void;
}

/** The files area: Blobs stored in chunks, read back as one Blob made of the chunks (no copy). */
export interface FileStore {
  /** Every file, newest modified first; reads no bytes. */
  list(): Promise<FileSummary[]>;
  /** The file named `name` (case-insensitive), or undefined. */
  find(name: string): Promise<FileSummary | undefined>;
  /** The bytes of a file by id, as a Blob of its chunks with the file's type. */
  read(id: string): Promise<Blob>;
  /** Stores `data` under `name`, chunk by chunk (a 500 MB file is never one buffer); the file appears once whole. */
  write(name: string, data: Blob, options?: FileWriteOptions): Promise<FileSummary>;
  /** Renames; throws InvalidNameError for a bad name or one another file has. */
  rename(id: string, newName: string): Promise<FileSummary>;
  /** Moves a file to the trash (unlisted, its name free); `restore` undoes it until the next `remove` or `emptyTrash`. */
  remove(id: string): Promise<FileSummary>;
  /** Brings a removed file back, under a unique version of its name if that was taken since. */
  restore(id: string): Promise<FileSummary>;
  /** Deletes the removed files for good. */
  emptyTrash(): Promise<void>;
}

/** Storage used and available for this origin. */
export interface StorageUsage {
  usage: number;
  quota: number;
  persisted: boolean;
  /** False when the browser gives no estimate: `usage` is then the sum of notebook and file sizes, `quota` 0. */
  fromBrowser: boolean;
}

/** The kinds of write other tabs (and this one) hear about; 'file' is any change to the files area (`id` is the file's). */
export type StorageChangeType = 'created' | 'saved' | 'renamed' | 'removed' | 'file';

/** One write, broadcast to every tab; `origin` is the id of the storage instance that wrote it. */
export interface StorageChange {
  type: StorageChangeType;
  id: string;
  revision?: number;
  origin: string;
}

/** Settings kept next to the notebooks; values are stored by structured clone, as is. */
export interface StorageSettings {
  /** When the workspace was last backed up (a "Download all" or a mounted folder), ms since epoch. */
  lastBackup: number;
  /** The mounted local folder; structured-cloneable, permission must be re-checked after a reload. */
  folderHandle: FolderHandle;
}

/** The notebook database: the only way the app reaches IndexedDB. */
export interface NotebookStorage {
  /** The id of this instance, the `origin` of the changes it makes. */
  readonly instanceId: string;
  /** The IndexedDB database name (a worker opens its own connection by it). */
  readonly name: string;
  /**
   * True when, as a synchronous hint says, this browser never opened the database: it is then
   * empty. Known at once, before the database has opened; false when the hint is unavailable.
   */
  readonly probablyNew: boolean;
  /** The data files stored beside the notebooks. */
  readonly files: FileStore;
  /** Every notebook, newest modified first; reads no content. */
  list(): Promise<NotebookSummary[]>;
  /** One notebook with its content, or undefined. */
  get(id: string): Promise<StoredNotebook | undefined>;
  /** Stores a new notebook under a unique version of `name` ("Untitled1.ipynb", …). */
  create(name: string, content: NotebookContent, options?: CreateOptions): Promise<StoredNotebook>;
  /**
   * Stores `notebooks` in one transaction if the database holds no notebook (so two tabs starting
   * at once seed once), the first listed newest; returns those stored, none when it was not empty.
   */
  seedIfEmpty(notebooks: readonly SeedNotebook[]): Promise<StoredNotebook[]>;
  /**
   * Keeps `content` synchronously (in localStorage) for a page that is going away, where an
   * IndexedDB save would be cut off; the next start stores it if the revision is still `baseRevision`.
   * False when it could not be kept.
   */
  keepUnsaved(id: string, content: NotebookContent, baseRevision: number): boolean;
  /** Replaces the content if the stored revision is still `baseRevision`; throws ConflictError otherwise. */
  save(id: string, content: NotebookContent, baseRevision: number, options?: SaveOptions): Promise<SaveResult>;
  /** Renames (forcing ".ipynb"); throws InvalidNameError for bad or taken names. */
  rename(id: string, newName: string): Promise<NotebookSummary>;
  /** Copies a notebook as "Name-Copy1.ipynb". */
  duplicate(id: string): Promise<StoredNotebook>;
  /** Deletes a notebook and its checkpoints, returning them for undo. */
  remove(id: string): Promise<RemovedNotebook>;
  /** Puts a removed notebook back (under a unique name if its name was taken since). */
  restore(notebook: StoredNotebook | RemovedNotebook): Promise<StoredNotebook>;
  /** Copies the stored content into a checkpoint; keeps the newest five. */
  createCheckpoint(id: string): Promise<Checkpoint>;
  /** The notebook's checkpoints, newest first. */
  listCheckpoints(id: string): Promise<Checkpoint[]>;
  /** Makes a checkpoint the notebook's content, as a new revision. */
  restoreCheckpoint(id: string, checkpointId: string): Promise<StoredNotebook>;
  /** Notebooks whose name or cell sources contain every word of `query`, newest first. */
  search(query: string): Promise<NotebookSummary[]>;
  /** Bytes used and available (navigator.storage when present). */
  usage(): Promise<StorageUsage>;
  /** Asks the browser not to evict the data; true when it agrees. */
  requestPersistence(): Promise<boolean>;
  /** Reads a setting. */
  getSetting<K extends keyof StorageSettings>(key: K): Promise<StorageSettings[K] | undefined>;
  /** Writes a setting (undefined deletes it). */
  setSetting<K extends keyof StorageSettings>(key: K, value: StorageSettings[K] | undefined): Promise<void>;
  /** Calls `listener` for every write in any tab; returns the unsubscribe function. */
  onChange(listener: (change: StorageChange) => void): () => void;
  /** Closes the database and the channel. */
  close(): void;
}
