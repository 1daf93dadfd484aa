/** A full disk quota: a clear message, the download offered, the open notebook intact, and nothing lost after. */
import { expect, test } from 'vitest';
import { newNotebook, openApp, typeInActiveCell, useServerAndBrowser } from './harness.ts';

const session = useServerAndBrowser();

// While `window.__quotaFull` is set, every IndexedDB write fails the way a full disk makes it fail.
const FULL_DISK = `
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (window.__quotaFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };`;

test('quota exceeded: message, download offered, notebook intact; saving resumes when space is back', async () => {
  const page = await openApp(session.browser, session.server);
  await page.addInitScript(FULL_DISK);
  await page.reload();
  await newNotebook(page);
  await typeInActiveCell(page, 'const kept = "before"');
  await expect.poll(() => page.locator('.save-state').textContent()).toBe('saved');

  await page.evaluate(() => ((window as unknown as { __quotaFull: boolean }).__quotaFull = true));
  await page.keyboard.type(' // typed while the disk is full');
  const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
  await alert.waitFor();
  expect(await alert.textContent()).toContain('download');
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download .ipynb' }).click()]);
  expect(download.suggestedFilename()).toBe('Untitled.ipynb');
  expect(await page.locator('.cm-content').first().textContent()).toBe('const kept = "before" // typed while the disk is full');

  await page.evaluate(() => ((window as unknown as { __quotaFull: boolean }).__quotaFull = false));
  await page.locator('.cm-content').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await expect.poll(() => page.locator('.save-state').textContent()).toBe('saved');
  await page.reload();
  await expect.poll(() => page.locator('.cm-content').first().textContent(), { timeout: 10_000 }).toBe(
    'const kept = "before" // typed while the disk is full!',
  );
});
