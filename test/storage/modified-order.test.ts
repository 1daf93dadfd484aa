import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotebookStorage } from '../../src/storage/index.ts';
import { notebookWith, scratchStorage } from './helpers.ts';

// The clock stands still, so every write below lands in one millisecond: the order of the list
// must come from the order of the writes, not from the clock or from the (random) ids.
let storage: NotebookStorage;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-01-02T03:04:05.006Z'));
  ({ storage, cleanup } = await scratchStorage());
});
afterEach(async () => {
  vi.useRealTimers();
  await cleanup();
});

const listedIds = async () => (await storage.list()).map((n) => n.id);

describe('newest first within one millisecond', () => {
  it('lists a notebook created after a save above the saved one', async () => {
    const a = await storage.create('a', notebookWith('x'));
    await storage.save(a.id, notebookWith('x2'), a.revision);
    const b = await storage.create('b', notebookWith('y'));
    expect(await listedIds()).toEqual([b.id, a.id]);
  });

  it('moves each saved notebook to the top, in the order of the saves', async () => {
    const notebooks = [];
    for (let i = 0; i < 8; i++) notebooks.push(await storage.create(`n${i}`, notebookWith(String(i))));
    for (const notebook of notebooks) {
      await storage.save(notebook.id, notebookWith('saved'), notebook.revision);
      expect((await listedIds())[0]).toBe(notebook.id);
    }
    expect(await listedIds()).toEqual(notebooks.map((n) => n.id).reverse());
  });

  it('lists a duplicate above a notebook saved just before', async () => {
    const a = await storage.create('a', notebookWith('x'));
    const b = await storage.create('b', notebookWith('y'));
    await storage.save(b.id, notebookWith('y2'), b.revision);
    const copy = await storage.duplicate(a.id);
    expect(await listedIds()).toEqual([copy.id, b.id, a.id]);
  });

  it('lists a notebook reverted to a checkpoint above one saved twice before', async () => {
    const a = await storage.create('a', notebookWith('x'));
    const checkpoint = await storage.createCheckpoint(a.id);
    const b = await storage.create('b', notebookWith('y'));
    const saved = await storage.save(b.id, notebookWith('y2'), b.revision);
    await storage.save(b.id, notebookWith('y3'), saved.revision);
    await storage.restoreCheckpoint(a.id, checkpoint.id);
    expect(await listedIds()).toEqual([a.id, b.id]);
  });

  it('gives search results in the same order as the list', async () => {
    const a = await storage.create('alpha', notebookWith('shared word'));
    await storage.save(a.id, notebookWith('shared word again'), a.revision);
    const b = await storage.create('beta', notebookWith('shared word'));
    expect((await storage.search('shared')).map((n) => n.id)).toEqual([b.id, a.id]);
  });
});
