/** A notebook written for another kernel: its cells are not sent to the kernel, they say why; converting makes them run; runs record provenance. */
import { afterEach, expect, test } from 'vitest';
import { createCell, createNotebook, insertCell } from '../../src/model/operations.ts';
import type { Notebook } from '../../src/model/types.ts';
import type { KernelClient, KernelEvent } from '../../src/kernel/index.ts';
import type { NotebookStorage } from '../../src/storage/index.ts';
import { NotebookStore } from '../../src/store/notebook-store.svelte.ts';

const open: NotebookStore[] = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
});

const PYTHON = { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' }, language_info: { name: 'python' } };

function makeStore(metadata: object) {
  let nb = createNotebook(metadata as Notebook['metadata']);
  nb = insertCell(nb, 0, createCell('code', 'print("hi")'));
  const sent: string[] = [];
  let deliver: (events: KernelEvent[]) => void = () => undefined;
  const kernel = {
    status: 'idle',
    onStatus: () => () => undefined,
    onEvents: (sink: (events: KernelEvent[]) => void) => {
      deliver = sink;
      return () => undefined;
    },
    onNotice: () => () => undefined,
    execute: (input: { cellId: string; source: string }) => {
      sent.push(input.source);
      return { runId: `run-${sent.length}`, done: new Promise(() => undefined) };
    },
    shutdown: () => undefined,
  } as unknown as KernelClient;
  const storage = { instanceId: 'test', onChange: () => () => undefined, save: async () => ({ revision: 2 }) } as unknown as NotebookStorage;
  const store = new NotebookStore({ id: 'nb', name: 'py.ipynb', revision: 1, notebook: nb, storage, kernel });
  open.push(store);
  return { store, sent, deliver: (events: KernelEvent[]) => deliver(events), cellId: nb.cellOrder[0]! };
}

test('a Python notebook says what it is for, and its cells are not sent to the kernel but say why', () => {
  const { store, sent, cellId } = makeStore(PYTHON);
  expect(store.language).toBe('python');
  expect(store.foreignNotice).toMatch(/^Written for Python 3\. Quire runs TypeScript/);
  store.runCell(cellId);
  expect(sent).toEqual([]);
  expect(store.cellView(cellId)?.notice).toMatch(/Not run: this cell is written for Python 3/);
  expect(store.saveState).toBe('saved');
});

test('after Convert to a TypeScript notebook the cell runs, and the Python kernelspec is kept aside', () => {
  const { store, sent, cellId } = makeStore(PYTHON);
  store.setKernel('typescript');
  expect(store.foreignNotice).toBeUndefined();
  expect(store.notebook.metadata['quire']).toEqual({ converted_from: PYTHON });
  store.runCell(cellId);
  expect(sent).toEqual(['print("hi")']);
  expect(store.cellView(cellId)?.notice).toBeUndefined();
});

test("the kernel's provenance of a run lands in the cell's metadata.quire", () => {
  const { store, cellId, deliver } = makeStore({});
  store.runCell(cellId);
  const provenance = { version: '0.1.0', core: '0123456789abcdef', started: '2026-12-05T10:00:00.000Z', duration_ms: 2, seed: 0 };
  deliver([
    { type: 'execute_input', runId: 'run-1', cellId, executionCount: 1 },
    { type: 'done', runId: 'run-1', cellId, status: 'ok', executionCount: 1, provenance },
  ]);
  expect(store.notebook.cells.get(cellId)?.metadata['quire']).toEqual(provenance);
  // A stale run's provenance is dropped like its other events.
  deliver([{ type: 'done', runId: 'old', cellId, status: 'ok', executionCount: 1, provenance: { ...provenance, seed: 9 } }]);
  expect((store.notebook.cells.get(cellId)?.metadata['quire'] as { seed: number }).seed).toBe(0);
});
