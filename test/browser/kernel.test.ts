import { beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { activeCell, newNotebook, openApp, outputText, runInActiveCell, typeInActiveCell, useServerAndBrowser } from './harness.ts';

const session = useServerAndBrowser();
let page: Page;

beforeEach(async () => {
  await page?.close();
  page = await openApp(session.browser, session.server);
  await newNotebook(page);
});

test('state persists across cells and a const cell can be re-run', async () => {
  const first = await runInActiveCell(page, 'const x = 20; function twice(n: number) { return 2 * n }');
  const second = await runInActiveCell(page, 'twice(x) + 2');
  expect(await outputText(second)).toContain('42');
  await first.locator('.cm-content').click();
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => first.locator('.in-prompt').textContent()).toBe('In [3]:');
  expect(await outputText(first)).not.toContain('already been declared');
});

test('output streams while a slow loop runs, before the cell ends', async () => {
  const cell = await activeCell(page);
  // The loop never ends by itself, so seeing its output while it runs does not race the clock.
  await typeInActiveCell(page, 'for (let i = 0; ; i++) { console.log(`tick ${i}`); await new Promise((r) => setTimeout(r, 100)); }');
  await page.keyboard.press('Shift+Enter');
  await expect.poll(() => outputText(cell), { timeout: 15_000 }).toContain('tick 3');
  expect(await cell.locator('.in-prompt').textContent()).toBe('In [*]:');
  await page.getByRole('button', { name: 'Interrupt the kernel' }).click();
  await expect.poll(() => cell.locator('.in-prompt').textContent(), { timeout: 15_000 }).toMatch(/^In \[\d+\]:$/);
  expect(await outputText(cell)).toContain('tick 0\ntick 1\ntick 2\ntick 3');
});

test('an error shows its traceback with the line number in the cell', async () => {
  const cell = await runInActiveCell(page, 'const a = 1;\nconst b = 2;\nnull.boom;');
  const text = await outputText(cell);
  expect(text).toContain('TypeError');
  expect(text).toMatch(/line 3|:3:/);
});

test('interrupt stops while(true) from the toolbar and the page stays responsive', async () => {
  await runInActiveCell(page, 'let kept = "still here"');
  const cell = await activeCell(page);
  await typeInActiveCell(page, 'while (true) {}');
  await page.keyboard.press('Shift+Enter');
  await expect.poll(() => cell.locator('.in-prompt').textContent()).toBe('In [*]:');
  await page.getByRole('button', { name: 'Interrupt the kernel' }).click();
  await expect.poll(() => cell.locator('.in-prompt').textContent()).not.toBe('In [*]:');
  const isolated = await page.evaluate(() => crossOriginIsolated);
  const after = await runInActiveCell(page, 'typeof kept === "string" ? kept : "lost"');
  // The token server sends COOP/COEP, so the shared-flag interrupt keeps the variables.
  expect(isolated).toBe(true);
  expect(await outputText(after)).toContain('still here');
  expect(await outputText(cell)).toMatch(/Interrupt/);
});

test('Run All stops at the first error', async () => {
  await typeInActiveCell(page, 'const ok = 1');
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  await page.keyboard.press('Enter');
  await page.keyboard.type('throw new Error("stop here")');
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"never"');
  await page.keyboard.press('Escape');
  await page.locator('.menu-button', { hasText: 'Cell' }).click();
  await page.getByRole('menuitem', { name: 'Run All', exact: true }).click();
  const cells = page.locator('.cell');
  await expect.poll(() => outputText(cells.nth(1)), { timeout: 10_000 }).toContain('stop here');
  await expect.poll(() => cells.nth(2).locator('.in-prompt').textContent()).toBe('In [ ]:');
  expect(await outputText(cells.nth(2))).not.toContain('never');
});

test('a kernel that runs out of memory is reported dead and can be restarted', async () => {
  const cell = await activeCell(page);
  await typeInActiveCell(page, 'const hog: number[][] = []; while (true) hog.push(new Array(1e7).fill(1));');
  await page.keyboard.press('Shift+Enter');
  await expect.poll(() => page.locator('.kernel-status').textContent(), { timeout: 60_000 }).toBe('dead');
  await expect(page.getByRole('alert').filter({ hasText: 'died' }).textContent()).resolves.toContain('died');
  await page.getByRole('button', { name: 'Restart kernel' }).click();
  await expect.poll(() => page.locator('.kernel-status').textContent(), { timeout: 20_000 }).toBe('idle');
  const after = await runInActiveCell(page, '6 * 7');
  expect(await outputText(after)).toContain('42');
  expect(await cell.count()).toBe(1);
});
