/**
 * Download as HTML, Markdown and TypeScript script, and Print, each checked by its consumer: the
 * HTML opened offline in Chromium shows every output and asks for nothing; the Markdown zip holds
 * the .md and its images; the script uploaded again gives the same cells.
 */
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { expect, test } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { newNotebook, openApp, outputText, runInActiveCell, typeInActiveCell, useServerAndBrowser } from './harness.ts';

const session = useServerAndBrowser();
let page: Page;
// 1×1 PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

async function downloadAs(item: string): Promise<Download> {
  await page.locator('.menu-button', { hasText: 'File' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return file;
}

// The exports below all start from this notebook (tests in a file run in order).
test('a notebook with markdown and math, text, an image, a figure and an error', async () => {
  page = await openApp(session.browser, session.server);
  await newNotebook(page);
  // A markdown cell with a formula, then code with text, an image, a plot and an error.
  await page.keyboard.press('Escape');
  await page.keyboard.press('m');
  await page.keyboard.press('Enter');
  await typeInActiveCell(page, '# Exported\n\nThe area is $\\pi r^2$.');
  await page.keyboard.press('Shift+Enter');
  await runInActiveCell(page, 'console.log("printed line"); 6 * 7');
  await runInActiveCell(page, `display({ "image/png": "${PNG}" }, { raw: true })`);
  const plotCell = await runInActiveCell(page, 'plot([1, 2, 3], [1, 4, 9])');
  await plotCell.locator('.output[data-static-image]').waitFor({ timeout: 30_000 });
  const failing = await runInActiveCell(page, 'throw new Error("exported failure")');
  expect(await outputText(failing)).toContain('exported failure');
}, 120_000);

test('the HTML page, opened offline, shows every output and makes no request', async () => {
  const file = await downloadAs('Download as HTML (.html)');
  expect(file.suggestedFilename()).toMatch(/\.html$/);
  const dir = await mkdtemp(join(tmpdir(), 'quire-export-'));
  const path = join(dir, 'exported.html');
  await writeFile(path, await readFile((await file.path()) ?? ''));
  const viewer = await session.browser.context.newPage();
  const requests: string[] = [];
  viewer.on('request', (request) => requests.push(request.url()));
  await viewer.context().setOffline(true);
  try {
    await viewer.goto(pathToFileURL(path).href);
    expect(await viewer.locator('h1').textContent()).toContain('Exported');
    expect(await viewer.locator('math').count()).toBeGreaterThan(0);
    const text = (await viewer.locator('main').textContent()) ?? '';
    for (const shown of ['printed line', '42', 'exported failure', 'console.log']) expect(text).toContain(shown);
    // Both images (the displayed PNG and the figure's static image) are decoded.
    await expect.poll(() => viewer.locator('img').evaluateAll((images) => images.map((img) => (img as HTMLImageElement).naturalWidth > 0))).toEqual([true, true]);
    expect(await viewer.locator('script').count()).toBe(0);
    expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
  } finally {
    await viewer.context().setOffline(false);
    await viewer.close();
  }
});

test('the Markdown download is a zip with the .md and its images', async () => {
  const file = await downloadAs('Download as Markdown (.md)');
  expect(file.suggestedFilename()).toMatch(/\.zip$/);
  const entries = unzipSync(new Uint8Array(await readFile((await file.path()) ?? '')));
  const names = Object.keys(entries);
  const md = names.find((name) => name.endsWith('.md'))!;
  const markdown = strFromU8(entries[md]!);
  expect(markdown).toContain('# Exported');
  expect(markdown).toContain('```typescript\nconsole.log("printed line"); 6 * 7\n```');
  const images = [...markdown.matchAll(/!\[output\]\(([^)]+)\)/g)].map((m) => m[1]!);
  expect(images.length).toBe(2);
  for (const image of images) expect(names).toContain(image);
});

test('the TypeScript script, uploaded again, gives the same cells', async () => {
  const file = await downloadAs('Download as TypeScript script (.ts)');
  const script = await readFile((await file.path()) ?? '', 'utf8');
  expect(script).toContain('// %% [markdown]\n// # Exported');
  const sources = await page.locator('.cell').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-cell-type')));
  await page.locator('.brand').first().click();
  await page.locator('input[type="file"]').first().setInputFiles([{ name: 'Round trip.ts', mimeType: 'text/typescript', buffer: Buffer.from(script) }]);
  await page.locator('.file-name', { hasText: 'Round trip.ipynb' }).click();
  await expect.poll(() => page.locator('.cell').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-cell-type')))).toEqual(sources);
  const again = await downloadAs('Download as TypeScript script (.ts)');
  expect(await readFile((await again.path()) ?? '', 'utf8')).toBe(script);
});

test('printing shows the cells without the menus and toolbar', async () => {
  await page.emulateMedia({ media: 'print' });
  try {
    expect(await page.locator('.nb-chrome').isVisible()).toBe(false);
    expect(await page.locator('.cell').first().isVisible()).toBe(true);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});
