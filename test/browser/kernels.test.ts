/**
 * Notebooks that say what they are: a new notebook downloads with Quire's kernelspec and each
 * run's provenance; a Python notebook is highlighted as Python, says what it is for, does not send
 * its cells to the kernel, keeps its metadata through an edit and a download, and runs once converted.
 */
import { readFile } from 'node:fs/promises';
import { beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { newNotebook, openApp, outputText, runInActiveCell, typeInActiveCell, useServerAndBrowser } from './harness.ts';

const session = useServerAndBrowser();
let page: Page;

beforeEach(async () => {
  await page?.close();
  page = await openApp(session.browser, session.server);
});

const FIXTURE = new URL('../fixtures/ipynb/jupyterlab-galata__simple_test.ipynb', import.meta.url);

async function menu(top: string, item: string): Promise<void> {
  await page.locator('.menu-button', { hasText: top }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** File ▸ Download as .ipynb, parsed. */
async function download(): Promise<{ metadata: Record<string, unknown>; cells: { cell_type: string; source: string[]; metadata: Record<string, unknown> }[] }> {
  await page.locator('.menu-button', { hasText: 'File' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Download as .ipynb' }).click()]);
  return JSON.parse(await readFile((await file.path()) ?? '', 'utf8'));
}

test("a new notebook downloads with Quire's kernelspec and language_info, and each run's provenance", async () => {
  await newNotebook(page);
  const cell = await runInActiveCell(page, 'random.seed(3); 1 + 1');
  expect(await outputText(cell)).toContain('2');
  const nb = await download();
  expect(nb.metadata['kernelspec']).toEqual({ name: 'quire-ts', display_name: 'TypeScript (Quire)', language: 'typescript' });
  expect(nb.metadata['language_info']).toMatchObject({ name: 'typescript', file_extension: '.ts', mimetype: 'text/typescript' });
  expect(nb.cells[0]?.metadata['quire']).toMatchObject({ version: expect.stringMatching(/^\d+\.\d+\.\d+/), core: expect.stringMatching(/^[0-9a-f]{16}$/), seed: 3 });
});

test('a Python notebook is read as Python: highlighted, explained, not run, kept whole, and runs once converted', async () => {
  const original = JSON.parse(await readFile(FIXTURE, 'utf8')) as { metadata: Record<string, unknown>; cells: { metadata: Record<string, unknown> }[] };
  await page.locator('input[type="file"]').first().setInputFiles([{ name: 'Python outputs.ipynb', mimeType: 'application/x-ipynb+json', buffer: await readFile(FIXTURE) }]);
  await page.locator('.file-name', { hasText: 'Python outputs.ipynb' }).click();
  const banner = page.getByRole('note').filter({ hasText: 'Written for Python 3' });
  await banner.waitFor();
  expect(await banner.textContent()).toContain('Quire runs TypeScript; you can read, edit and export this notebook');

  // A new Python cell at the end, highlighted by the Python grammar: `def` is a keyword there (in TypeScript it is a name).
  await page.locator('.cell').last().click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  await typeInActiveCell(page, 'def square(x):\n    return x ** 2');
  await expect.poll(() => page.locator('.cell.active .tok-keyword').allTextContents()).toContain('def');
  await page.keyboard.press('Shift+Enter');
  const ran = page.locator('.cell').nth(-2);
  await ran.locator('.cell-notice').waitFor();
  expect(await ran.locator('.cell-notice').textContent()).toMatch(/Not run: this cell is written for Python 3/);
  expect(await ran.locator('.output').count()).toBe(0);
  expect(await ran.textContent()).not.toContain('SyntaxError');

  const downloaded = await download();
  expect(downloaded.metadata).toEqual(original.metadata);
  original.cells.forEach((cell, i) => expect(downloaded.cells[i]?.metadata, `cell ${i}`).toEqual(cell.metadata));

  await banner.getByRole('button', { name: 'Convert to a TypeScript notebook' }).click();
  await banner.waitFor({ state: 'detached' });
  await page.locator('.cell').last().click();
  const converted = await runInActiveCell(page, '21 * 2');
  expect(await outputText(converted)).toContain('42');
  const after = await download();
  expect(after.metadata['kernelspec']).toMatchObject({ name: 'quire-ts' });
  expect((after.metadata['quire'] as Record<string, unknown>)['converted_from']).toEqual({
    kernelspec: original.metadata['kernelspec'],
    language_info: original.metadata['language_info'],
  });
});

test('Kernel ▸ Change Kernel switches a notebook to JavaScript and back', async () => {
  await newNotebook(page);
  await menu('Kernel', 'Change Kernel: JavaScript (Quire)');
  expect((await download()).metadata['kernelspec']).toMatchObject({ name: 'quire-js', language: 'javascript' });
  await page.keyboard.press('Escape');
  await menu('Kernel', 'Change Kernel: TypeScript (Quire)');
  expect((await download()).metadata['kernelspec']).toMatchObject({ name: 'quire-ts', language: 'typescript' });
});
