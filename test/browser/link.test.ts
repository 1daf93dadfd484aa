import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DIST,
  startBrowser,
  startServer,
  startStaticServer,
  openApp,
  type RunningBrowser,
  type RunningServer,
  type StaticServer,
} from './harness.ts';

const FIXTURE_NAME = 'jupyterlab-galata__simple_test.ipynb';
const fixtureText = readFileSync(`test/fixtures/ipynb/${FIXTURE_NAME}`, 'utf8');
const firstCode = (() => {
  const cells = (JSON.parse(fixtureText) as { cells: { cell_type: string; source: string | string[] }[] }).cells;
  const cell = cells.find((c) => c.cell_type === 'code');
  return Array.isArray(cell?.source) ? cell.source.join('') : (cell?.source ?? '');
})();

let server: RunningServer;
let browser: RunningBrowser;
let appHost: StaticServer;
let notebookHost: StaticServer;

beforeAll(async () => {
  server = await startServer();
  browser = await startBrowser();
  appHost = await startStaticServer({ root: DIST, base: '/quire/' });
  notebookHost = await startStaticServer({ root: 'test/fixtures/ipynb', base: '/nbs/', cors: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await appHost?.stop();
  await notebookHost?.stop();
});

async function fileNames(page: Page): Promise<string[]> {
  await page.evaluate(() => (location.hash = '#/'));
  await page.locator('.file-row').first().waitFor();
  return page.locator('.file-row .file-name').allTextContents();
}

async function expectNotebookOpen(page: Page): Promise<void> {
  await page.waitForURL(/#\/notebooks\//, { timeout: 20_000 });
  await expect.poll(() => page.locator('.cell .cm-content').first().textContent(), { timeout: 15_000 }).toBe(firstCode.split('\n').join(''));
}

test('#/open?url= on a static host fetches the notebook from another (CORS) site, imports it once and opens it', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${appHost.origin}/quire/`);
  await page.waitForFunction(() => crossOriginIsolated, undefined, { timeout: 30_000 });
  const url = `${notebookHost.origin}/nbs/${FIXTURE_NAME}`;
  await page.goto(`${appHost.origin}/quire/#/open?url=${encodeURIComponent(url)}`);
  await expectNotebookOpen(page);
  // The link's history entry was replaced: a reload shows the notebook, it does not import again.
  await page.reload();
  await expectNotebookOpen(page);
  const names = await fileNames(page);
  expect(names.filter((n) => n === FIXTURE_NAME)).toHaveLength(1);

  await page.goto(`${appHost.origin}/quire/#/open?url=${encodeURIComponent(`${notebookHost.origin}/nbs/missing.ipynb`)}`);
  await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 }).toContain('answered 404');
  expect(page.url()).toMatch(/#\/$/);
});

test('a fragment link (deflate-raw JSON in base64url) passes the token gate and opens the notebook it carries', async () => {
  const page = await openApp(browser, server);
  const data = deflateRawSync(Buffer.from(fixtureText)).toString('base64url');
  await page.goto(`${server.origin}/#/open?nb=${data}&name=${encodeURIComponent('Shared demo.ipynb')}`);
  await expectNotebookOpen(page);
  expect(await fileNames(page)).toContain('Shared demo.ipynb');
});
