/** First start: the "opened before" hint, and seeding an empty database once in one transaction. */
import { afterEach, describe, expect, it } from 'vitest';
import { deleteStorage, openStorage, type HintStore, type NotebookStorage, type SeedNotebook } from '../../src/storage/index.ts';
import { heardCount, notebookWith, scratchName, scratchStorage } from './helpers.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function memoryHints(): HintStore & { keys: Map<string, string> } {
  const keys = new Map<string, string>();
  return { keys, getItem: (key) => keys.get(key) ?? null, setItem: (key, value) => void keys.set(key, value) };
}

async function open(name: string, hints: HintStore | null): Promise<NotebookStorage> {
  const storage = await openStorage({ name, hints });
  cleanups.push(async () => {
    storage.close();
    await deleteStorage(name);
  });
  return storage;
}

const seeds = (): SeedNotebook[] => [
  { id: 'first-id', name: 'First', content: notebookWith('# one'), size: 111, demo: { key: 'one', version: 1, edited: false } },
  { id: 'second-id', name: 'Second.ipynb', content: notebookWith('# two'), size: 222 },
];

describe('probablyNew', () => {
  it('is true before the first open of the database in this browser, false once it has opened', async () => {
    const name = scratchName();
    const hints = memoryHints();
    const first = await open(name, hints);
    expect(first.probablyNew).toBe(true);
    await first.list();
    expect((await open(name, hints)).probablyNew).toBe(false);
  });

  it('is false where no hint can be kept, and when the hint store throws', async () => {
    expect((await open(scratchName(), null)).probablyNew).toBe(false);
    const broken: HintStore = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => undefined,
    };
    const storage = await open(scratchName(), broken);
    expect(storage.probablyNew).toBe(false);
    expect(await storage.list()).toEqual([]);
  });

  it('a database that fails to open leaves no hint, and the failure reaches the first call', async () => {
    const name = scratchName();
    const hints = memoryHints();
    const newer = indexedDB.open(name, 99);
    await new Promise((resolve) => (newer.onsuccess = resolve));
    newer.result.close();
    const storage = await open(name, hints);
    await expect(storage.list()).rejects.toThrow(/Could not open the notebook database/);
    expect(hints.keys.size).toBe(0);
  });
});

describe('seedIfEmpty', () => {
  it('stores every notebook under the id given, the first listed first, and tells every tab', async () => {
    const { storage, reopen, cleanup } = await scratchStorage();
    cleanups.push(cleanup);
    const other = await reopen();
    const heard: string[] = [];
    other.onChange((change) => heard.push(`${change.type} ${change.id}`));
    const stored = await storage.seedIfEmpty(seeds());
    expect(stored.map((n) => [n.id, n.name, n.size, n.revision])).toEqual([
      ['first-id', 'First.ipynb', 111, 1],
      ['second-id', 'Second.ipynb', 222, 1],
    ]);
    expect((await storage.list()).map((n) => n.id)).toEqual(['first-id', 'second-id']);
    expect((await storage.get('first-id'))?.content).toEqual(notebookWith('# one'));
    expect((await storage.get('first-id'))?.demo).toEqual({ key: 'one', version: 1, edited: false });
    expect(await storage.search('two')).toMatchObject([{ id: 'second-id' }]);
    await heardCount(heard, 2);
    expect(heard).toEqual(['created first-id', 'created second-id']);
  });

  it('stores nothing when the database holds a notebook, so two tabs starting at once seed once', async () => {
    const { storage, reopen, cleanup } = await scratchStorage();
    cleanups.push(cleanup);
    const other = await reopen();
    const [a, b] = await Promise.all([storage.seedIfEmpty(seeds()), other.seedIfEmpty(seeds().map((s) => ({ ...s, id: `${s.id}-2` })))]);
    expect([a.length, b.length].sort()).toEqual([0, 2]);
    expect(await storage.list()).toHaveLength(2);
    const kept = await storage.create('Mine', notebookWith());
    await storage.remove('first-id');
    expect(await storage.seedIfEmpty(seeds())).toEqual([]);
    expect((await storage.list()).map((n) => n.id).sort()).toEqual([kept.id, 'second-id'].sort());
  });
});
