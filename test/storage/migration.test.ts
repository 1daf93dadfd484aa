import { afterEach, describe, expect, it } from 'vitest';
import { deleteStorage, openStorage, StorageError, type NotebookStorage } from '../../src/storage/index.ts';
import { fixture, notebookWith, scratchName } from './helpers.ts';

/** Writes a version-1 database with the plain IndexedDB API, as the first release of Quire did. */
function writeVersion1(name: string, records: readonly object[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('notebooks', { keyPath: 'id' });
      for (const record of records) store.put(record);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

/** The raw database's version and store names, read without the storage layer. */
function inspect(name: string): Promise<{ version: number; stores: string[] }> {
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

async function open(name: string): Promise<NotebookStorage> {
  const storage = await openStorage({ name });
  opened.push(storage);
  return storage;
}

afterEach(async () => {
  for (const storage of opened.splice(0)) storage.close();
  for (const name of names.splice(0)) await deleteStorage(name);
});

describe('schema migration v1 → v2', () => {
  it('moves every v1 notebook into the v2 stores, repairing names and counting revisions', async () => {
    const name = scratchName();
    names.push(name);
    const day = 86_400_000;
    await writeVersion1(name, [
      { id: 'r', name: 'Demo.R.ipynb', content: fixture('irkernel__Demo.R.ipynb'), created: 1 * day, modified: 5 * day },
      { id: 'md', name: 'Markdown', content: fixture('notebook-docs__Working_With_Markdown_Cells.ipynb'), created: 2 * day, modified: 3 * day },
      // v1 allowed duplicate and invalid names.
      { id: 'dup', name: 'Demo.R.ipynb', content: fixture('jupyterlab-galata__simple_test.ipynb'), created: 3 * day, modified: 4 * day },
      { id: 'slash', name: 'a/b\u0007', content: notebookWith('slashed'), created: 4 * day, modified: 6 * day },
    ]);

    const storage = await open(name);

    expect(await inspect(name)).toEqual({
      version: 3,
      stores: ['checkpointContents', 'checkpoints', 'contents', 'fileChunks', 'files', 'settings', 'summaries', 'texts'],
    });
    const list = await storage.list();
    expect(list.map(({ id, name: n, created, modified, revision }) => ({ id, name: n, created, modified, revision }))).toEqual([
      { id: 'slash', name: 'a-b-.ipynb', created: 4 * day, modified: 6 * day, revision: 1 },
      { id: 'r', name: 'Demo.R.ipynb', created: 1 * day, modified: 5 * day, revision: 1 },
      { id: 'dup', name: 'Demo.R1.ipynb', created: 3 * day, modified: 4 * day, revision: 1 },
      { id: 'md', name: 'Markdown.ipynb', created: 2 * day, modified: 3 * day, revision: 1 },
    ]);
    expect((await storage.get('r'))?.content).toEqual(fixture('irkernel__Demo.R.ipynb'));
    expect((await storage.get('md'))?.content).toEqual(fixture('notebook-docs__Working_With_Markdown_Cells.ipynb'));
    expect((await storage.get('dup'))?.content).toEqual(fixture('jupyterlab-galata__simple_test.ipynb'));
    const md = list.find((n) => n.id === 'md');
    expect(md?.size).toBeGreaterThan(0.9 * JSON.stringify(fixture('notebook-docs__Working_With_Markdown_Cells.ipynb')).length);

    // The migrated notebooks are fully usable: searchable, saveable, checkpointable.
    expect((await storage.search('slashed')).map((n) => n.id)).toEqual(['slash']);
    expect((await storage.search('markdown')).map((n) => n.id)).toContain('md');
    await storage.save('md', notebookWith('edited'), 1);
    expect((await storage.createCheckpoint('md')).revision).toBe(2);
  });

  it('an empty v1 database and a brand-new one end at the same schema', async () => {
    const old = scratchName();
    const fresh = scratchName();
    names.push(old, fresh);
    await writeVersion1(old, []);
    await open(old);
    await open(fresh);
    expect(await inspect(old)).toEqual(await inspect(fresh));
  });

  it('data written at the current version survives reopening (no migration runs twice)', async () => {
    const name = scratchName();
    names.push(name);
    const first = await open(name);
    const nb = await first.create('Kept', notebookWith('kept'));
    first.close();
    const second = await open(name);
    expect((await second.get(nb.id))?.content).toEqual(notebookWith('kept'));
  });

  it('steps aside when a newer version opens in another tab, and says why', async () => {
    const name = scratchName();
    names.push(name);
    const storage = await open(name);
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 4);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const attempt = storage.list();
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toThrow(/updated in another tab/);
  });

  it('lets go when another tab deletes the database, and says so', async () => {
    const name = scratchName();
    const storage = await open(name);
    await deleteStorage(name);
    await expect(storage.list()).rejects.toThrow(/deleted in another tab/);
  });
});
