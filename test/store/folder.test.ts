import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  openStorage,
  deleteStorage,
  type FolderFileHandle,
  type FolderHandle,
  type FolderWritable,
  type NotebookStorage,
  type StorageSettings,
} from '../../src/storage/index.ts';
import { Workspace } from '../../src/store/workspace.svelte.ts';
import { FolderStore, type FolderDeps } from '../../src/store/folder.svelte.ts';

const FIXTURE = 'jupyterlab-galata__simple_test.ipynb';
const fixtureText = readFileSync(`test/fixtures/ipynb/${FIXTURE}`, 'utf8');

/** An in-memory folder with the File System Access calls the store makes. */
class MemoryFolder implements FolderHandle {
  readonly kind = 'directory';
  readonly files = new Map<string, { text: string; modified: number }>();
  permission: PermissionState = 'granted';
  clock = 1000;
  constructor(readonly name: string) {}

  async *values(): AsyncIterable<FolderFileHandle> {
    for (const name of this.files.keys()) yield this.#handle(name);
  }
  async getFileHandle(name: string, options?: { create?: boolean }): Promise<FolderFileHandle> {
    if (this.permission !== 'granted') throw new DOMException('denied', 'NotAllowedError');
    if (!this.files.has(name) && !options?.create) throw new DOMException('missing', 'NotFoundError');
    return this.#handle(name);
  }
  async queryPermission(): Promise<PermissionState> {
    return this.permission;
  }
  async requestPermission(): Promise<PermissionState> {
    this.permission = 'granted';
    return 'granted';
  }
  /** A change made outside Quire. */
  put(name: string, text: string): void {
    this.files.set(name, { text, modified: ++this.clock * 1000 });
  }
  #handle(name: string): FolderFileHandle {
    return {
      kind: 'file',
      name,
      getFile: async () => {
        const file = this.files.get(name);
        if (!file) throw new DOMException('missing', 'NotFoundError');
        return new File([file.text], name, { lastModified: file.modified });
      },
      createWritable: async (): Promise<FolderWritable> => {
        let swap = '';
        return {
          write: async (data: string) => void (swap += data),
          close: async () => void this.files.set(name, { text: swap, modified: Date.now() }),
          abort: async () => undefined,
        };
      },
    };
  }
}

class MemoryLinks {
  readonly items = new Map<string, string>();
  getItem = (key: string): string | null => this.items.get(key) ?? null;
  setItem = (key: string, value: string): void => void this.items.set(key, value);
  removeItem = (key: string): void => void this.items.delete(key);
}

let dbName: string;
let storage: NotebookStorage;
let workspace: Workspace;
let folder: MemoryFolder;
let links: MemoryLinks;
let settings: Map<string, unknown>;

function deps(overrides: Partial<FolderDeps> = {}): FolderDeps {
  return {
    workspace,
    storage: {
      instanceId: storage.instanceId,
      onChange: (listener) => storage.onChange(listener),
      // The fake folder cannot be structured-cloned into IndexedDB: keep settings in memory.
      getSetting: async <K extends keyof StorageSettings>(key: K) => settings.get(key) as StorageSettings[K] | undefined,
      setSetting: async (key, value) => void (value === undefined ? settings.delete(key) : settings.set(key, value)),
    },
    links,
    supported: true,
    pick: async () => folder,
    ...overrides,
  };
}

function cellSources(text: string): string[] {
  return (JSON.parse(text) as { cells: { source: string | string[] }[] }).cells.map((c) => (Array.isArray(c.source) ? c.source.join('') : c.source));
}

async function editAndSave(id: string, via: NotebookStorage = storage): Promise<void> {
  const stored = await via.get(id);
  if (!stored) throw new Error('missing notebook');
  const cells = [...stored.content.cells, { cell_type: 'markdown', id: 'added-cell', metadata: {}, source: 'Added in Quire' }];
  await via.save(id, { ...stored.content, cells }, stored.revision);
  await workspace.refresh();
}

beforeEach(async () => {
  dbName = `folder-store-${randomBytes(4).toString('hex')}`;
  storage = await openStorage({ name: dbName });
  workspace = new Workspace({
    storage,
    createKernel: () => {
      throw new Error('no kernel in this test');
    },
  });
  folder = new MemoryFolder('notes');
  folder.put(FIXTURE, fixtureText);
  folder.put('readme.txt', 'not a notebook');
  links = new MemoryLinks();
  settings = new Map();
});

afterEach(async () => {
  storage.close();
  await deleteStorage(dbName);
});

test('where the API is missing the folder is unsupported', async () => {
  const store = new FolderStore(deps({ supported: false }));
  await store.start();
  expect(store.status).toBe('unsupported');
});

test('open folder lists its notebooks; opening one imports a linked copy; its saves go back to the file and count as a backup', async () => {
  const store = new FolderStore(deps());
  await store.start();
  expect(store.status).toBe('none');
  await store.mount();
  expect(store.status).toBe('ready');
  expect(store.entries.map((e) => e.name)).toEqual([FIXTURE]);

  const id = await store.open(FIXTURE);
  if (!id) throw new Error(store.error ?? 'not opened');
  expect(workspace.notebooks.find((n) => n.id === id)?.name).toBe(FIXTURE);
  expect(workspace.lastBackup).toBeNull();

  await editAndSave(id);
  await store.settled();
  const written = folder.files.get(FIXTURE)?.text ?? '';
  expect(cellSources(written)).toEqual([...cellSources(fixtureText), 'Added in Quire']);
  expect(workspace.lastBackup).not.toBeNull();
  // Opening the file again, unchanged on disk since, shows the same copy.
  expect(await store.open(FIXTURE)).toBe(id);
});

test('a file changed outside Quire opens as a fresh copy, and saves from another tab are left to that tab', async () => {
  const store = new FolderStore(deps());
  await store.mount();
  const first = await store.open(FIXTURE);
  folder.put(FIXTURE, fixtureText.replace('Upload Notebook for Examples', 'Changed outside'));
  await store.refresh();
  const second = await store.open(FIXTURE);
  expect(second).toBeDefined();
  expect(second).not.toBe(first);
  expect(store.links.get(second ?? '')?.file).toBe(FIXTURE);
  expect(store.links.has(first ?? '')).toBe(false);

  const otherTab = await openStorage({ name: dbName });
  const before = folder.files.get(FIXTURE)?.text;
  const heard = new Promise<void>((resolve) => storage.onChange((c) => c.origin === otherTab.instanceId && resolve()));
  await editAndSave(second ?? '', otherTab);
  await heard;
  await store.settled();
  expect(folder.files.get(FIXTURE)?.text).toBe(before);
  otherTab.close();
});

test('after a reload the folder waits for Reconnect; what was saved meanwhile is written then', async () => {
  const first = new FolderStore(deps());
  await first.mount();
  const id = await first.open(FIXTURE);
  if (!id) throw new Error(first.error ?? 'not opened');

  folder.permission = 'prompt';
  const reloaded = new FolderStore(deps());
  await reloaded.start();
  expect(reloaded.status).toBe('reconnect');
  expect(reloaded.name).toBe('notes');
  expect(reloaded.links.get(id)?.file).toBe(FIXTURE);

  await editAndSave(id);
  await first.settled();
  await reloaded.settled();
  expect(folder.files.get(FIXTURE)?.text).toBe(fixtureText);
  expect(reloaded.error).toMatch(/Reconnect the folder/);

  await reloaded.reconnect();
  await reloaded.settled();
  expect(reloaded.status).toBe('ready');
  expect(cellSources(folder.files.get(FIXTURE)?.text ?? '')).toContain('Added in Quire');
});
