/**
 * Your own data: files uploaded beside the notebooks are listed, read by name in a cell (readCsv,
 * SQL), written back from a cell, downloaded, renamed, deleted with undo, and in Download all.
 */
import { readFile } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { newNotebook, openApp, outputText, runInActiveCell, useServerAndBrowser } from './harness.ts';

const session = useServerAndBrowser();
let page: Page;
const SALES = 'region,amount,day\nnorth,10,2024-01-01\nsouth,7.5,2024-01-02\nnorth,2.5,2024-01-03\n';
// 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const rows = () => page.locator('.data-file-row').evaluateAll((items) => items.map((item) => [...item.querySelectorAll('span:not(.data-file-actions)')].map((s) => s.textContent?.trim()).join(' | ')));

test('uploaded files are listed with their kind and size, and cells read them by name', async () => {
  page = await openApp(session.browser, session.server);
  await page.locator('input[type="file"]').first().setInputFiles([
    { name: 'sales.csv', mimeType: 'text/csv', buffer: Buffer.from(SALES) },
    { name: 'pic.png', mimeType: 'image/png', buffer: PNG },
  ]);
  await expect.poll(rows).toEqual(expect.arrayContaining([`sales.csv | CSV | ${SALES.length} B`, `pic.png | Image (PNG) | ${PNG.length} B`]));

  await newNotebook(page);
  const read = await runInActiveCell(page, 'const sales = await readCsv("sales.csv"); sales.shape');
  expect(await outputText(read)).toContain('[ 3, 3 ]');
  const grouped = await runInActiveCell(page, 'await sql`select region, sum(amount) as total from \'sales.csv\' group by 1 order by 1`');
  await expect.poll(() => outputText(grouped), { timeout: 60_000 }).toMatch(/north[\s\S]*12\.5[\s\S]*south[\s\S]*7\.5/);
  const missing = await runInActiveCell(page, 'await readCsv("nope.csv")');
  expect(await outputText(missing)).toContain('No file named "nope.csv" in the files area');
  await runInActiveCell(page, 'await sales.query((d) => d.region === "north").toCsv("north.csv")');

  await page.locator('.brand').first().click();
  await expect.poll(rows).toEqual(expect.arrayContaining([expect.stringMatching(/^north\.csv \| CSV \| /)]));
});

test('download, rename, delete with undo, and Download all', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download sales.csv' }).click()]);
  expect(await readFile((await download.path()) ?? '', 'utf8')).toBe(SALES);

  await page.getByRole('button', { name: 'Rename pic.png' }).click();
  await page.getByLabel('New name').fill('picture.png');
  await page.keyboard.press('Enter');
  await expect.poll(rows).toEqual(expect.arrayContaining([expect.stringMatching(/^picture\.png \| /)]));

  await page.getByRole('button', { name: 'Delete picture.png' }).click();
  await expect.poll(rows).not.toEqual(expect.arrayContaining([expect.stringMatching(/^picture\.png/)]));
  await page.locator('.data-files').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(rows).toEqual(expect.arrayContaining([expect.stringMatching(/^picture\.png/)]));

  const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all' }).click()]);
  const entries = unzipSync(new Uint8Array(await readFile((await zip.path()) ?? '')));
  expect(strFromU8(entries['files/sales.csv']!)).toBe(SALES);
  expect(Object.keys(entries)).toEqual(expect.arrayContaining(['files/picture.png', 'files/north.csv']));
});
