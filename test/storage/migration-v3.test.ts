import { afterEach, describe, expect, it } from 'vitest';
import { deleteStorage, openStorage, type NotebookStorage } from '../../src/storage/index.ts';
import { notebookWith, scratchName } from './helpers.ts';

/** Writes a version-2 database with the plain IndexedDB API, store for store as Quire 0.2 created it. */
function writeVersion2(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 2);
    request.onupgradeneeded = () => {
      const db = request.result;
      const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
      summaries.createIndex('by-modified', 'modified');
      summaries.createIndex('by-name', 'name');
      summaries.createIndex('by-name-key', 'nameKey', { unique: true });
      const contents = db.createObjectStore('contents');
      const texts = db.createObjectStore('texts');
      db.createObjectStore('checkpoints', { keyPath: 'id' }).createIndex('by-notebook', 'notebookId');
      db.createObjectStore('checkpointContents');
      db.createObjectStore('settings').put(1234, 'lastBackup');
      summaries.put({ id: 'a', name: 'Kept.ipynb', nameKey: 'kept.ipynb', created: 1, modified: 2, revision: 3, size: 10 });
      contents.put(notebookWith('kept at v2'), 'a');
      texts.put('kept at v2', 'a');
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

function storeNames(name: string): Promise<{ version: number; stores: string[] }> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const db = request.result;
      resolve({ version: db.version, stores: Array.from(db.objectStoreNames).sort() });
      db.close();
    };
    request.onerror = () => reject(request.error);
  });
}

const opened: NotebookStorage[] = [];
const names: string[] = [];

afterEach(async () => {
  for (const storage of opened.splice(0)) storage.close();
  for (const name of names.splice(0)) await deleteStorage(name);
});

describe('schema migration v2 → v3 (the files area)', () => {
  it('adds an empty files area and keeps every v2 notebook and setting', async () => {
    const name = scratchName();
    names.push(name);
    await writeVersion2(name);
    const storage = await openStorage({ name, hints: null, journal: null });
    opened.push(storage);

    expect((await storage.list()).map(({ id, name: n, revision }) => ({ id, name: n, revision }))).toEqual([{ id: 'a', name: 'Kept.ipynb', revision: 3 }]);
    expect((await storage.get('a'))?.content).toEqual(notebookWith('kept at v2'));
    expect((await storage.search('kept')).map((n) => n.id)).toEqual(['a']);
    expect(await storage.getSetting('lastBackup')).toBe(1234);
    expect(await storage.files.list()).toEqual([]);
    expect(await storeNames(name)).toEqual({
      version: 3,
      stores: ['checkpointContents', 'checkpoints', 'contents', 'fileChunks', 'files', 'settings', 'summaries', 'texts'],
    });

    const file = await storage.files.write('after.csv', new Blob(['a,b\n1,2\n']));
    expect(await (await storage.files.read(file.id)).text()).toBe('a,b\n1,2\n');
  });
});
