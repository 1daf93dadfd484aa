import { beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { scaleNotebook, uploadNotebook } from '../../bench/editor.ts';
import { activeCell, newNotebook, openApp, typeInActiveCell, useServerAndBrowser } from './harness.ts';

// A 1×1 PNG.
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const session = useServerAndBrowser();
let page: Page;

beforeEach(async () => {
  await page?.close();
  page = await openApp(session.browser, session.server);
  await newNotebook(page);
  await expect.poll(() => page.locator('.kernel-status').textContent(), { timeout: 20_000 }).toBe('idle');
});

const activeText = (): Promise<string | null> => page.locator('.cell.active .cm-content').textContent();

test('Tab after special.j lists j0, j1, jn, jv from the kernel and accepting inserts the choice', async () => {
  await typeInActiveCell(page, 'special.j');
  await page.keyboard.press('Tab');
  const list = page.locator('.cm-tooltip-autocomplete');
  await list.waitFor();
  const labels = await list.locator('li').allTextContents();
  expect(labels).toEqual(expect.arrayContaining(['j0', 'j1', 'jn', 'jv']));
  await page.keyboard.press('ArrowDown');
  const chosen = await list.locator('li[aria-selected]').textContent();
  await page.keyboard.press('Tab');
  await expect.poll(activeText).toBe(`special.${chosen}`);
  await expect(list.count()).resolves.toBe(0);
});

test('Tab with only whitespace before the cursor indents instead of completing', async () => {
  await typeInActiveCell(page, 'x');
  await page.keyboard.press('Home');
  await page.keyboard.press('Tab');
  await expect.poll(activeText).toMatch(/^\s+x$/);
  expect(await page.locator('.cm-tooltip-autocomplete').count()).toBe(0);
});

test('Shift+Tab on special.jv shows its signature and doc; Esc closes it and stays in edit mode', async () => {
  await typeInActiveCell(page, 'special.jv');
  await page.keyboard.press('Shift+Tab');
  const tip = page.locator('.cm-inspect');
  await tip.waitFor();
  expect(await tip.textContent()).toContain('Bessel function of the first kind');
  expect(await tip.locator('.cm-inspect-signature').textContent()).toContain('jv(');
  await page.keyboard.press('Escape');
  await expect.poll(() => tip.count()).toBe(0);
  expect(await page.locator('.notebook').getAttribute('data-mode')).toBe('edit');
});

test('a pasted PNG becomes an attachment and renders as a data: image', async () => {
  await page.locator('.cell.active .cm-content').click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('m');
  await page.keyboard.press('Enter');
  await page.locator('.cell.active .cm-content').waitFor();
  await page.keyboard.type('Figure: ');
  await page.locator('.cell.active .cm-content').evaluate((content, base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'dot.png', { type: 'image/png' }));
    content.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, PNG_BASE64);
  await expect.poll(activeText).toBe('Figure: ![dot.png](attachment:dot.png)');
  const cell = await activeCell(page);
  await page.keyboard.press('Shift+Enter');
  const img = cell.locator('.rendered-markdown img');
  await img.waitFor();
  expect(await img.getAttribute('src')).toBe(`data:image/png;base64,${PNG_BASE64}`);
});

/** Opens a fresh page on the file list, uploads a 60-cell notebook with outputs and opens it. */
async function openLongNotebook(): Promise<{ page: Page; source: (i: number) => string }> {
  const text = scaleNotebook(60);
  const cells = (JSON.parse(text) as { cells: { source: string[] }[] }).cells;
  const fresh = await openApp(session.browser, session.server);
  await uploadNotebook(fresh, 'long.ipynb', text);
  await fresh.locator('.file-name', { hasText: 'long' }).first().click();
  await fresh.locator('.cell').nth(59).waitFor();
  return { page: fresh, source: (i) => cells[i]?.source.join('') ?? '' };
}

test('a cell far below shows a static preview of its source; a click on it opens the editor in edit mode', async () => {
  const { page: long, source } = await openLongNotebook();
  const last = long.locator('.cell').nth(59);
  expect(await last.locator('.cm-editor').count()).toBe(0);
  expect(await last.locator('.cell-static').textContent()).toBe(source(59));
  // Dispatched rather than clicked: a real click scrolls the cell near the viewport, which mounts the editor first.
  await last.locator('.cell-static').dispatchEvent('click');
  await last.locator('.cm-editor.cm-focused').waitFor();
  await long.keyboard.press('Control+End');
  await long.keyboard.type(';');
  await expect.poll(() => last.locator('.cm-content').textContent()).toContain('f59(v59);');
  expect(await long.locator('.notebook').getAttribute('data-mode')).toBe('edit');
  await long.close();
});

test('scrolling a far cell near the viewport mounts its editor', async () => {
  const { page: long } = await openLongNotebook();
  const last = long.locator('.cell').nth(59);
  expect(await last.locator('.cm-editor').count()).toBe(0);
  await last.scrollIntoViewIfNeeded();
  await last.locator('.cm-editor').waitFor();
  expect(await last.locator('.cell-static').count()).toBe(0);
  await long.close();
});

test('Enter in command mode on a far cell mounts its editor and focuses it', async () => {
  const { page: long } = await openLongNotebook();
  for (let i = 0; i < 59; i++) await long.keyboard.press('j');
  const last = long.locator('.cell').nth(59);
  await expect.poll(() => last.getAttribute('class')).toContain('active');
  await long.keyboard.press('Enter');
  await long.keyboard.type('/*x*/');
  await expect.poll(() => last.locator('.cm-content').textContent()).toContain('/*x*/// step 59');
  await long.close();
});
