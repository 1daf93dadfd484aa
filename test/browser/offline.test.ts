import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST, startBrowser, startServer, startStaticServer, openApp, typeInActiveCell, type RunningBrowser, type RunningServer } from './harness.ts';

interface BesselCase {
  fn: string;
  v?: number;
  x: number;
  f64: number | string;
  tags?: string[];
}
const reference = JSON.parse(readFileSync('test/fixtures/reference/bessel.json', 'utf8')) as { cases: BesselCase[] };
const j0At5 = reference.cases.find((c) => c.fn === 'j0' && c.x === 5 && c.tags?.includes('seed_example'));

let server: RunningServer;
let browser: RunningBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

test('after one visit the app opens, runs a cell on the WASM core and saves with the network and the server gone', async () => {
  expect(j0At5).toBeDefined();
  const page = await openApp(browser, server);
  await waitForServiceWorker(page);
  const port = new URL(server.origin).port;

  // Nothing may come from the network now: the server is stopped and the browser is offline.
  await server.stop();
  await browser.context.setOffline(true);

  await page.reload();
  await page.getByRole('button', { name: 'New notebook' }).waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: 'New notebook' }).click();
  await page.locator('.cell .cm-content').first().waitFor({ timeout: 15_000 });
  await typeInActiveCell(page, 'special.j0(5)');
  await page.keyboard.press('Shift+Enter');
  const result = page.locator('.output[data-output-type="execute_result"]').first();
  await expect.poll(() => result.textContent(), { timeout: 20_000 }).toContain(String(j0At5?.f64));
  await expect.poll(() => page.locator('.save-state').textContent()).toBe('saved');
  const notebookUrl = page.url();

  // Uploading works offline too: the import worker's script comes from the precache.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(new URL('/#/', notebookUrl).href);
  await page.locator('input[type="file"]').first().setInputFiles({
    name: 'offline.ipynb',
    mimeType: 'application/json',
    buffer: readFileSync('test/fixtures/ipynb/notebook-docs__Working_With_Markdown_Cells.ipynb'),
  });
  await expect.poll(() => page.getByRole('list', { name: 'Upload results' }).textContent(), { timeout: 15_000 }).toBe('Uploaded offline.ipynb as offline.ipynb');
  expect(workers.some((url) => /\/assets\/import\.worker-[\w-]+\.js$/.test(url))).toBe(true);

  // Back online, with the server again on the same origin (same storage): everything is kept.
  await browser.context.setOffline(false);
  server = await startServer({ token: server.token, args: ['--port', port] });
  await page.goto(notebookUrl);
  const kept = page.locator('.output[data-output-type="execute_result"]').first();
  await kept.waitFor({ timeout: 15_000 });
  expect(await kept.textContent()).toContain(String(j0At5?.f64));
  expect(await page.locator('.cell .cm-content').first().textContent()).toBe('special.j0(5)');
});

test('the token server makes the page cross-origin isolated, and the manifest makes it installable', async () => {
  const page = await openApp(browser, server);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    return link ? ((await (await fetch(link.href)).json()) as { name: string; theme_color: string; icons: { sizes: string }[] }) : null;
  });
  expect(manifest?.name).toBe('Quire');
  expect(manifest?.theme_color).toBe('#2f5d8a');
  expect(manifest?.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
});

test('on a static host without COOP/COEP, at a sub-path, the service worker makes the page isolated and the kernel interrupts without losing state', async () => {
  const host = await startStaticServer({ root: DIST, base: '/quire/' });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${host.origin}/quire/`);
    // The first load is not isolated; once the worker controls the page it reloads once.
    await page.waitForFunction(() => crossOriginIsolated, undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${host.origin}/quire/sw.js`);

    await page.getByRole('button', { name: 'New notebook' }).click();
    await page.locator('.cell .cm-content').first().waitFor();
    await typeInActiveCell(page, 'let n = 0; while (true) { n++ }');
    await page.keyboard.press('Control+Enter');
    await page.locator('.cell.active .in-prompt', { hasText: '*' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('i');
    await page.keyboard.press('i');
    const error = page.locator('.output[data-output-type="error"]').first();
    await expect.poll(() => error.textContent(), { timeout: 10_000 }).toContain('InterruptError');

    // The SharedArrayBuffer interrupt keeps the kernel: `n` is still defined and counted up.
    await page.keyboard.press('b');
    await page.keyboard.press('Enter');
    await page.keyboard.type('n > 0');
    await page.keyboard.press('Shift+Enter');
    const result = page.locator('.output[data-output-type="execute_result"]').first();
    await expect.poll(() => result.textContent(), { timeout: 10_000 }).toContain('true');
  } finally {
    await host.stop();
  }
});

test('a new version shows "update available", and Reload switches to it', async () => {
  // A private copy of the build, so the test can publish a "new version" of it.
  const root = mkdtempSync(join(tmpdir(), 'quire-dist-'));
  cpSync(DIST, root, { recursive: true });
  const host = await startStaticServer({ root, base: '/app/' });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${host.origin}/app/`);
    await page.waitForFunction(() => crossOriginIsolated, undefined, { timeout: 30_000 });
    await page.getByRole('button', { name: 'New notebook' }).waitFor();
    expect(await page.getByText('A new version of Quire is available').count()).toBe(0);

    appendFileSync(join(root, 'sw.js'), '\n// next version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.getByRole('status').filter({ hasText: 'A new version of Quire is available' });
    await banner.waitFor({ timeout: 30_000 });
    const reloaded = page.waitForEvent('load');
    await banner.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await page.getByRole('button', { name: 'New notebook' }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null))).toBeNull();
    expect(await page.getByText('A new version of Quire is available').count()).toBe(0);
  } finally {
    await host.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
