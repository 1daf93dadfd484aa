import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEEP_CHECKPOINTS, NotFoundError, type NotebookStorage } from '../../src/storage/index.ts';
import { fixture, notebookWith, scratchStorage } from './helpers.ts';

let storage: NotebookStorage;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ storage, cleanup } = await scratchStorage());
});
afterEach(async () => {
  await cleanup();
});

describe('checkpoints', () => {
  it('copies the stored content and restores it as a new revision', async () => {
    const nb = await storage.create('n', fixture('jupytext__plotly_graphs.ipynb'));
    const checkpoint = await storage.createCheckpoint(nb.id);
    expect(checkpoint).toMatchObject({ notebookId: nb.id, revision: 1, size: nb.size });
    await storage.save(nb.id, notebookWith('overwritten'), 1);

    const restored = await storage.restoreCheckpoint(nb.id, checkpoint.id);
    expect(restored.revision).toBe(3);
    expect(restored.content).toEqual(fixture('jupytext__plotly_graphs.ipynb'));
    expect(await storage.get(nb.id)).toEqual(restored);
    expect(await storage.search('overwritten')).toEqual([]);
  });

  it('keeps the newest five, newest first', async () => {
    const nb = await storage.create('n', notebookWith('r1'));
    for (let revision = 1; revision <= 7; revision++) {
      if (revision > 1) await storage.save(nb.id, notebookWith(`r${revision}`), revision - 1);
      await storage.createCheckpoint(nb.id);
    }
    const list = await storage.listCheckpoints(nb.id);
    expect(KEEP_CHECKPOINTS).toBe(5);
    expect(list.map((c) => c.revision)).toEqual([7, 6, 5, 4, 3]);
    expect(list[0]).not.toHaveProperty('content');
    const oldest = list.at(-1);
    if (!oldest) throw new Error('no checkpoint');
    expect((await storage.restoreCheckpoint(nb.id, oldest.id)).content).toEqual(notebookWith('r3'));
  });

  it('keeps each notebook’s checkpoints apart', async () => {
    const a = await storage.create('a', notebookWith('a'));
    const b = await storage.create('b', notebookWith('b'));
    const fromA = await storage.createCheckpoint(a.id);
    expect(await storage.listCheckpoints(b.id)).toEqual([]);
    await expect(storage.restoreCheckpoint(b.id, fromA.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await storage.get(b.id))?.content).toEqual(notebookWith('b'));
  });

  it('refuses a checkpoint of a notebook that does not exist', async () => {
    await expect(storage.createCheckpoint('missing')).rejects.toBeInstanceOf(NotFoundError);
  });
});
