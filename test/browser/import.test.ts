/** A 50 MB notebook through the real file list: imported in the worker while the page keeps reacting, listed, opened whole. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BIG_FIRST, BIG_LAST, writeBigNotebook } from '../../bench/browser-import.ts';
import { openApp, useServerAndBrowser } from './harness.ts';

const session = useServerAndBrowser();
let big: ReturnType<typeof writeBigNotebook>;

beforeAll(() => {
  big = writeBigNotebook('big.ipynb');
});
afterAll(() => big?.remove());

test('a 50 MB notebook imports while the list stays usable, is listed, and opens with its first and last cells', { timeout: 180_000 }, async () => {
  expect(big.size).toBeGreaterThan(45_000_000);
  const page = await openApp(session.browser, session.server);
  await page.locator('.file-name', { hasText: 'Bessel functions' }).waitFor();
  // Records, in the page, whether the search filtered the list while the import was still shown as running.
  await page.evaluate(() => {
    const seen = { filteredWhileImporting: false };
    (globalThis as unknown as { __seen: typeof seen }).__seen = seen;
    new MutationObserver(() => {
      const names = [...document.querySelectorAll('.file-list .file-name')].map((n) => n.textContent);
      if (document.querySelector('.upload-progress') && names.length === 1 && names[0] === 'Bessel functions.ipynb') seen.filteredWhileImporting = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });

  await page.locator('input[type="file"]').first().setInputFiles(big.path);
  await page.getByRole('status').filter({ hasText: 'Importing big.ipynb…' }).waitFor();
  await page.getByRole('searchbox', { name: 'Search notebooks by name and content' }).fill('bessel');
  await expect.poll(() => page.locator('.file-list .file-name').allTextContents()).toEqual(['Bessel functions.ipynb']);

  const results = page.getByRole('list', { name: 'Upload results' });
  await expect.poll(() => results.textContent().catch(() => null), { timeout: 120_000 }).toBe('Uploaded big.ipynb as big.ipynb');
  expect(await page.evaluate(() => (globalThis as unknown as { __seen: { filteredWhileImporting: boolean } }).__seen.filteredWhileImporting)).toBe(true);
  await expect.poll(() => page.locator('.upload-progress').count()).toBe(0);

  await page.getByRole('searchbox', { name: 'Search notebooks by name and content' }).fill('');
  const row = page.locator('.file-name', { hasText: 'big.ipynb' });
  await expect.poll(() => row.count()).toBe(1);
  await row.click();
  const first = page.locator(`.cell[data-cell-id="${BIG_FIRST.id}"]`);
  const last = page.locator(`.cell[data-cell-id="${BIG_LAST.id}"]`);
  await last.waitFor({ state: 'attached', timeout: 120_000 });
  expect(await first.textContent()).toContain(BIG_FIRST.text);
  expect(await last.textContent()).toContain(BIG_LAST.text);
});
