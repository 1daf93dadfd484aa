import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, type NotebookStorage, type StorageChange } from '../../src/storage/index.ts';
import { heardCount, notebookWith, scratchStorage } from './helpers.ts';

// Two openStorage instances on one database stand for two tabs: same IndexedDB, same BroadcastChannel.
let tabA: NotebookStorage;
let tabB: NotebookStorage;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const scratch = await scratchStorage();
  tabA = scratch.storage;
  tabB = await scratch.reopen();
  cleanup = scratch.cleanup;
});
afterEach(async () => {
  await cleanup();
});

function record(storage: NotebookStorage): StorageChange[] {
  const heard: StorageChange[] = [];
  storage.onChange((change) => heard.push(change));
  return heard;
}

describe('two tabs on one notebook', () => {
  it('never lets a stale tab overwrite newer work', async () => {
    const nb = await tabA.create('Shared', notebookWith('start'));
    const a = await tabA.save(nb.id, notebookWith('A edits'), 1);
    await expect(tabB.save(nb.id, notebookWith('B edits from revision 1'), 1)).rejects.toBeInstanceOf(ConflictError);
    expect((await tabB.get(nb.id))?.content).toEqual(notebookWith('A edits'));
    // After reloading (taking revision 2), B saves normally.
    expect((await tabB.save(nb.id, notebookWith('B edits'), a.revision)).revision).toBe(3);
  });

  it('of two saves racing from the same revision, exactly one wins', async () => {
    const nb = await tabA.create('Race', notebookWith());
    const results = await Promise.allSettled([
      tabA.save(nb.id, notebookWith('A'), 1),
      tabB.save(nb.id, notebookWith('B'), 1),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = results[0]?.status === 'fulfilled' ? 'A' : 'B';
    expect((await tabA.get(nb.id))?.content).toEqual(notebookWith(winner));
  });

  it('creates unique names even when both tabs create "Untitled" at once', async () => {
    const made = await Promise.all([tabA.create('Untitled', notebookWith()), tabB.create('Untitled', notebookWith())]);
    expect(made.map((n) => n.name).sort()).toEqual(['Untitled.ipynb', 'Untitled1.ipynb']);
  });
});

describe('change notifications', () => {
  it('every tab hears every write, with the writing instance as origin', async () => {
    const heardA = record(tabA);
    const heardB = record(tabB);
    const nb = await tabA.create('n', notebookWith());
    await tabB.save(nb.id, notebookWith('x'), 1);
    await tabA.rename(nb.id, 'renamed');
    await tabB.remove(nb.id);
    await heardCount(heardA, 4);
    await heardCount(heardB, 4);
    const expected: StorageChange[] = [
      { type: 'created', id: nb.id, revision: 1, origin: tabA.instanceId },
      { type: 'saved', id: nb.id, revision: 2, origin: tabB.instanceId },
      { type: 'renamed', id: nb.id, revision: 2, origin: tabA.instanceId },
      { type: 'removed', id: nb.id, origin: tabB.instanceId },
    ];
    expect(heardA).toEqual(expected);
    expect(heardB).toEqual(expected);
  });

  it('a restored checkpoint is announced as a save with the new revision', async () => {
    const heardB = record(tabB);
    const nb = await tabA.create('n', notebookWith('v1'));
    const checkpoint = await tabA.createCheckpoint(nb.id);
    await tabA.save(nb.id, notebookWith('v2'), 1);
    await heardCount(heardB, 2);
    await tabA.restoreCheckpoint(nb.id, checkpoint.id);
    await heardCount(heardB, 3);
    expect(heardB.slice(2)).toEqual([{ type: 'saved', id: nb.id, revision: 3, origin: tabA.instanceId }]);
  });

  it('does not hear other databases, nor anything after unsubscribing', async () => {
    const other = await scratchStorage();
    // A second instance on the other database hears its change once the message has crossed.
    const heardThere = record(await other.reopen());
    const heardA = record(tabA);
    await other.storage.create('elsewhere', notebookWith());
    const heardB: StorageChange[] = [];
    const off = tabB.onChange((change) => heardB.push(change));
    off();
    await tabA.create('here', notebookWith());
    await heardCount(heardThere, 1);
    await other.cleanup();
    expect(heardA.map((c) => c.type)).toEqual(['created']);
    expect(heardB).toEqual([]);
  });

  it('a throwing listener does not stop the others', async () => {
    const heard: string[] = [];
    const original = console.error;
    console.error = () => undefined;
    tabA.onChange(() => {
      throw new Error('listener bug');
    });
    tabA.onChange((change) => heard.push(change.type));
    await tabA.create('n', notebookWith());
    console.error = original;
    expect(heard).toEqual(['created']);
  });
});
