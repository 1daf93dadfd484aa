import { afterEach, expect, test } from 'vitest';
import { createCell, createNotebook } from '../../src/model/create.ts';
import { insertCell } from '../../src/model/structure.ts';
import type { KernelClient } from '../../src/kernel/index.ts';
import type { NotebookStorage } from '../../src/storage/index.ts';
import { NotebookStore } from '../../src/store/notebook-store.svelte.ts';

const open: NotebookStore[] = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
});

/** A kernel that accepts runs and never answers; storage that accepts saves. */
function makeStore(cells: number): NotebookStore {
  let nb = createNotebook();
  for (let i = 0; i < cells; i++) nb = insertCell(nb, i, createCell('code', `cell ${i}`));
  const kernel = {
    status: 'idle',
    onStatus: () => () => undefined,
    onEvents: () => () => undefined,
    onNotice: () => () => undefined,
    execute: () => ({ runId: 'r', done: new Promise(() => undefined) }),
    shutdown: () => undefined,
  } as unknown as KernelClient;
  const storage = {
    instanceId: 'test',
    onChange: () => () => undefined,
    save: async () => ({ revision: 2 }),
  } as unknown as NotebookStorage;
  const store = new NotebookStore({ id: 'nb', name: 'test.ipynb', revision: 1, notebook: nb, storage, kernel });
  open.push(store);
  return store;
}

const views = (store: NotebookStore) => store.cellOrder.map((id) => store.cellView(id)!);

test('a keystroke gives the edited cell a new value and leaves the order and every other cell as they were', () => {
  const store = makeStore(300);
  const order = store.cellOrder;
  const before = views(store).map((view) => view.cell);
  const edited = order[250]!;
  store.setSource(edited, 'cell 250 + 1');
  expect(store.cellOrder).toBe(order);
  const after = views(store).map((view) => view.cell);
  expect(after[250]?.source).toBe('cell 250 + 1');
  expect(after.filter((cell, i) => cell !== before[i])).toHaveLength(1);
  expect(store.notebook.cells.get(edited)?.source).toBe('cell 250 + 1');
});

test('each view knows whether its cell is active and selected, through moves, extensions, inserts and deletes', () => {
  const store = makeStore(5);
  const flags = () => views(store).map((view) => `${view.active ? 'A' : '-'}${view.selected ? 'S' : '-'}`).join(' ');
  expect(flags()).toBe('AS -- -- -- --');
  store.selectRelative(1);
  expect(flags()).toBe('-- AS -- -- --');
  store.selectRelative(1, true);
  store.selectRelative(1, true);
  expect(flags()).toBe('-- -S -S AS --');
  // A new cell above the active one takes its place and the selection; deleting it selects the cell below.
  store.insertCell('above');
  expect(flags()).toBe('-- -- -- AS -- --');
  store.deleteCells();
  expect(flags()).toBe('-- -- -- AS --');
  store.undoDelete();
  expect(flags()).toBe('-- -- -- AS -- --');
  store.select(store.cellOrder[0]!);
  expect(flags()).toBe('AS -- -- -- -- --');
});

test('a cell run shows queued on its own view only', () => {
  const store = makeStore(3);
  store.runCell(store.cellOrder[1]!);
  expect(views(store).map((view) => view.runState ?? '')).toEqual(['', 'queued', '']);
});
