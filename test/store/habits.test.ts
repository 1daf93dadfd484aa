/** The store's side of Jupyter's habits: a figure's static image is no edit; Replace All undoes in one step; tags, metadata, copies, checkpoints. */
import { afterEach, expect, test } from 'vitest';
import { appendOutput, createCell, createNotebook, insertCell } from '../../src/model/operations.ts';
import type { Output } from '../../src/model/types.ts';
import type { KernelClient } from '../../src/kernel/index.ts';
import type { NotebookContent, NotebookStorage } from '../../src/storage/index.ts';
import { NotebookStore } from '../../src/store/notebook-store.svelte.ts';

const open: NotebookStore[] = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
});

const FIGURE: Output = { output_type: 'display_data', data: { 'application/vnd.plotly.v1+json': { data: [{ y: [1, 2] }] } }, metadata: {} };
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

/** A store over a notebook of `sources` (the first cell holding a figure) with storage that records what it is asked. */
function makeStore(sources: string[]) {
  let nb = createNotebook();
  sources.forEach((source, i) => (nb = insertCell(nb, i, createCell('code', source))));
  const first = nb.cellOrder[0]!;
  nb = appendOutput(nb, first, FIGURE);
  const saved: NotebookContent[] = [];
  const duplicated: string[] = [];
  let revision = 1;
  const kernel = {
    status: 'idle',
    onStatus: () => () => undefined,
    onEvents: () => () => undefined,
    onNotice: () => () => undefined,
    shutdown: () => undefined,
  } as unknown as KernelClient;
  const storage = {
    instanceId: 'test',
    onChange: () => () => undefined,
    save: async (_id: string, content: NotebookContent) => {
      saved.push(content);
      return { revision: ++revision };
    },
    createCheckpoint: async () => ({ id: 'cp', notebookId: 'nb', created: 1234, revision, size: 1 }),
    listCheckpoints: async () => [{ id: 'cp0', notebookId: 'nb', created: 99, revision: 1, size: 1 }],
    duplicate: async (id: string) => {
      duplicated.push(id);
      return { id: 'copy' };
    },
  } as unknown as NotebookStorage;
  const store = new NotebookStore({ id: 'nb', name: 'test.ipynb', revision: 1, notebook: nb, storage, kernel });
  open.push(store);
  return { store, saved, duplicated, first };
}

function pngOf(content: NotebookContent): unknown {
  const cell = content.cells[0] as { outputs: { data: Record<string, unknown> }[] };
  return cell.outputs[0]?.data['image/png'];
}

test('the static image of a figure is kept without marking the notebook unsaved, and the next save stores it', async () => {
  const { store, saved, first } = makeStore(['plot()']);
  const cell = store.notebook.cells.get(first);
  const output = cell?.cell_type === 'code' ? cell.outputs[0] : undefined;
  store.addOutputImage(first, output!, PNG);
  expect(store.saveState).toBe('saved');
  const kept = store.notebook.cells.get(first);
  expect(kept?.cell_type === 'code' && kept.outputs[0]?.['data']).toHaveProperty('image/png', 'iVBORw0KGgo=');
  // Nothing is written on its own; Save and Checkpoint writes the image although nothing was edited.
  expect(saved).toHaveLength(0);
  expect(await store.saveCheckpoint()).toBe(true);
  expect(saved).toHaveLength(1);
  expect(pngOf(saved[0]!)).toBe('iVBORw0KGgo=');
  expect(store.saveState).toBe('saved');
  expect(store.lastCheckpoint).toBe(1234);
});

test('Replace All changes every cell at once and its Undo restores every source in one step', () => {
  const { store } = makeStore(['let x = 1', 'x + x', 'y']);
  const sources = () => store.cellOrder.map((id) => store.notebook.cells.get(id)?.source);
  const query = { text: 'x', regex: false, matchCase: true };
  expect(store.edits.find(query).matches).toHaveLength(3);
  expect(store.edits.replaceAll(query, 'value')).toBe(3);
  expect(sources()).toEqual(['let value = 1', 'value + value', 'y']);
  expect(store.saveState).toBe('unsaved');
  expect(store.edits.canUndoReplace).toBe(true);
  store.edits.undoReplaceAll();
  expect(sources()).toEqual(['let x = 1', 'x + x', 'y']);
  expect(store.edits.canUndoReplace).toBe(false);
  expect(store.edits.find({ text: '[', regex: true, matchCase: false }).error).toMatch(/regular expression/);
});

test('tags and notebook metadata are edits; a refused tag says why', () => {
  const { store, first } = makeStore(['1']);
  expect(store.edits.addTag(first, 'parameters')).toBeNull();
  expect(store.edits.addTag(first, 'parameters')).toMatch(/already/);
  expect(store.notebook.cells.get(first)?.metadata['tags']).toEqual(['parameters']);
  store.edits.removeTag(first, 'parameters');
  expect(store.edits.tagsOf(store.notebook.cells.get(first)!)).toEqual([]);
  store.edits.setNotebookMetadata({ title: 'Mine' });
  expect(store.notebook.metadata).toEqual({ title: 'Mine' });
  expect(store.saveState).toBe('unsaved');
});

test('Make a Copy saves pending work first, then duplicates; the last checkpoint is read from storage', async () => {
  const { store, saved, duplicated, first } = makeStore(['1']);
  store.setSource(first, '2');
  expect(await store.makeCopy()).toBe('copy');
  expect(saved).toHaveLength(1);
  expect(duplicated).toEqual(['nb']);
  await store.loadLastCheckpoint();
  expect(store.lastCheckpoint).toBe(99);
});
