import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConflictError, InvalidNameError, NotFoundError, type NotebookStorage } from '../../src/storage/index.ts';
import { fixture, notebookWith, scratchStorage } from './helpers.ts';

let storage: NotebookStorage;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ storage, cleanup } = await scratchStorage());
});
afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await cleanup();
});

describe('create, get, list', () => {
  it('stores the content object as given and reads it back', async () => {
    const content = fixture('jupytext__text_outputs_and_images.ipynb');
    const created = await storage.create('Images.ipynb', content);
    expect(created).toMatchObject({ name: 'Images.ipynb', revision: 1 });
    const stored = await storage.get(created.id);
    expect(stored?.content).toEqual(fixture('jupytext__text_outputs_and_images.ipynb'));
    expect(stored?.created).toBe(created.created);
  });

  it('returns undefined for an unknown id', async () => {
    expect(await storage.get('nope')).toBeUndefined();
  });

  it('numbers names as Jupyter does: Untitled, Untitled1, Untitled2', async () => {
    const names = [];
    for (let i = 0; i < 3; i++) names.push((await storage.create('Untitled.ipynb', notebookWith())).name);
    expect(names).toEqual(['Untitled.ipynb', 'Untitled1.ipynb', 'Untitled2.ipynb']);
  });

  it('adds the extension and treats names differing only in case as the same', async () => {
    await storage.create('Report', notebookWith());
    const second = await storage.create('REPORT.ipynb', notebookWith());
    expect(second.name).toBe('REPORT1.ipynb');
  });

  it('lists newest modified first, without content', async () => {
    const a = await storage.create('a', notebookWith('x'));
    const b = await storage.create('b', notebookWith('y'));
    await storage.save(a.id, notebookWith('x2'), a.revision);
    const list = await storage.list();
    expect(list.map((n) => n.name)).toEqual(['a.ipynb', 'b.ipynb']);
    expect(list[0]).not.toHaveProperty('content');
    expect(list[0]).not.toHaveProperty('nameKey');
    expect(list.map((n) => n.id)).toEqual([a.id, b.id]);
  });

  it('lists from the summaries store alone, never touching content', async () => {
    await storage.create('big', fixture('deno__integration_test.ts.ipynb'));
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await storage.list();
    expect(transaction.mock.calls.map(([stores]) => [stores].flat())).toEqual([['summaries']]);
  });

  it('keeps the demo marker and sets edited on the first save', async () => {
    const demo = await storage.create('Welcome to Quire', notebookWith('hi'), { demo: { key: 'welcome', version: 1, edited: false } });
    expect(demo.demo).toEqual({ key: 'welcome', version: 1, edited: false });
    await storage.save(demo.id, notebookWith('changed'), demo.revision);
    expect((await storage.get(demo.id))?.demo).toEqual({ key: 'welcome', version: 1, edited: true });
  });
});

describe('save', () => {
  it('bumps the revision and modified time and replaces the content', async () => {
    const nb = await storage.create('n', notebookWith('one'));
    const first = await storage.save(nb.id, notebookWith('two'), 1);
    const second = await storage.save(nb.id, notebookWith('three'), first.revision);
    expect([first.revision, second.revision]).toEqual([2, 3]);
    expect(second.modified).toBeGreaterThan(first.modified);
    const stored = await storage.get(nb.id);
    expect(stored?.content).toEqual(notebookWith('three'));
    expect(stored?.revision).toBe(3);
  });

  it('throws ConflictError when the base revision is stale, leaving the newer work', async () => {
    const nb = await storage.create('n', notebookWith('base'));
    await storage.save(nb.id, notebookWith('tab A'), 1);
    const stale = storage.save(nb.id, notebookWith('tab B'), 1);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ name: 'ConflictError', baseRevision: 1, storedRevision: 2 });
    expect((await storage.get(nb.id))?.content).toEqual(notebookWith('tab A'));
  });

  it('throws NotFoundError for a deleted notebook', async () => {
    const nb = await storage.create('n', notebookWith());
    await storage.remove(nb.id);
    await expect(storage.save(nb.id, notebookWith(), 1)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('records the size the caller passes, or the compact JSON length for plain ASCII content', async () => {
    const content = notebookWith('plain ascii text', 'let x = 1');
    const nb = await storage.create('n', content);
    expect(nb.size).toBe(JSON.stringify(content).length);
    await storage.save(nb.id, content, 1, { size: 12345 });
    expect((await storage.list())[0]?.size).toBe(12345);
  });
});

describe('rename', () => {
  it('forces the extension and keeps unicode and spaces', async () => {
    const nb = await storage.create('Untitled', notebookWith());
    expect((await storage.rename(nb.id, 'Basic Quadratic')).name).toBe('Basic Quadratic.ipynb');
    expect((await storage.rename(nb.id, '  Ünïcode Σ 数据.ipynb ')).name).toBe('Ünïcode Σ 数据.ipynb');
    expect((await storage.get(nb.id))?.name).toBe('Ünïcode Σ 数据.ipynb');
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['.ipynb', /empty/],
    ['a/b', /"\/"/],
    ['a\\b', /"\/"/],
    ['tab\there', /control/],
    ['x'.repeat(250), /255/],
  ])('rejects %j with a reason', async (name, reason) => {
    const nb = await storage.create('keep', notebookWith());
    const attempt = storage.rename(nb.id, name);
    await expect(attempt).rejects.toBeInstanceOf(InvalidNameError);
    await expect(attempt).rejects.toThrow(reason);
    expect((await storage.get(nb.id))?.name).toBe('keep.ipynb');
  });

  it('accepts exactly 255 characters, extension included', async () => {
    const nb = await storage.create('n', notebookWith());
    const name = `${'é'.repeat(249)}.ipynb`;
    expect((await storage.rename(nb.id, name)).name).toBe(name);
  });

  it('refuses a name another notebook has, in any case, but allows changing its own case', async () => {
    const a = await storage.create('Alpha', notebookWith());
    const b = await storage.create('Beta', notebookWith());
    await expect(storage.rename(b.id, 'alpha')).rejects.toThrow(/already exists/);
    expect((await storage.rename(a.id, 'ALPHA')).name).toBe('ALPHA.ipynb');
  });
});

describe('duplicate, remove, restore', () => {
  it('copies as Name-Copy1, Name-Copy2 with the same content and a fresh revision', async () => {
    const nb = await storage.create('Work', fixture('irkernel__Demo.R.ipynb'));
    await storage.save(nb.id, fixture('irkernel__Demo.R.ipynb'), 1);
    const first = await storage.duplicate(nb.id);
    const second = await storage.duplicate(first.id);
    expect([first.name, second.name]).toEqual(['Work-Copy1.ipynb', 'Work-Copy2.ipynb']);
    expect(first.revision).toBe(1);
    expect((await storage.get(second.id))?.content).toEqual(fixture('irkernel__Demo.R.ipynb'));
  });

  it('a copy of a demo is not a demo', async () => {
    const demo = await storage.create('Welcome', notebookWith(), { demo: { key: 'welcome', version: 2, edited: false } });
    expect((await storage.duplicate(demo.id)).demo).toBeUndefined();
  });

  it('removes a notebook with its checkpoints and restores both for undo', async () => {
    const nb = await storage.create('Gone', notebookWith('v1'));
    await storage.createCheckpoint(nb.id);
    const removed = await storage.remove(nb.id);
    expect(await storage.get(nb.id)).toBeUndefined();
    expect(await storage.list()).toEqual([]);
    expect(await storage.listCheckpoints(nb.id)).toEqual([]);

    const restored = await storage.restore(removed);
    expect(restored).toMatchObject({ id: nb.id, name: 'Gone.ipynb', revision: 1, created: nb.created });
    expect((await storage.get(nb.id))?.content).toEqual(notebookWith('v1'));
    expect(await storage.listCheckpoints(nb.id)).toHaveLength(1);
  });

  it('restores under a unique name when the old one was taken meanwhile', async () => {
    const nb = await storage.create('Same', notebookWith());
    const removed = await storage.remove(nb.id);
    await storage.create('Same', notebookWith());
    expect((await storage.restore(removed)).name).toBe('Same1.ipynb');
  });

  it('removing an unknown id is NotFoundError', async () => {
    await expect(storage.remove('missing')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('search', () => {
  it('finds by name and by cell source, case-insensitively, all words required', async () => {
    await storage.create('Bessel functions', notebookWith('# Bessel', 'special.jv(0, 5)'));
    await storage.create('Random walks', notebookWith('Cumulative SUM of randn', 'cumsum(randn(1000))'));
    await storage.create('Notes', fixture('notebook-docs__Working_With_Markdown_Cells.ipynb'));
    const names = async (query: string) => (await storage.search(query)).map((n) => n.name);
    expect(await names('bessel')).toEqual(['Bessel functions.ipynb']);
    expect(await names('JV(0')).toEqual(['Bessel functions.ipynb']);
    expect(await names('cumulative randn')).toEqual(['Random walks.ipynb']);
    expect(await names('cumulative bessel')).toEqual([]);
    expect(await names('Markdown')).toEqual(['Notes.ipynb']);
    expect(await names('  ')).toHaveLength(3);
  });

  it('searches the saved content, not the first one', async () => {
    const nb = await storage.create('n', notebookWith('old words'));
    await storage.save(nb.id, notebookWith('new words'), 1);
    expect(await storage.search('old')).toEqual([]);
    expect(await storage.search('new')).toHaveLength(1);
  });
});

describe('settings and usage', () => {
  it('keeps settings by structured clone and deletes them with undefined', async () => {
    expect(await storage.getSetting('lastBackup')).toBeUndefined();
    await storage.setSetting('lastBackup', 1_700_000_000_000);
    expect(await storage.getSetting('lastBackup')).toBe(1_700_000_000_000);
    await storage.setSetting('lastBackup', undefined);
    expect(await storage.getSetting('lastBackup')).toBeUndefined();
  });

  it('without navigator.storage, usage is the sum of notebook sizes and quota is unknown', async () => {
    await storage.create('a', notebookWith(), { size: 1000 });
    await storage.create('b', notebookWith(), { size: 234 });
    expect(await storage.usage()).toEqual({ usage: 1234, quota: 0, persisted: false, fromBrowser: false });
    expect(await storage.requestPersistence()).toBe(false);
  });

  it('with navigator.storage, reports the browser estimate and asks to persist', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 5, quota: 100 }), persisted: async () => false, persist } });
    expect(await storage.usage()).toEqual({ usage: 5, quota: 100, persisted: false, fromBrowser: true });
    expect(await storage.requestPersistence()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when already persisted, and answers false when the browser throws', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persisted: async () => true, persist } });
    expect(await storage.requestPersistence()).toBe(true);
    expect(persist).not.toHaveBeenCalled();
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist: () => Promise.reject(new Error('denied')) } });
    expect(await storage.requestPersistence()).toBe(false);
  });
});
