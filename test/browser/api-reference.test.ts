/**
 * Help → the kernel API reference: it ships with the app (no network needed once installed),
 * lists every documented name with its signature and one-line doc, and can be filtered.
 */
import { expect, test } from 'vitest';
import { numericDocs } from '../../worker/numeric/index.ts';
import { newNotebook, openApp, useServerAndBrowser } from './harness.ts';

const session = useServerAndBrowser();

test('the kernel API reference opens from the Help menu, offline, and lists special.jv with its doc', async () => {
  const page = await openApp(session.browser, session.server);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  await newNotebook(page);
  await page.keyboard.press('Escape');

  await session.browser.context.setOffline(true);
  try {
    await page.locator('.menu-button', { hasText: 'Help' }).click();
    await page.getByRole('menuitem', { name: 'Kernel API Reference' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kernel API reference' });
    await dialog.waitFor();

    const jv = dialog.locator('dt[data-name="special.jv"]');
    await jv.waitFor();
    const expected = numericDocs['special.jv'];
    expect(await jv.textContent()).toBe(expected?.signature);
    expect(await jv.locator('xpath=following-sibling::dd[1]').textContent()).toBe(expected?.doc);
    for (const name of ['display', 'random.randn', 'arange', 'Series.cumsum', 'DataFrame.plot', 'plot']) {
      expect(await dialog.locator(`dt[data-name="${name}"]`).count(), name).toBe(1);
    }
    expect(await dialog.getByText('import { special, display } from "quire"').count()).toBe(1);

    await dialog.getByRole('searchbox').fill('cumsum');
    await expect.poll(() => dialog.locator('dt').evaluateAll((dts) => dts.map((dt) => dt.getAttribute('data-name')))).toEqual([
      'cumsum',
      'Series.cumsum',
      'DataFrame.cumsum',
    ]);

    // As in any search field, Escape first clears the filter; the next one closes the dialog.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.getByRole('searchbox').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    // The shortcuts dialog leads there too.
    await page.keyboard.press('h');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('button', { name: 'Kernel API reference' }).press('Enter');
    await dialog.locator('dt[data-name="special.jv"]').waitFor();
  } finally {
    await session.browser.context.setOffline(false);
  }
});
