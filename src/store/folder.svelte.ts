/**
 * The mounted local folder (File System Access API): lists its .ipynb files; opening one imports a
 * copy into the workspace linked to the file, and every save of that copy in this tab is written
 * back to the file, which counts as a backup. Permission does not survive a reload: the folder
 * then waits for "Reconnect folder" (a click) and writes the copies saved since their last write.
 */
import {
  FOLDER_MOUNT_UNSUPPORTED,
  isFolderMountSupported,
  pickFolder,
  ensurePermission,
  listIpynb,
  readFile,
  writeFile,
  type FolderEntry,
  type FolderHandle,
  type NotebookStorage,
  type StorageChange,
} from '../storage/index.ts';
import type { NotebookSummary, UploadResult } from './workspace.svelte.ts';
import { messageOf } from './error-message.ts';

export { FOLDER_MOUNT_UNSUPPORTED };

/** What the folder can do now. */
export type FolderStatus = 'unsupported' | 'none' | 'reconnect' | 'ready';

/** A workspace notebook imported from a folder file, and when the two were last the same. */
export interface FolderLink {
  file: string;
  synced: number;
}

/** What the folder store is built from (wired in main.ts; faked in tests). */
export interface FolderDeps {
  workspace: {
    upload(files: readonly { name: string; bytes: Uint8Array }[]): Promise<UploadResult[]>;
    exportNotebook(id: string): Promise<{ name: string; text: string } | undefined>;
    markBackedUp(): Promise<void>;
    readonly notebooks: readonly NotebookSummary[];
  };
  storage: Pick<NotebookStorage, 'instanceId' | 'getSetting' | 'setSetting' | 'onChange'>;
  /** Where the links are kept (localStorage in the app). */
  links: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  supported?: boolean;
  pick?: () => Promise<FolderHandle | null>;
}

/** The localStorage key of the notebook-to-file links. */
export const LINKS_KEY = 'quire-folder-links';

/** Svelte context key under which main.ts hands the folder store to the file list. */
export const FOLDER_CONTEXT = Symbol('quire:folder');

/** The mounted folder's state and actions. */
export class FolderStore {
  status = $state<FolderStatus>('none');
  name = $state<string | null>(null);
  entries = $state.raw<readonly FolderEntry[]>([]);
  links = $state.raw<ReadonlyMap<string, FolderLink>>(new Map());
  error = $state<string | null>(null);
  readonly #deps: FolderDeps;
  #handle: FolderHandle | null = null;
  #writing: Promise<void> = Promise.resolve();

  constructor(deps: FolderDeps) {
    this.#deps = deps;
    this.links = readLinks(deps.links);
    deps.storage.onChange((change) => this.#onChange(change));
  }

  /** Restores the folder of the last visit; it needs "Reconnect folder" unless permission is still granted. */
  async start(): Promise<void> {
    if (!(this.#deps.supported ?? isFolderMountSupported())) {
      this.status = 'unsupported';
      return;
    }
    await this.#guard(async () => {
      const handle = (await this.#deps.storage.getSetting('folderHandle')) ?? null;
      if (!handle) return;
      this.#handle = handle;
      this.name = handle.name;
      const state = (await handle.queryPermission?.({ mode: 'readwrite' })) ?? 'granted';
      if (state === 'granted') await this.#ready();
      else this.status = 'reconnect';
    });
  }

  /** Asks the user for a folder (call from a click) and lists it. */
  async mount(): Promise<void> {
    await this.#guard(async () => {
      const handle = await (this.#deps.pick ?? pickFolder)();
      if (!handle) return;
      this.#handle = handle;
      this.name = handle.name;
      this.#saveLinks(new Map());
      await this.#deps.storage.setSetting('folderHandle', handle);
      await this.#ready();
    });
  }

  /** Asks again for permission after a reload (call from a click), then writes what waited. */
  async reconnect(): Promise<void> {
    const handle = this.#handle;
    if (!handle) return;
    await this.#guard(async () => {
      if (!(await ensurePermission(handle))) throw new Error(`Quire was not allowed to use the folder "${handle.name}"`);
      await this.#ready();
    });
  }

  /** Forgets the folder (the files stay; imported copies stay in the workspace, unlinked). */
  async unmount(): Promise<void> {
    await this.#guard(async () => {
      await this.#deps.storage.setSetting('folderHandle', undefined);
      this.#handle = null;
      this.name = null;
      this.entries = [];
      this.#saveLinks(new Map());
      this.status = 'none';
    });
  }

  /** Lists the folder again. */
  async refresh(): Promise<void> {
    const handle = this.#handle;
    if (handle && this.status === 'ready') await this.#guard(async () => void (this.entries = await listIpynb(handle)));
  }

  /**
   * The workspace id of the copy of `file`: the linked copy if the file did not change on disk
   * since, else a fresh import (linked from then on). Undefined (with `error` set) on failure.
   */
  async open(file: string): Promise<string | undefined> {
    const handle = this.#handle;
    if (!handle) return undefined;
    let id: string | undefined;
    await this.#guard(async () => {
      const entry = this.entries.find((e) => e.name === file);
      for (const [linkedId, link] of this.links) {
        const current = link.file === file && this.#deps.workspace.notebooks.some((n) => n.id === linkedId);
        if (current && (!entry || entry.modified <= link.synced)) {
          id = linkedId;
          return;
        }
      }
      const text = await readFile(handle, file);
      const [result] = await this.#deps.workspace.upload([{ name: file, bytes: new TextEncoder().encode(text) }]);
      if (!result?.ok) throw new Error(`Could not open ${file}: ${result?.reason ?? 'nothing was imported'}`);
      id = this.#deps.workspace.notebooks.find((n) => n.name === result.name)?.id;
      if (!id) throw new Error(`${file} was imported but is not in the list`);
      const links = new Map([...this.links].filter(([, link]) => link.file !== file));
      this.#saveLinks(links.set(id, { file, synced: entry?.modified ?? Date.now() }));
    });
    return id;
  }

  /** Resolves when the writes queued so far have finished (tests and the benchmark wait on it). */
  settled(): Promise<void> {
    return this.#writing;
  }

  #onChange(change: StorageChange): void {
    if (!this.links.has(change.id)) return;
    if (change.type === 'removed') {
      const links = new Map(this.links);
      links.delete(change.id);
      this.#saveLinks(links);
    } else if (change.type === 'saved' && change.origin === this.#deps.storage.instanceId) {
      // Only the tab that saved writes the file: every tab hears every save.
      this.#queueWrite(change.id);
    }
  }

  #queueWrite(id: string): void {
    this.#writing = this.#writing.then(() => this.#write(id));
  }

  async #write(id: string): Promise<void> {
    const link = this.links.get(id);
    const handle = this.#handle;
    if (!link || !handle) return;
    await this.#guard(async () => {
      const permitted = this.status === 'ready' && ((await handle.queryPermission?.({ mode: 'readwrite' })) ?? 'granted') === 'granted';
      if (!permitted) {
        this.status = 'reconnect';
        throw new Error(`Reconnect the folder to save ${link.file} back to it`);
      }
      const exported = await this.#deps.workspace.exportNotebook(id);
      if (!exported) return;
      await writeFile(handle, link.file, exported.text);
      this.entries = await listIpynb(handle);
      const modified = this.entries.find((e) => e.name === link.file)?.modified ?? Date.now();
      this.#saveLinks(new Map(this.links).set(id, { file: link.file, synced: modified }));
      await this.#deps.workspace.markBackedUp();
    });
  }

  /** Lists the folder and writes back the linked copies saved while it could not be written. */
  async #ready(): Promise<void> {
    if (!this.#handle) return;
    this.entries = await listIpynb(this.#handle);
    this.status = 'ready';
    for (const [id, link] of this.links) {
      const notebook = this.#deps.workspace.notebooks.find((n) => n.id === id);
      if (notebook && notebook.modified > link.synced) this.#queueWrite(id);
    }
  }

  #saveLinks(links: Map<string, FolderLink>): void {
    this.links = links;
    if (links.size === 0) this.#deps.links.removeItem(LINKS_KEY);
    else this.#deps.links.setItem(LINKS_KEY, JSON.stringify(Object.fromEntries(links)));
  }

  async #guard(work: () => Promise<void>): Promise<void> {
    try {
      this.error = null;
      await work();
    } catch (error) {
      this.error = messageOf(error);
    }
  }
}

function readLinks(store: Pick<Storage, 'getItem'>): Map<string, FolderLink> {
  try {
    const parsed: unknown = JSON.parse(store.getItem(LINKS_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return new Map();
    return new Map(
      Object.entries(parsed as Record<string, unknown>).filter(
        (entry): entry is [string, FolderLink] =>
          typeof (entry[1] as FolderLink | null)?.file === 'string' && typeof (entry[1] as FolderLink | null)?.synced === 'number',
      ),
    );
  } catch {
    return new Map();
  }
}
