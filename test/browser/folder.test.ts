import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowser, startServer, openApp, type RunningBrowser, type RunningServer } from './harness.ts';

// An nbformat 4.5 notebook with one code cell, as a user's folder would hold.
const NOTEBOOK = JSON.stringify({
  nbformat: 4,
  nbformat_minor: 5,
  metadata: {},
  cells: [{ cell_type: 'code', id: 'first-cell', metadata: {}, source: '1 + 1', outputs: [], execution_count: null }],
});

let server: RunningServer;
let browser: RunningBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await startBrowser();
  // The folder picker is a native dialog: hand the app a folder in the origin-private file
  // system instead, which has the same handle API (and permission already granted).
  await browser.context.addInitScript(() => {
    Object.assign(window, {
      showDirectoryPicker: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('my-notebooks', { create: true }),
    });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function readFolderFile(page: Page, name: string): Promise<string> {
  return page.evaluate(async (file) => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('my-notebooks');
    return (await (await folder.getFileHandle(file)).getFile()).text();
  }, name);
}

test('open folder lists its notebooks; one opened, edited and saved is written back to its file; the folder is still there after a reload', async () => {
  const page = await openApp(browser, server);
  await page.evaluate(async (text) => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('my-notebooks', { create: true });
    const writable = await (await folder.getFileHandle('analysis.ipynb', { create: true })).createWritable();
    await writable.write(text);
    await writable.close();
    await (await folder.getFileHandle('notes.txt', { create: true })).createWritable().then((w) => w.close());
  }, NOTEBOOK);

  await page.getByRole('button', { name: 'Open folder…' }).click();
  const files = page.getByRole('list', { name: 'Notebooks in the folder' });
  await expect.poll(() => files.locator('.file-name').allTextContents()).toEqual(['analysis.ipynb']);

  await files.getByRole('button', { name: 'analysis.ipynb' }).click();
  await page.waitForURL(/#\/notebooks\//);
  const editor = page.locator('.cell .cm-content').first();
  await expect.poll(() => editor.textContent(), { timeout: 15_000 }).toBe('1 + 1');
  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' + 40');
  await expect.poll(() => page.locator('.save-state').textContent()).toBe('saved');

  const firstSource = async (): Promise<string> => {
    const source = (JSON.parse(await readFolderFile(page, 'analysis.ipynb')) as { cells: { source: string | string[] }[] }).cells[0]?.source;
    return Array.isArray(source) ? source.join('') : (source ?? '');
  };
  await expect.poll(firstSource).toBe('1 + 1 + 40');

  await page.evaluate(() => (location.hash = '#/'));
  await page.reload();
  await expect.poll(() => page.getByRole('list', { name: 'Notebooks in the folder' }).locator('.badge').allTextContents(), { timeout: 10_000 }).toEqual(['linked']);
  expect(await page.locator('.storage-info').textContent()).not.toContain('Last backup: never');
});
