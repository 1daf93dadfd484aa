/** Workspace.start: a fresh profile lists the demos before IndexedDB has opened; a known store waits only for its list. */
import { afterEach, expect, test, vi } from 'vitest';
import { deleteStorage, openStorage, type HintStore, type NotebookStorage } from '../../src/storage/index.ts';
import type { KernelClient } from '../../src/kernel/index.ts';
import { Workspace } from '../../src/store/workspace.svelte.ts';
import { DEMOS } from '../../src/store/demos.ts';
import { notebookWith, scratchName } from '../storage/helpers.ts';
import { PATIENCE } from '../event-waiter.ts';

const opened: { storage: NotebookStorage; name: string }[] = [];
afterEach(async () => {
  for (const { storage, name } of opened.splice(0)) {
    storage.close();
    await deleteStorage(name);
  }
});

const DEMO_NAMES = DEMOS.map((demo) => demo.name);

function memoryHints(): HintStore {
  const keys = new Map<string, string>();
  return { getItem: (key) => keys.get(key) ?? null, setItem: (key, value) => void keys.set(key, value) };
}

/** A kernel that never runs anything: opening a notebook only subscribes to it. */
function idleKernel(): KernelClient {
  const none = (): (() => void) => () => undefined;
  return { status: 'idle', info: null, history: [], onStatus: none, onEvents: none, onNotice: none, shutdown: () => undefined } as unknown as KernelClient;
}

async function workspaceOn(name: string, hints: HintStore | null): Promise<{ workspace: Workspace; storage: NotebookStorage }> {
  const storage = await openStorage({ name, hints });
  opened.push({ storage, name });
  return { workspace: new Workspace({ storage, createKernel: idleKernel }), storage };
}

test('a fresh profile lists the demos without waiting for the database, and a demo clicked at once opens', async () => {
  const name = scratchName();
  const { workspace, storage } = await workspaceOn(name, memoryHints());
  const list = vi.spyOn(storage, 'list');
  const usage = vi.spyOn(storage, 'usage');
  await workspace.start();
  expect(workspace.loaded).toBe(true);
  expect(workspace.notebooks.map((n) => n.name)).toEqual(DEMO_NAMES);
  expect(list).not.toHaveBeenCalled();
  expect(usage).not.toHaveBeenCalled();

  const first = workspace.notebooks[0];
  await workspace.openNotebook(first?.id ?? '');
  expect(workspace.error).toBeNull();
  expect(workspace.open?.name).toBe(DEMO_NAMES[0]);
  expect(workspace.open?.notebook.cellOrder.length).toBe(JSON.parse(DEMOS[0]?.text ?? '').cells.length);

  await vi.waitFor(() => expect(usage).toHaveBeenCalled(), PATIENCE);
  expect((await storage.list()).map((n) => [n.id, n.name])).toEqual(workspace.notebooks.map((n) => [n.id, n.name]));
});

test('a store with notebooks shows them, and seeds nothing', async () => {
  const name = scratchName();
  const hints = memoryHints();
  const setup = await openStorage({ name, hints });
  await setup.create('Mine', notebookWith('# mine'));
  setup.close();
  const { workspace, storage } = await workspaceOn(name, hints);
  expect(storage.probablyNew).toBe(false);
  await workspace.start();
  expect(workspace.notebooks.map((n) => n.name)).toEqual(['Mine.ipynb']);
  // refresh waits for any seeding start began: one wrongly started would show here.
  await workspace.refresh();
  expect(workspace.notebooks.map((n) => n.name)).toEqual(['Mine.ipynb']);
  expect((await storage.list()).map((n) => n.name)).toEqual(['Mine.ipynb']);
});

test('an emptied store gets the demos again, and a lost hint never duplicates them', async () => {
  const name = scratchName();
  const { workspace, storage } = await workspaceOn(name, null);
  await workspace.start();
  await vi.waitFor(async () => expect((await storage.list()).map((n) => n.name)).toEqual(DEMO_NAMES), PATIENCE);

  // A second start believing the profile fresh (localStorage cleared alone) finds the demos stored.
  const again = await workspaceOn(name, memoryHints());
  await again.workspace.start();
  await vi.waitFor(() => expect(again.workspace.notebooks.map((n) => n.id)).toEqual(workspace.notebooks.map((n) => n.id)), PATIENCE);
  expect(await storage.list()).toHaveLength(DEMO_NAMES.length);
});
