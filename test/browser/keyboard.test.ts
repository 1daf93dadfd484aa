/** Every notebook shortcut of the help table, driven with the keyboard as a Jupyter user would. */
import { beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { newNotebook, openApp, outputText, useServerAndBrowser } from './harness.ts';

const session = useServerAndBrowser();
let page: Page;

beforeEach(async () => {
  await page?.close();
  page = await openApp(session.browser, session.server);
  await newNotebook(page);
});

/** Each cell's text: the editor's, its not-yet-mounted preview's, or the rendered markdown's. */
function texts(): Promise<string[]> {
  return page.locator('.cell').evaluateAll((cells) =>
    cells.map((cell) => (cell.querySelector('.cm-content') ?? cell.querySelector('.cell-static') ?? cell.querySelector('.markdown-cell'))?.textContent ?? ''),
  );
}

function types(): Promise<(string | null)[]> {
  return page.locator('.cell').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-cell-type')));
}

function activeIndex(): Promise<number> {
  return page.locator('.cell').evaluateAll((cells) => cells.findIndex((cell) => cell.classList.contains('active')));
}

function selectedCount(): Promise<number> {
  return page.locator('.cell.selected').count();
}

async function mode(): Promise<string | null> {
  return page.locator('.notebook').getAttribute('data-mode');
}

/** Fills the notebook with code cells "1", "2", … and ends in command mode on the first. */
async function cells(...sources: string[]): Promise<void> {
  await page.locator('.cell .cm-content').first().click();
  await page.keyboard.type(sources[0] ?? '');
  for (const source of sources.slice(1)) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('b');
    await page.keyboard.press('Enter');
    await page.keyboard.type(source);
  }
  await page.keyboard.press('Escape');
  for (let i = 1; i < sources.length; i++) await page.keyboard.press('k');
  await expect.poll(activeIndex).toBe(0);
}

test('Enter edits, Esc returns to command mode, and the two look different', async () => {
  await cells('1');
  expect(await mode()).toBe('command');
  const border = () => page.locator('.cell.active').evaluate((el) => getComputedStyle(el).borderLeftColor);
  const commandColour = await border();
  await page.keyboard.press('Enter');
  expect(await mode()).toBe('edit');
  expect(await border()).not.toBe(commandColour);
  await page.keyboard.press('Escape');
  expect(await mode()).toBe('command');
});

test('A and B insert above and below; D,D deletes; Z brings it back', async () => {
  await cells('1');
  await page.keyboard.press('a');
  expect(await texts()).toEqual(['', '1']);
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await page.keyboard.press('b');
  expect(await texts()).toEqual(['', '1', '']);
  await page.keyboard.press('Escape');
  await page.keyboard.press('k');
  await page.keyboard.press('d');
  expect(await texts()).toHaveLength(3);
  await page.keyboard.press('d');
  expect(await texts()).toEqual(['', '']);
  await page.keyboard.press('z');
  expect(await texts()).toEqual(['', '1', '']);
});

test('X, C, V and Shift+V cut, copy and paste cells', async () => {
  await cells('1', '2', '3');
  await page.keyboard.press('c');
  await page.keyboard.press('j');
  await page.keyboard.press('v');
  expect(await texts()).toEqual(['1', '2', '1', '3']);
  await page.keyboard.press('x');
  expect(await texts()).toEqual(['1', '2', '3']);
  await page.keyboard.press('Shift+V');
  expect(await texts()).toEqual(['1', '2', '1', '3']);
});

test('M, Y and R change the cell type', async () => {
  await cells('# title');
  await page.keyboard.press('m');
  expect(await types()).toEqual(['markdown']);
  await page.keyboard.press('r');
  expect(await types()).toEqual(['raw']);
  await page.keyboard.press('y');
  expect(await types()).toEqual(['code']);
});

test('Up/Down and K/J move the selection; Shift+Up/Down extend it', async () => {
  await cells('1', '2', '3');
  await page.keyboard.press('ArrowDown');
  expect(await activeIndex()).toBe(1);
  await page.keyboard.press('j');
  expect(await activeIndex()).toBe(2);
  await page.keyboard.press('ArrowUp');
  expect(await activeIndex()).toBe(1);
  await page.keyboard.press('k');
  expect(await activeIndex()).toBe(0);
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+J');
  expect(await selectedCount()).toBe(3);
  await page.keyboard.press('Shift+ArrowUp');
  expect(await selectedCount()).toBe(2);
});

test('a multi-cell selection runs, copies, moves and deletes together', async () => {
  await cells('10', '20', '30');
  await page.keyboard.press('Shift+J');
  await page.keyboard.press('Control+Enter');
  const all = page.locator('.cell');
  await expect.poll(() => outputText(all.nth(1))).toContain('20');
  expect(await outputText(all.nth(0))).toContain('10');
  expect(await outputText(all.nth(2))).toBe('');
  await page.keyboard.press('c');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('v');
  expect(await texts()).toEqual(['10', '20', '30', '10', '20']);
  await page.locator('.menu-button', { hasText: 'Edit' }).click();
  await page.getByRole('menuitem', { name: 'Move Cells Up' }).click();
  expect(await texts()).toEqual(['10', '20', '10', '20', '30']);
  await page.keyboard.press('d');
  await page.keyboard.press('d');
  expect(await texts()).toEqual(['10', '20', '30']);
});

test('Shift+M merges; Ctrl+Shift+Minus splits at the cursor', async () => {
  await cells('const a = 1', 'const b = 2');
  await page.keyboard.press('Shift+M');
  expect(await texts()).toEqual(['const a = 1const b = 2']);
  expect(await page.locator('.cell .cm-line').allTextContents()).toEqual(['const a = 1', 'const b = 2']);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+Shift+Minus');
  expect(await texts()).toEqual(['const a = 1', 'const b = 2']);
});

test('Shift+Enter runs and selects below (adding a cell at the end); Ctrl+Enter stays; Alt+Enter inserts', async () => {
  await cells('1 + 1');
  await page.keyboard.press('Shift+Enter');
  await expect.poll(() => outputText(page.locator('.cell').first())).toContain('2');
  expect(await texts()).toEqual(['1 + 1', '']);
  expect(await activeIndex()).toBe(1);
  await page.keyboard.press('Escape');
  await page.keyboard.press('k');
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => page.locator('.cell').first().locator('.in-prompt').textContent()).toBe('In [2]:');
  expect(await activeIndex()).toBe(0);
  await page.keyboard.press('Alt+Enter');
  await expect.poll(texts).toEqual(['1 + 1', '', '']);
  expect(await activeIndex()).toBe(1);
  expect(await mode()).toBe('edit');
});

test('I,I interrupts and 0,0 restarts the kernel', async () => {
  await cells('while (true) {}');
  await page.keyboard.press('Control+Enter');
  const first = page.locator('.cell').first();
  await expect.poll(() => first.locator('.in-prompt').textContent()).toBe('In [*]:');
  await page.keyboard.press('Escape');
  await page.keyboard.press('i');
  await page.keyboard.press('i');
  await expect.poll(() => first.locator('.in-prompt').textContent()).toBe('In [1]:');
  await page.keyboard.press('0');
  await page.keyboard.press('0');
  // As in Jupyter, a restart asks first; Enter confirms.
  const ask = page.getByRole('dialog', { name: 'Restart kernel?' });
  await ask.waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => ask.count()).toBe(0);
  await expect.poll(() => page.locator('.kernel-status').textContent(), { timeout: 20_000 }).toBe('idle');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('"again"');
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => first.locator('.in-prompt').textContent()).toBe('In [1]:');
  await expect.poll(() => outputText(first)).toContain('again');
});

test('S and Ctrl+S save and checkpoint; L toggles line numbers; O toggles the output; H lists every shortcut', async () => {
  await cells('"out"');
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => outputText(page.locator('.cell').first())).toContain('out');
  await page.keyboard.press('Escape');
  await page.keyboard.press('s');
  await expect.poll(() => page.locator('.save-state').textContent()).toBe('saved');
  await page.keyboard.press('Enter');
  await page.keyboard.type(' + "!"');
  await page.keyboard.press('Control+s');
  await expect.poll(() => page.locator('.save-state').textContent()).toBe('saved');

  await page.keyboard.press('Escape');
  await page.keyboard.press('l');
  await expect.poll(() => page.locator('.cm-lineNumbers').count()).toBe(1);
  await page.keyboard.press('l');
  await expect.poll(() => page.locator('.cm-lineNumbers').count()).toBe(0);

  await page.keyboard.press('o');
  await expect.poll(() => page.locator('.outputs').count()).toBe(0);
  await page.keyboard.press('o');
  await expect.poll(() => page.locator('.outputs').count()).toBe(1);

  await page.keyboard.press('h');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await help.waitFor();
  for (const keys of ['Shift+Enter', 'D,D', 'I,I', '0,0', 'Shift+M', 'Ctrl+Shift+Minus', 'Shift+V']) {
    expect(await help.getByText(keys, { exact: true }).count()).toBe(1);
  }
  await page.keyboard.press('Escape');
  await expect.poll(() => help.count()).toBe(0);
});

test('markdown: Enter edits, Shift+Enter renders, double-click edits again', async () => {
  await cells('');
  await page.keyboard.press('m');
  await page.keyboard.press('Enter');
  await page.keyboard.type('# Heading');
  await page.keyboard.press('Shift+Enter');
  const md = page.locator('.cell').first();
  await md.locator('.markdown-cell h1').waitFor();
  await md.locator('.markdown-cell').dblclick();
  await md.locator('.cm-content').waitFor();
  expect(await md.locator('.cm-content').textContent()).toBe('# Heading');
});
