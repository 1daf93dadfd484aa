import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ensurePermission,
  isFolderMountSupported,
  listIpynb,
  NotFoundError,
  pickFolder,
  readFile,
  StorageError,
  writeFile,
  type FolderFileHandle,
  type FolderHandle,
  type FolderWritable,
} from '../../src/storage/index.ts';

interface FakeFile {
  text: string;
  modified: number;
}

/** An in-memory folder with the File System Access semantics the module relies on. */
class FakeFolder implements FolderHandle {
  readonly kind = 'directory';
  readonly files = new Map<string, FakeFile>();
  permission: PermissionState = 'granted';
  grantOnRequest: PermissionState = 'granted';
  requests = 0;
  failWrites = false;

  constructor(readonly name: string) {}

  async *values(): AsyncIterable<FolderFileHandle | { kind: 'directory'; name: string }> {
    yield { kind: 'directory', name: 'sub.ipynb' };
    for (const name of this.files.keys()) yield this.#handle(name);
  }

  async getFileHandle(name: string, options?: { create?: boolean }): Promise<FolderFileHandle> {
    if (this.permission !== 'granted') throw new DOMException('denied', 'NotAllowedError');
    if (!this.files.has(name)) {
      if (!options?.create) throw new DOMException(`${name} not found`, 'NotFoundError');
      this.files.set(name, { text: '', modified: 0 });
    }
    return this.#handle(name);
  }

  async queryPermission(): Promise<PermissionState> {
    return this.permission;
  }

  async requestPermission(): Promise<PermissionState> {
    this.requests += 1;
    this.permission = this.grantOnRequest;
    return this.permission;
  }

  #handle(name: string): FolderFileHandle {
    const folder = this;
    return {
      kind: 'file',
      name,
      async getFile() {
        const file = folder.files.get(name);
        if (!file) throw new DOMException(`${name} not found`, 'NotFoundError');
        return new File([file.text], name, { lastModified: file.modified });
      },
      async createWritable(): Promise<FolderWritable> {
        // Like the real API: writes go to a swap buffer and replace the file only on close.
        let swap = '';
        return {
          async write(data: string) {
            if (folder.failWrites) throw new DOMException('disk full', 'QuotaExceededError');
            swap += data;
          },
          async close() {
            folder.files.set(name, { text: swap, modified: 42 });
          },
          async abort() {
            swap = '';
          },
        };
      },
    };
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('folder mount', () => {
  it('is supported only where showDirectoryPicker exists', async () => {
    expect(isFolderMountSupported()).toBe(false);
    await expect(pickFolder()).rejects.toThrow(/File System Access API/);
    const folder = new FakeFolder('notebooks');
    vi.stubGlobal('showDirectoryPicker', async () => folder);
    expect(isFolderMountSupported()).toBe(true);
    expect(await pickFolder()).toBe(folder);
  });

  it('treats a cancelled picker as no folder', async () => {
    vi.stubGlobal('showDirectoryPicker', () => Promise.reject(new DOMException('The user aborted a request.', 'AbortError')));
    expect(await pickFolder()).toBeNull();
  });

  it('lists only .ipynb files, in natural name order, with size and time', async () => {
    const folder = new FakeFolder('work');
    folder.files.set('b10.ipynb', { text: '{}', modified: 3 });
    folder.files.set('notes.txt', { text: 'x', modified: 1 });
    folder.files.set('b2.IPYNB', { text: '{"a":1}', modified: 2 });
    folder.files.set('a.ipynb', { text: '', modified: 1 });
    expect(await listIpynb(folder)).toEqual([
      { name: 'a.ipynb', size: 0, modified: 1 },
      { name: 'b2.IPYNB', size: 7, modified: 2 },
      { name: 'b10.ipynb', size: 2, modified: 3 },
    ]);
  });

  it('lists names that compare equal in natural order the same way whatever order the folder gives', async () => {
    const names = ['a01.ipynb', 'a1.ipynb', 'a001.ipynb'];
    const listed = [];
    for (const order of [names, [...names].reverse()]) {
      const folder = new FakeFolder('work');
      for (const name of order) folder.files.set(name, { text: '', modified: 1 });
      listed.push((await listIpynb(folder)).map((entry) => entry.name));
    }
    expect(listed[0]).toEqual(listed[1]);
  });

  it('writes a new file, overwrites it, and reads it back', async () => {
    const folder = new FakeFolder('work');
    await writeFile(folder, 'Basic Quadratic.ipynb', '{"v":1}');
    await writeFile(folder, 'Basic Quadratic.ipynb', '{"v":2}');
    expect(await readFile(folder, 'Basic Quadratic.ipynb')).toBe('{"v":2}');
  });

  it('keeps the old file when a write fails, with a message about the disk', async () => {
    const folder = new FakeFolder('work');
    await writeFile(folder, 'kept.ipynb', 'old');
    folder.failWrites = true;
    const attempt = writeFile(folder, 'kept.ipynb', 'new');
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toThrow(/disk is full/);
    expect(folder.files.get('kept.ipynb')?.text).toBe('old');
  });

  it('explains a missing file, a lost permission, and a path instead of a name', async () => {
    const folder = new FakeFolder('work');
    await expect(readFile(folder, 'gone.ipynb')).rejects.toBeInstanceOf(NotFoundError);
    await expect(readFile(folder, 'gone.ipynb')).rejects.toThrow(/moved or deleted outside Quire/);
    await expect(readFile(folder, '../escape.ipynb')).rejects.toThrow(/not a file name/);
    folder.permission = 'prompt';
    await expect(writeFile(folder, 'x.ipynb', '{}')).rejects.toThrow(/open the folder again/);
  });

  it('asks for permission only when not already granted, and reports the answer', async () => {
    const folder = new FakeFolder('work');
    expect(await ensurePermission(folder, 'readwrite')).toBe(true);
    expect(folder.requests).toBe(0);
    folder.permission = 'prompt';
    expect(await ensurePermission(folder, 'readwrite')).toBe(true);
    expect(folder.requests).toBe(1);
    folder.permission = 'prompt';
    folder.grantOnRequest = 'denied';
    expect(await ensurePermission(folder, 'read')).toBe(false);
  });
});
