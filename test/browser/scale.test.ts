import { expect, test } from 'vitest';
import { openApp, useServerAndBrowser } from './harness.ts';
import { benchEditor, SCALE_CELLS } from '../../bench/editor.ts';

const session = useServerAndBrowser();

// How fast it opens and paints a keystroke are figures of `npm run bench` (targets open ≤ 1 s,
// keystroke p95 ≤ 16 ms); no clock bound here, where a loaded machine decides the time. This test
// fails if editors stop being lazy (the count of mounted views) or typing does not reach cell 250.
test('a 300-cell notebook with outputs opens with few editors mounted, and typing in cell 250 works', async () => {
  const page = await openApp(session.browser, session.server);
  const rows = await benchEditor(page, 40);
  for (const row of rows) console.log(`${row.figure}: ${row.value.toFixed(1)} ${row.unit}`);
  const value = (start: string): number => rows.find((row) => row.figure.startsWith(start))?.value ?? NaN;
  expect(value('editors mounted')).toBeLessThan(SCALE_CELLS / 10);

  await page.locator('a.brand').click();
  await page.locator('.file-name', { hasText: 'scale-' }).first().click();
  const typed = page.locator('.cell').nth(249);
  await typed.waitFor();
  await typed.scrollIntoViewIfNeeded();
  await expect.poll(() => typed.locator('.cm-content').textContent()).toContain('f249(v249) + 1 + 1');
  expect(await page.locator('.cell').count()).toBe(SCALE_CELLS);
  await page.close();
});
