/** The file list and the promise that work is never lost: uploads, rename/delete/undo, two tabs, a killed browser. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newNotebook, openApp, outputText, startBrowser, startServer, typeInActiveCell, type RunningServer } from './harness.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/ipynb/${name}`, import.meta.url));

test('the demos are seeded; uploads store valid files and name each broken one with its reason', async () => {
  const browser = await startBrowser();
  try {
    const page = await openApp(browser, server);
    await expect.poll(() => page.locator('.file-name').allTextContents()).toEqual(
      expect.arrayContaining(['Welcome to Quire.ipynb', 'Bessel functions.ipynb']),
    );
    await page.locator('input[type="file"]').first().setInputFiles([
      { name: 'markdown.ipynb', mimeType: 'application/json', buffer: fixture('notebook-docs__Working_With_Markdown_Cells.ipynb') },
      { name: 'broken.ipynb', mimeType: 'application/json', buffer: Buffer.from('{"nbformat": 4, "cells": ') },
      { name: 'v3.ipynb', mimeType: 'application/json', buffer: fixture('ipython-2.4.1__Running_Code.v3.ipynb') },
      { name: 'no-cells.ipynb', mimeType: 'application/json', buffer: Buffer.from('{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": 3}') },
    ]);
    const results = page.getByRole('list', { name: 'Upload results' });
    await results.waitFor();
    const lines = await results.locator('li').allTextContents();
    expect(lines.filter((l) => l.startsWith('Uploaded'))).toHaveLength(2);
    expect(lines.find((l) => l.includes('broken.ipynb'))).toMatch(/Could not upload broken\.ipynb: .*JSON/i);
    expect(lines.find((l) => l.includes('no-cells.ipynb'))).toMatch(/Could not upload no-cells\.ipynb: .*cells/);
    const names = await page.locator('.file-name').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['markdown.ipynb', 'v3.ipynb']));
    expect(names).not.toContain('broken.ipynb');
    expect(names).not.toContain('no-cells.ipynb');

    // Rename keeps the extension; delete asks first and can be undone.
    await page.getByRole('button', { name: 'Rename v3.ipynb' }).click();
    await page.getByLabel('New name').fill('Running Code');
    await page.getByLabel('New name').press('Enter');
    await page.locator('.file-name', { hasText: 'Running Code.ipynb' }).waitFor();
    await page.getByRole('button', { name: 'Delete Running Code.ipynb' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('.file-name').allTextContents()).not.toContain('Running Code.ipynb');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.file-name', { hasText: 'Running Code.ipynb' }).waitFor();
  } finally {
    await browser.close();
  }
});

test('in a fresh profile a demo clicked as soon as it is listed opens, and the demos stay listed in order after a reload', async () => {
  const browser = await startBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.locator('.file-name', { hasText: 'Welcome to Quire.ipynb' }).click();
    const first = page.locator('.cell').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.textContent()).toContain('Welcome to Quire');
    await page.goBack();
    await expect.poll(() => page.locator('.file-name').allTextContents()).toEqual(['Welcome to Quire.ipynb', 'Bessel functions.ipynb']);
    await page.reload();
    await expect.poll(() => page.locator('.file-name').allTextContents()).toEqual(['Welcome to Quire.ipynb', 'Bessel functions.ipynb']);
  } finally {
    await browser.close();
  }
});

test('two tabs editing one notebook: the stale tab is told, and saving its version as a copy loses nothing', async () => {
  const browser = await startBrowser();
  try {
    const first = await openApp(browser, server);
    await newNotebook(first);
    await typeInActiveCell(first, '"from the first tab"');
    await expect.poll(() => first.locator('.save-state').textContent()).toBe('saved');

    const second = await browser.context.newPage();
    await second.goto(first.url());
    await second.locator('.cell .cm-content').first().waitFor();
    await typeInActiveCell(second, ' + " and the second"');
    await expect.poll(() => second.locator('.save-state').textContent()).toBe('saved');

    // The first tab still holds the older revision: it is told, and its next save cannot overwrite.
    await first.getByRole('alert').filter({ hasText: 'changed in another tab' }).waitFor();
    await typeInActiveCell(first, ' // mine');
    await first.getByRole('button', { name: 'Save mine as a copy' }).click();
    await first.waitForURL((url) => !url.hash.endsWith(new URL(second.url()).hash.slice(1)));

    const list = await browser.context.newPage();
    await list.goto(server.origin + '/');
    await list.locator('.file-row').first().waitFor();
    const names = await list.locator('.file-name').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Untitled.ipynb', 'Untitled-Copy.ipynb']));
    await list.locator('.file-name', { hasText: /^Untitled\.ipynb$/ }).click();
    await expect.poll(() => list.locator('.cm-content').first().textContent()).toBe('"from the first tab" + " and the second"');
  } finally {
    await browser.close();
  }
});

test('a killed browser keeps what autosave stored: the text typed before is there after a restart', async () => {
  const browser = await startBrowser();
  const profileDir = browser.profileDir;
  const page = await openApp(browser, server);
  await newNotebook(page);
  await typeInActiveCell(page, 'const survivor = 1');
  // Autosave has stored the text (the indicator turns "unsaved" on each edit, "saved" once written).
  await expect.poll(() => page.locator('.save-state').getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
  // SIGKILL every Chromium process of this profile: no unload handlers, no clean shutdown.
  execFileSync('pkill', ['-9', '-f', `user-data-dir=${profileDir}`]);
  await browser.context.close().catch(() => undefined);

  const again = await startBrowser({ profileDir });
  try {
    const reopened = await again.context.newPage();
    await reopened.goto(server.url);
    await reopened.locator('.file-name', { hasText: 'Untitled' }).first().click();
    await expect.poll(() => reopened.locator('.cm-content').first().textContent(), { timeout: 15_000 }).toBe('const survivor = 1');
    expect(await outputText(reopened.locator('.cell').first())).toBe('');
  } finally {
    await again.close();
  }
});

test('a reload right after typing keeps the typing (and so does closing the tab)', async () => {
  const browser = await startBrowser();
  try {
    const page = await openApp(browser, server);
    await newNotebook(page);
    const notebookUrl = page.url();
    await typeInActiveCell(page, 'const justTyped = 2');
    // Well inside the one-second autosave delay: the IndexedDB save started on pagehide is cut off.
    expect(await page.locator('.save-state').textContent()).not.toMatch(/^saved$/i);
    await page.reload();
    await expect.poll(() => page.locator('.cm-content').first().textContent(), { timeout: 15_000 }).toBe('const justTyped = 2');

    await page.locator('.cell.active .cm-content').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' + 1');
    await page.close({ runBeforeUnload: true });
    const again = await browser.context.newPage();
    await again.goto(notebookUrl);
    await expect.poll(() => again.locator('.cm-content').first().textContent(), { timeout: 15_000 }).toBe('const justTyped = 2 + 1');
  } finally {
    await browser.close();
  }
});
