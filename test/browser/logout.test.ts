/**
 * Log out, from the file list and from a notebook's File menu: the server ends the session, the
 * login page shows, a reload (served by the service worker's cached app) still leads to the login
 * page, a wrong token is refused, and the right one brings the notebooks back.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { newNotebook, openApp, startBrowser, startServer, typeInActiveCell, type RunningBrowser, type RunningServer } from './harness.ts';

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

async function expectLoginPage(page: Page): Promise<void> {
  await page.getByLabel('Password or token').waitFor();
  expect(new URL(page.url()).pathname).toBe('/login');
}

test('Log out on the file list ends the session; a reload still asks; the right token comes back', async () => {
  const page = await openApp(browser, server);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  const session = (await browser.context.cookies(server.origin)).find((cookie) => cookie.name.startsWith('quire-session-'));
  expect(session).toBeDefined();
  await page.getByRole('button', { name: 'Log out' }).click();
  await expectLoginPage(page);
  expect((await browser.context.cookies(server.origin)).some((cookie) => cookie.name === session?.name)).toBe(false);
  // The old cookie, replayed, no longer opens anything: the server ended the session.
  const replayed = await fetch(`${server.origin}/api/session`, { headers: { cookie: `${session?.name}=${session?.value}` } });
  expect(replayed.status).toBe(401);

  await page.goto(`${server.origin}/`);
  await expectLoginPage(page);

  await page.getByLabel('Password or token').fill('not the token');
  await page.keyboard.press('Enter');
  await page.getByRole('alert').filter({ hasText: 'Invalid token' }).waitFor();
  await page.getByLabel('Password or token').fill(server.token);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'New notebook' }).waitFor();
  await page.close();
});

test('File ▸ Log Out in a notebook saves it first, then logs out', async () => {
  const page = await openApp(browser, server);
  await newNotebook(page);
  await typeInActiveCell(page, 'const beforeLogout = 1');
  await page.keyboard.press('Escape');
  await page.locator('.menu-button', { hasText: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Log Out' }).click();
  await expectLoginPage(page);

  await page.getByLabel('Password or token').fill(server.token);
  await page.keyboard.press('Enter');
  await page.locator('.file-name', { hasText: 'Untitled' }).first().click();
  await expect.poll(() => page.locator('.cell .cm-content').first().textContent()).toBe('const beforeLogout = 1');
  await page.close();
});
