// Data frames in the real app: a code cell reads an inline CSV Blob, filters and groups it, and the
// output is pandas' HTML table; a malformed CSV shows the file:line error. Expected values are the
// pandas 1.5 results of the same steps (df[df.temp > 0].groupby('kind')[['temp']].agg(['mean', 'count'])).
import { beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { newNotebook, openApp, outputText, runInActiveCell, useServerAndBrowser } from './harness.ts';

const session = useServerAndBrowser();
let page: Page;

beforeEach(async () => {
  await page?.close();
  page = await openApp(session.browser, session.server);
  await newNotebook(page);
});

test('readCsv, filter and groupby show the pandas-style table', async () => {
  await runInActiveCell(page, "const df = await readCsv(new Blob(['city,kind,temp\\nOslo,cold,3\\nRome,warm,21\\nCairo,warm,30\\nNuuk,cold,-5\\n']))");
  const cell = await runInActiveCell(page, "df.filter(df.get('temp').gt(0)).groupby('kind').agg(['mean', 'count'])");
  const table = cell.locator('.outputs table.dataframe');
  await table.waitFor();
  expect(await table.locator('thead th').allTextContents()).toEqual(['', 'temp_mean', 'temp_count']);
  expect(await table.locator('tbody th').allTextContents()).toEqual(['cold', 'warm']);
  expect(await table.locator('tbody td').allTextContents()).toEqual(['3.0', '1', '25.5', '2']);
});

test('a malformed CSV shows the file and line of the bad row', async () => {
  const cell = await runInActiveCell(page, "await readCsv(new File(['a,b\\n1,2\\n3,4,5\\n'], 'sales.csv'))");
  await expect.poll(() => outputText(cell)).toContain('sales.csv:3: 3 fields, expected 2');
});
