/** Download all: every notebook in one zip (the zip writer loads on first use), and the backup time recorded. */
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, expect, test } from 'vitest';
import { Workspace } from '../../src/store/workspace.svelte.ts';
import { notebookWith, scratchStorage } from '../storage/helpers.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

test('exportAll zips every notebook as .ipynb text and marks the workspace backed up', async () => {
  const scratch = await scratchStorage();
  cleanup = scratch.cleanup;
  await scratch.storage.create('One', notebookWith('# one'));
  await scratch.storage.create('Two', notebookWith('# two'));
  const workspace = new Workspace({
    storage: scratch.storage,
    createKernel: () => {
      throw new Error('no kernel in this test');
    },
    createImportWorker: null,
  });
  await workspace.start();
  const files = unzipSync(await workspace.exportAll());
  expect(Object.keys(files).sort()).toEqual(['One.ipynb', 'Two.ipynb']);
  expect(JSON.parse(strFromU8(files['One.ipynb'] ?? new Uint8Array())).cells[0].source).toEqual(['# one']);
  expect(workspace.lastBackup).not.toBeNull();
});
