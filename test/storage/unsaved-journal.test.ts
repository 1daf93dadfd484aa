import { afterEach, describe, expect, it } from 'vitest';
import { contentToApply, forgetUnsaved, keepUnsaved, listUnsaved, type JournalStore } from '../../src/storage/unsaved-journal.ts';
import { deleteStorage, openStorage, type NotebookContent, type NotebookStorage } from '../../src/storage/index.ts';
import { notebookWith, scratchName } from './helpers.ts';

/** An in-memory Web Storage that throws like a full localStorage past `quota` characters. */
function memoryStore(quota = Infinity): JournalStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  const used = (): number => [...items].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    items,
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem(k, v) {
      const before = items.get(k);
      items.set(k, v);
      if (used() > quota) {
        if (before === undefined) items.delete(k);
        else items.set(k, before);
        throw new DOMException('full', 'QuotaExceededError');
      }
    },
    removeItem: (k) => void items.delete(k),
  };
}

function notebook(source: string, output: string): NotebookContent {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      { id: 'a', cell_type: 'code', metadata: {}, source, execution_count: 3, outputs: [{ output_type: 'stream', name: 'stdout', text: output }] },
      { id: 'b', cell_type: 'markdown', metadata: {}, source: '# title' },
    ],
  };
}

describe('unsaved journal', () => {
  it('keeps content synchronously and lists it back per database', () => {
    const store = memoryStore();
    const content = notebook('1 + 1', 'x');
    expect(keepUnsaved(store, 'quire', 'n1', content, 4)).toBe(true);
    expect(keepUnsaved(store, 'other', 'n2', content, 1)).toBe(true);
    expect(listUnsaved(store, 'quire')).toEqual([{ id: 'n1', baseRevision: 4, content, outputsDropped: false }]);
    forgetUnsaved(store, 'quire', 'n1');
    expect(listUnsaved(store, 'quire')).toEqual([]);
    expect(listUnsaved(store, 'other')).toHaveLength(1);
  });

  it('leaves outputs out when the whole notebook does not fit, and puts the stored ones back', () => {
    const big = notebook('typed just now', 'o'.repeat(5000));
    const store = memoryStore(2000);
    expect(keepUnsaved(store, 'quire', 'n1', big, 7)).toBe(true);
    const [entry] = listUnsaved(store, 'quire');
    expect(entry?.outputsDropped).toBe(true);
    const stored = notebook('older text', 'stored output');
    const applied = contentToApply(entry!, stored);
    expect(applied.cells).toEqual([
      { id: 'a', cell_type: 'code', metadata: {}, source: 'typed just now', execution_count: 3, outputs: [{ output_type: 'stream', name: 'stdout', text: 'stored output' }] },
      { id: 'b', cell_type: 'markdown', metadata: {}, source: '# title' },
    ]);
  });

  it('gives a code cell that is new since the stored revision no outputs', () => {
    const store = memoryStore(300);
    const content: NotebookContent = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{ id: 'new', cell_type: 'code', metadata: {}, source: 'x', execution_count: 1, outputs: [{ output_type: 'stream', name: 'stdout', text: 'y'.repeat(400) }] }] };
    expect(keepUnsaved(store, 'quire', 'n1', content, 1)).toBe(true);
    const applied = contentToApply(listUnsaved(store, 'quire')[0]!, notebook('s', 'o'));
    expect(applied.cells).toEqual([{ id: 'new', cell_type: 'code', metadata: {}, source: 'x', execution_count: null, outputs: [] }]);
  });

  it('returns false when nothing fits or there is no storage, and drops unreadable entries', () => {
    expect(keepUnsaved(memoryStore(10), 'quire', 'n1', notebook('a', 'b'), 1)).toBe(false);
    expect(keepUnsaved(null, 'quire', 'n1', notebook('a', 'b'), 1)).toBe(false);
    const store = memoryStore();
    store.setItem('quire-unsaved:quire:bad', '{not json');
    store.setItem('quire-unsaved:quire:shape', '{"id":1}');
    expect(listUnsaved(store, 'quire')).toEqual([]);
    expect(store.items.size).toBe(0);
  });
});

describe('a page going away and the next start', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function open(name: string, journal: JournalStore): Promise<NotebookStorage> {
    const storage = await openStorage({ name, hints: null, journal });
    cleanups.push(async () => storage.close());
    return storage;
  }

  it('stores the kept content at the next start when nothing was saved since, as the next revision', async () => {
    const name = scratchName();
    cleanups.push(() => deleteStorage(name));
    const journal = memoryStore();
    const leaving = await open(name, journal);
    const created = await leaving.create('Typed.ipynb', notebookWith('old'));
    expect(leaving.keepUnsaved(created.id, notebookWith('typed a moment before the reload'), created.revision)).toBe(true);
    leaving.close();

    const next = await open(name, journal);
    const stored = await next.get(created.id);
    expect(stored?.content).toEqual(notebookWith('typed a moment before the reload'));
    expect(stored?.revision).toBe(created.revision + 1);
    expect(journal.items.size).toBe(0);
  });

  it('drops kept content whose notebook was saved after it (the later save wins)', async () => {
    const name = scratchName();
    cleanups.push(() => deleteStorage(name));
    const journal = memoryStore();
    const leaving = await open(name, journal);
    const created = await leaving.create('Saved.ipynb', notebookWith('old'));
    leaving.keepUnsaved(created.id, notebookWith('kept'), created.revision);
    // A save that did complete forgets the entry; one from another tab moves the revision on.
    const other = await open(name, memoryStore());
    await other.save(created.id, notebookWith('saved in another tab'), created.revision);
    leaving.close();

    const next = await open(name, journal);
    expect((await next.get(created.id))?.content).toEqual(notebookWith('saved in another tab'));
    expect(journal.items.size).toBe(0);
  });

  it('forgets the kept content once a save of the same notebook succeeds', async () => {
    const name = scratchName();
    cleanups.push(() => deleteStorage(name));
    const journal = memoryStore();
    const storage = await open(name, journal);
    const created = await storage.create('Back.ipynb', notebookWith('old'));
    storage.keepUnsaved(created.id, notebookWith('kept'), created.revision);
    expect(journal.items.size).toBe(1);
    await storage.save(created.id, notebookWith('kept'), created.revision);
    expect(journal.items.size).toBe(0);
  });
});
