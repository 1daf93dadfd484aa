/**
 * The chapter's story, end to end, as a person walks it: token URL from the log, the demo
 * notebooks, Bessel values, math, the random walks, the Basic Quadratic, rename, checkpoint,
 * Close and Halt, a server restart with a new token and the login form, the download, and offline use.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { schemaErrors } from '../ipynb/fixture-files.ts';
import { activeCell, outputText, runInActiveCell, startBrowser, startServer, typeInActiveCell, type RunningBrowser, type RunningServer } from './harness.ts';

let server: RunningServer;
let browser: RunningBrowser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const reference = JSON.parse(readFileSync(new URL('../fixtures/reference/bessel.json', import.meta.url), 'utf8')) as {
  cases: { fn: string; v?: number; x: number; f64: number | string }[];
};

function besselReference(v: number, x: number): string {
  const found = reference.cases.find((c) => c.fn === 'jv' && c.v === v && c.x === x);
  if (!found) throw new Error(`no reference for jv(${v}, ${x})`);
  return String(Number(found.f64));
}

async function plotTraces(cell: ReturnType<Page['locator']>): Promise<{ traces: number; legend: number }> {
  const plot = cell.locator('.js-plotly-plot').first();
  await plot.waitFor({ timeout: 20_000 });
  return plot.evaluate((el) => ({
    traces: el.querySelectorAll('.scatterlayer .trace').length,
    legend: el.querySelectorAll('.legend .traces').length,
  }));
}

test('the chapter, from the token URL to offline use', async () => {
  // 1. The URL from the log; the token leaves the address bar.
  page = await browser.context.newPage();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'New notebook' }).waitFor();
  expect(page.url()).not.toContain('token=');

  // 2. The demo notebooks are there.
  await expect.poll(() => page.locator('.file-name').allTextContents()).toEqual(
    expect.arrayContaining(['Welcome to Quire.ipynb', 'Bessel functions.ipynb']),
  );

  // 3. Interactively: J0 at 5, 6, 7, correctly rounded.
  await page.getByRole('button', { name: 'New notebook' }).click();
  await page.locator('.cell .cm-content').first().waitFor();
  for (const x of [5, 6, 7]) {
    const cell = await runInActiveCell(page, `special.jv(0, ${x})`);
    await expect.poll(() => outputText(cell)).toContain(besselReference(0, x));
    expect(await cell.locator('.out-prompt').textContent()).toContain(`Out[${x - 4}]:`);
  }
  expect(besselReference(0, 5)).toBe('-0.1775967713143383');

  // 4. Markdown with math.
  await page.keyboard.press('Escape');
  await page.keyboard.press('m');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The Bessel function $J_0(x)$');
  const markdown = await activeCell(page);
  await page.keyboard.press('Shift+Enter');
  await markdown.locator('.katex').first().waitFor();

  // 5. The random walks: one figure, four traces, a legend.
  const walks = await runInActiveCell(
    page,
    'const ts = new Series(random.randn(1000), { index: dateRange("2000-01-01", 1000) }).cumsum();\n' +
      'const df = new DataFrame(random.randn(1000, 4), { index: ts.index, columns: ["A", "B", "C", "D"] }).cumsum();\ndf.plot();',
  );
  expect(await plotTraces(walks)).toEqual({ traces: 4, legend: 4 });
  expect(await walks.locator('.js-plotly-plot').count()).toBe(1);

  // 6. The Basic Quadratic.
  const quadratic = await runInActiveCell(page, 'const x = arange(1, 10, 1); plot(x, x.map(v => v ** 2))');
  expect((await plotTraces(quadratic)).traces).toBe(1);

  // 7. Rename, Save and Checkpoint, Close and Halt.
  await page.keyboard.press('Escape');
  await page.locator('.nb-title').click();
  const nameInput = page.getByLabel('Notebook name');
  await nameInput.fill('Basic Quadratic');
  await nameInput.press('Enter');
  await expect.poll(() => page.locator('.nb-title').textContent()).toContain('Basic Quadratic');
  await page.locator('.menu-button', { hasText: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Save and Checkpoint' }).click();
  await expect.poll(() => page.locator('.save-state').textContent()).toBe('saved');
  await page.locator('.menu-button', { hasText: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Close and Halt' }).click();
  const row = page.locator('.file-row', { hasText: 'Basic Quadratic.ipynb' });
  await row.waitFor();
  expect(await row.locator('.badge.running').count()).toBe(0);

  // 8. A new server process with a new token on the same port. The plain address (no token) opens
  // the app from the service worker, which finds its session gone and shows the login form; the
  // new token typed there leads back to the file list, where the notebook is still there.
  const port = Number(new URL(server.origin).port);
  const oldToken = server.token;
  await server.stop();
  server = await startServer({ port });
  expect(server.token).not.toBe(oldToken);
  await page.goto(`${server.origin}/`);
  const password = page.getByLabel('Password or token');
  await password.waitFor();
  expect(new URL(page.url()).pathname).toBe('/login');
  await password.focus();
  await page.keyboard.type(server.token);
  await page.keyboard.press('Enter');
  await page.locator('.file-row', { hasText: 'Basic Quadratic.ipynb' }).waitFor();
  expect(page.url()).toBe(`${server.origin}/`);
  await page.locator('.file-row', { hasText: 'Basic Quadratic.ipynb' }).locator('.file-name').click();
  await page.locator('.js-plotly-plot').first().waitFor({ timeout: 20_000 });
  expect(await outputText(page.locator('.cell').first())).toContain('-0.1775967713143383');

  // 9. Download as .ipynb: valid nbformat 4.5, the plot as plotly JSON plus a static image.
  await page.locator('.menu-button', { hasText: 'File' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Download as .ipynb' }).click()]);
  expect(download.suggestedFilename()).toBe('Basic Quadratic.ipynb');
  const file = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as { cells: { outputs?: { data?: Record<string, unknown> }[] }[] };
  expect(schemaErrors(file)).toEqual([]);
  const figures = file.cells.flatMap((c) => c.outputs ?? []).filter((o) => o.data && 'application/vnd.plotly.v1+json' in o.data);
  expect(figures.length).toBe(2);
  for (const figure of figures) expect(String(figure.data?.['image/png'] ?? '')).toMatch(/^iVBOR/);

  // 10. The network goes away: the app still opens, runs a cell and keeps the notebook.
  await page.locator('.menu-button', { hasText: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Close and Halt' }).click();
  await page.locator('.file-row').first().waitFor();
  await browser.context.setOffline(true);
  try {
    await page.reload();
    await page.locator('.file-row', { hasText: 'Basic Quadratic.ipynb' }).locator('.file-name').click();
    await page.locator('.cell').first().waitFor();
    await page.locator('.cell').last().locator('.cm-content').click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('b');
    const offline = await runInActiveCell(page, 'special.j0(5)');
    await expect.poll(() => outputText(offline), { timeout: 20_000 }).toContain(besselReference(0, 5));
  } finally {
    await browser.context.setOffline(false);
  }
});
