import { expect, test } from 'vitest';
import { openApp, useServerAndBrowser } from './harness.ts';
import { benchEditor, SCALE_CELLS } from '../../bench/editor.ts';

const session = useServerAndBrowser();

// The targets (open ≤ 1 s, keystroke p95 ≤ 16 ms) are figures of `npm run bench` on a quiet machine; here
// the bounds are loose enough for a shared, loaded CI box yet fail if editors stop being lazy (300 views
// take seconds to build) or typing waits on something slow such as saving.
test('a 300-cell notebook with outputs opens with few editors mounted, and typing in cell 250 works', async () => {
  const page = await openApp(session.browser, session.server);
  const rows = await benchEditor(page, 40);
  for (const row of rows) console.log(`${row.figure}: ${row.value.toFixed(1)} ${row.unit}`);
  const value = (start: string): number => rows.find((row) => row.figure.startsWith(start))?.value ?? NaN;
  expect(value('editors mounted')).toBeLessThan(SCALE_CELLS / 10);
  expect(value(`open ${SCALE_CELLS}-cell`)).toBeLessThan(8000);
  expect(value('keystroke to paint in cell 250 of 300 (p95)')).toBeLessThan(1500);

  await page.locator('a.brand').click();
  await page.locator('.file-name', { hasText: 'scale-' }).first().click();
  const typed = page.locator('.cell').nth(249);
  await typed.waitFor();
  await typed.scrollIntoViewIfNeeded();
  await expect.poll(() => typed.locator('.cm-content').textContent()).toContain('f249(v249) + 1 + 1');
  expect(await page.locator('.cell').count()).toBe(SCALE_CELLS);
  await page.close();
});
