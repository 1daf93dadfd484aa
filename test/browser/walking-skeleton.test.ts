import { expect, test } from 'vitest';
import { openApp, typeInActiveCell, useServerAndBrowser } from './harness.ts';

const session = useServerAndBrowser();

test('create a notebook, run 1 + 1, see Out[1] 2, and find it again after a reload', async () => {
  const page = await openApp(session.browser, session.server);
  await page.getByRole('button', { name: 'New notebook' }).click();
  await page.locator('.cell .cm-content').first().waitFor();

  await typeInActiveCell(page, '1 + 1');
  await page.keyboard.press('Shift+Enter');

  const result = page.locator('.output[data-output-type="execute_result"]').first();
  await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('2');
  expect(await result.locator('.out-prompt').textContent()).toContain('Out[1]:');
  expect(await page.locator('.cell').first().locator('.in-prompt').textContent()).toContain('In [1]:');

  // Autosave lands within a second of the last change; wait for the indicator, then reload.
  await expect.poll(() => page.locator('.save-state').textContent()).toBe('saved');
  await page.reload();
  const reloaded = page.locator('.output[data-output-type="execute_result"]').first();
  await reloaded.waitFor({ timeout: 15_000 });
  expect(await reloaded.textContent()).toContain('2');
  expect(await page.locator('.cell .cm-content').first().textContent()).toBe('1 + 1');
});
