/**
 * Jupyter's small habits, driven with keyboard and mouse through the built app: restarts ask first,
 * Save and Checkpoint says so, a figure's static image is no edit, Make a Copy, Find and Replace,
 * Edit Notebook Metadata and cell tags.
 */
import { beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { newNotebook, openApp, outputText, runInActiveCell, typeInActiveCell, useServerAndBrowser } from './harness.ts';

const session = useServerAndBrowser();
let page: Page;

beforeEach(async () => {
  await page?.close();
  page = await openApp(session.browser, session.server);
  await newNotebook(page);
});

async function menu(top: string, item: string): Promise<void> {
  await page.locator('.menu-button', { hasText: top }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

const saveState = () => page.locator('.save-state').textContent();

/** The sources of every cell as the editors show them. */
function sources(): Promise<string[]> {
  return page.locator('.cell .cm-content').allTextContents();
}

/** The stored nbformat content of the open notebook, read from IndexedDB as the next start would. */
function storedContent(): Promise<{ cells: { outputs?: { data?: Record<string, unknown> }[] }[]; metadata: Record<string, unknown> }> {
  return page.evaluate(async () => {
    const id = decodeURIComponent(/#\/notebooks\/([^/?#]+)/.exec(location.hash)?.[1] ?? '');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('quire');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      return await new Promise((resolve, reject) => {
        const request = db.transaction('contents').objectStore('contents').get(id);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  });
}

test('every restart asks first as Jupyter does; Cancel keeps the variables; "Don\'t ask again" is remembered', async () => {
  await runInActiveCell(page, 'let kept = 41');
  await page.keyboard.press('Escape');
  await page.keyboard.press('0');
  await page.keyboard.press('0');
  const ask = page.getByRole('dialog', { name: 'Restart kernel?' });
  await ask.waitFor();
  expect(await ask.textContent()).toContain('Do you want to restart the current kernel? All variables will be lost.');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => ask.count()).toBe(0);
  const second = await runInActiveCell(page, 'kept + 1');
  expect(await outputText(second)).toContain('42');

  await menu('Kernel', 'Restart & Run All');
  const runAll = page.getByRole('dialog', { name: 'Restart kernel and re-run the whole notebook?' });
  await runAll.getByRole('checkbox', { name: "Don't ask again" }).check();
  await runAll.getByRole('button', { name: 'Restart and Run All Cells' }).click();
  // The run after the restart starts counting again.
  await expect.poll(() => second.locator('.in-prompt').textContent(), { timeout: 20_000 }).toBe('In [2]:');
  await expect.poll(() => outputText(second)).toContain('42');

  // Not asked again, in this page or the next.
  await page.getByRole('button', { name: 'Restart the kernel', exact: true }).click();
  expect(await page.getByRole('dialog').count()).toBe(0);
  const after = await runInActiveCell(page, 'typeof kept');
  expect(await outputText(after)).toContain('undefined');
  const next = await openApp(session.browser, session.server);
  try {
    await newNotebook(next);
    await typeInActiveCell(next, '"shown"');
    await next.keyboard.press('Control+Enter');
    await expect.poll(() => outputText(next.locator('.cell').first())).toContain('shown');
    await next.locator('.menu-button', { hasText: 'Kernel' }).click();
    await next.getByRole('menuitem', { name: 'Restart & Clear Output', exact: true }).click();
    await expect.poll(() => next.locator('.outputs').count()).toBe(0);
    expect(await next.getByRole('dialog').count()).toBe(0);
  } finally {
    await next.close();
  }
});

test('Ctrl+S says "Checkpoint saved" for a moment and shows the last checkpoint beside the title, its age moving on', async () => {
  // The page's clock is installed before the app loads, so "2 minutes" can pass at once.
  await page.close();
  page = await session.browser.context.newPage();
  await page.clock.install();
  await page.goto(session.server.url);
  await newNotebook(page);
  expect(await page.locator('.last-checkpoint').count()).toBe(0);
  await typeInActiveCell(page, '1 + 1');
  await page.keyboard.press('Control+s');
  await page.getByRole('status').filter({ hasText: 'Checkpoint saved' }).waitFor();
  expect(await page.locator('.last-checkpoint').textContent()).toBe('Last Checkpoint: just now');
  expect(await saveState()).toBe('saved');
  await page.clock.fastForward('02:05');
  await expect.poll(() => page.locator('.last-checkpoint').textContent()).toBe('Last Checkpoint: 2 minutes ago');
  expect(await page.getByText('Checkpoint saved').count()).toBe(0);
  await page.keyboard.press('Escape');
  await menu('File', 'Save and Checkpoint');
  await page.getByRole('status').filter({ hasText: 'Checkpoint saved' }).waitFor();
});

/** A saved notebook whose figure has no static image yet, as Quire stored it before the image was drawn. */
const FIGURE_NOTEBOOK = JSON.stringify({
  nbformat: 4,
  nbformat_minor: 5,
  metadata: {},
  cells: [
    {
      id: 'figure',
      cell_type: 'code',
      source: 'plot([1, 2, 3], [1, 4, 9])',
      metadata: {},
      execution_count: 1,
      outputs: [
        {
          output_type: 'display_data',
          metadata: {},
          data: { 'application/vnd.plotly.v1+json': { data: [{ type: 'scatter', x: [1, 2, 3], y: [1, 4, 9] }], layout: {} }, 'text/plain': 'Figure' },
        },
      ],
    },
  ],
});

test('a figure drawn in a saved notebook leaves it saved; its static image is stored with the next save', async () => {
  await page.locator('.brand').click();
  await page.locator('input[type="file"]').first().setInputFiles([{ name: 'figure.ipynb', mimeType: 'application/json', buffer: Buffer.from(FIGURE_NOTEBOOK) }]);
  await page.getByRole('list', { name: 'Upload results' }).waitFor();
  // Every state the save label shows from the moment the notebook opens, with no edit made.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenStates: string[] }).seenStates = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.save-state')?.textContent;
      if (text && text !== seen.at(-1)) seen.push(text);
    }).observe(document.body, { childList: true, characterData: true, subtree: true });
  });
  await page.locator('.file-name', { hasText: 'figure.ipynb' }).click();
  await page.locator('.output[data-static-image]').waitFor({ timeout: 20_000 });
  expect(await saveState()).toBe('saved');
  expect(await page.evaluate(() => (window as unknown as { seenStates: string[] }).seenStates)).toEqual(['saved']);
  expect((await storedContent()).cells[0]?.outputs?.[0]?.data?.['image/png']).toBeUndefined();

  await page.keyboard.press('s');
  await page.getByRole('status').filter({ hasText: 'Checkpoint saved' }).waitFor();
  expect((await storedContent()).cells[0]?.outputs?.[0]?.data?.['image/png']).toMatch(/^iVBORw0KGgo/);
});

test('a plot run and saved stays saved once its image is drawn', async () => {
  await runInActiveCell(page, 'plot([1, 2, 3], [1, 4, 9])');
  await page.keyboard.press('Control+s');
  await page.getByRole('status').filter({ hasText: 'Checkpoint saved' }).waitFor();
  await page.locator('.output[data-static-image]').waitFor({ timeout: 20_000 });
  expect(await saveState()).toBe('saved');
});

test('File ▸ Make a Copy… opens "<name>-Copy1" with the same cells', async () => {
  await typeInActiveCell(page, 'const copied = true');
  await menu('File', 'Make a Copy…');
  await expect.poll(() => page.locator('.nb-title').textContent()).toMatch(/^\s*Untitled\d*-Copy1\s*$/);
  expect(await sources()).toEqual(['const copied = true']);
  const name = (await page.locator('.nb-title').textContent())?.trim();
  await page.locator('.brand').click();
  await expect.poll(() => page.locator('.file-name').allTextContents()).toContain(`${name}.ipynb`);
});

test('Find and Replace counts matches across cells, reports a bad regex, replaces one or all, and undoes Replace All in one step', async () => {
  await typeInActiveCell(page, 'let total = 1');
  for (const source of ['total = total + 2', '// Total']) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('b');
    await page.keyboard.press('Enter');
    await page.keyboard.type(source);
  }
  await page.keyboard.press('Escape');
  await page.keyboard.press('f');
  const dialog = page.getByRole('dialog', { name: 'Find and Replace' });
  await dialog.waitFor();
  await dialog.getByLabel('Find', { exact: true }).fill('total');
  const status = dialog.locator('.find-count');
  await expect.poll(() => status.textContent()).toContain('4 matches');
  await dialog.getByLabel('Match case').check();
  await expect.poll(() => status.textContent()).toContain('3 matches');
  // Enter (Find Next) walks the matches and selects each one's cell behind the dialog.
  await dialog.getByLabel('Find', { exact: true }).click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect.poll(() => status.textContent()).toContain('Match 2 of 3');
  expect(await page.locator('.cell').evaluateAll((cells) => cells.findIndex((cell) => cell.classList.contains('active')))).toBe(1);
  await dialog.getByLabel('Regular expression').check();
  await dialog.getByLabel('Find', { exact: true }).fill('total (');
  await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/Not a valid regular expression/);
  expect(await dialog.getByRole('button', { name: 'Replace All', exact: true }).isDisabled()).toBe(true);

  await dialog.getByLabel('Find', { exact: true }).fill('t(o)tal');
  await dialog.getByLabel('Replace with').fill('sum$1');
  await dialog.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect.poll(sources).toEqual(['let sumo = 1', 'total = total + 2', '// Total']);
  await dialog.getByRole('button', { name: 'Replace All', exact: true }).click();
  await expect.poll(sources).toEqual(['let sumo = 1', 'sumo = sumo + 2', '// Total']);
  expect(await status.textContent()).toContain('Replaced 2 matches.');
  await dialog.getByRole('button', { name: 'Undo Replace All' }).click();
  await expect.poll(sources).toEqual(['let sumo = 1', 'total = total + 2', '// Total']);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
  await expect.poll(saveState).toBe('saved');
});

test('Edit Notebook Metadata refuses invalid JSON with a message and saves valid JSON into the notebook', async () => {
  await menu('Edit', 'Edit Notebook Metadata');
  const dialog = page.getByRole('dialog', { name: 'Edit Notebook Metadata' });
  const editor = dialog.getByLabel('Notebook metadata (JSON)');
  const ok = dialog.getByRole('button', { name: 'OK' });
  const before = await editor.inputValue();
  expect(JSON.parse(before)).toEqual(expect.any(Object));
  await editor.fill('{"title": "Mine",}');
  await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/^Not valid JSON/);
  expect(await ok.isDisabled()).toBe(true);
  await editor.fill('[1, 2]');
  await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/JSON object/);
  await editor.fill(JSON.stringify({ ...JSON.parse(before), title: 'Mine', mine: { a: [1] } }));
  await ok.click();
  await expect.poll(() => dialog.count()).toBe(0);
  await page.keyboard.press('Control+s');
  await page.getByRole('status').filter({ hasText: 'Checkpoint saved' }).waitFor();
  const stored = await storedContent();
  expect(stored.metadata).toMatchObject({ title: 'Mine', mine: { a: [1] } });
});

test('View ▸ Cell Toolbar ▸ Tags: tags are added with Enter, removed with ×, stored in metadata.tags, and the bar stays on', async () => {
  expect(await page.locator('.cell-tags').count()).toBe(0);
  await menu('View', 'Cell Toolbar ▸ Tags');
  const input = page.getByLabel('Add a tag');
  await input.click();
  await page.keyboard.type('parameters');
  await page.keyboard.press('Enter');
  await page.keyboard.type('slow');
  await page.keyboard.press('Enter');
  await page.keyboard.type('parameters');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.tag-problem').textContent()).toMatch(/already has the tag "parameters"/);
  await expect.poll(() => page.locator('.cell-tag').allTextContents()).toEqual(['parameters×', 'slow×']);
  await page.getByRole('button', { name: 'Remove tag slow' }).click();
  await expect.poll(() => page.locator('.cell-tag').allTextContents()).toEqual(['parameters×']);
  // Esc leaves the tag field: B then inserts a cell, with its own empty tags bar.
  await input.first().click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  await expect.poll(() => page.locator('.cell-tags').count()).toBe(2);
  await page.keyboard.press('d');
  await page.keyboard.press('d');
  await expect.poll(() => page.locator('.cell').count()).toBe(1);
  await page.keyboard.press('Control+s');
  await page.getByRole('status').filter({ hasText: 'Checkpoint saved' }).waitFor();
  expect(((await storedContent()).cells[0] as { metadata?: unknown }).metadata).toEqual({ tags: ['parameters'] });

  await page.reload();
  await page.locator('.cell .cm-content').first().waitFor();
  await expect.poll(() => page.locator('.cell-tag').allTextContents()).toEqual(['parameters×']);
  await menu('View', 'Cell Toolbar ▸ Tags');
  await expect.poll(() => page.locator('.cell-tags').count()).toBe(0);
});
