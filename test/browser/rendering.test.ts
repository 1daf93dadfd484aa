/** What outputs and markdown look like in the real page: ANSI colours, progress bars, math, tables, images. */
import { beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { newNotebook, openApp, runInActiveCell, useServerAndBrowser } from './harness.ts';

const session = useServerAndBrowser();
let page: Page;

beforeEach(async () => {
  await page?.close();
  page = await openApp(session.browser, session.server);
  await newNotebook(page);
});

// A 1×1 red PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

test('ANSI colours in a stream become coloured spans; \\r redraws a progress line', async () => {
  const cell = await runInActiveCell(page, 'console.log("\\u001b[31mred\\u001b[0m plain"); console.log("10%\\r50%\\r100% done")');
  const red = cell.locator('.q-stream span', { hasText: 'red' });
  await red.waitFor();
  const colour = await red.evaluate((el) => getComputedStyle(el).color);
  const plain = await cell.locator('.q-stream').evaluate((el) => getComputedStyle(el).color);
  expect(colour).not.toBe(plain);
  const text = (await cell.locator('.q-stream').textContent()) ?? '';
  expect(text).toContain('100% done');
  expect(text).not.toContain('10%');
  expect(text).not.toContain('\u001b');
});

test('markdown renders a table, inline and display math, and a code block', async () => {
  await page.keyboard.press('Escape');
  await page.keyboard.press('m');
  await page.keyboard.press('Enter');
  await page.keyboard.type('| x | J0(x) |\n|---|---|\n| 5 | -0.178 |\n\nInline $J_0(x)$ and display:\n\n$$\\int_0^\\infty J_0(x)\\,dx = 1$$\n\n```ts\nconst x = 1;\n```\n');
  await page.keyboard.press('Shift+Enter');
  const md = page.locator('.cell').first().locator('.markdown-cell');
  await md.locator('table').waitFor();
  expect(await md.locator('td').allTextContents()).toEqual(['5', '-0.178']);
  expect(await md.locator('.katex').count()).toBeGreaterThanOrEqual(2);
  expect(await md.locator('.katex-display').count()).toBe(1);
  expect(await md.locator('pre code').textContent()).toContain('const x = 1;');
});

test('rich outputs: an image bundle and HTML, sanitised', async () => {
  const image = await runInActiveCell(page, `({ [Symbol.for("Jupyter.display")]: () => ({ "image/png": "${PNG}", "text/plain": "a dot" }) })`);
  const img = image.locator('.outputs img');
  await img.waitFor();
  expect(await img.getAttribute('src')).toBe(`data:image/png;base64,${PNG}`);
  expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1);

  const htmlCell = await runInActiveCell(page, 'display(html`<b id="bold">bold</b><img src=x onerror="document.title=1">`)');
  await htmlCell.locator('.outputs b').waitFor();
  expect(await htmlCell.locator('.outputs [onerror]').count()).toBe(0);
  expect(await page.title()).toBe('Quire');
});
