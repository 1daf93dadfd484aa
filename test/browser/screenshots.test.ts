/** Screenshots of the notebook in light and dark themes (kept in test-results/), and the phone layout. */
import { mkdirSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, useServerAndBrowser } from './harness.ts';

const session = useServerAndBrowser();
const SHOTS = 'test-results/screenshots';

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

async function openWelcomeAndRunAll(page: Page): Promise<void> {
  await page.locator('.file-name', { hasText: 'Welcome to Quire.ipynb' }).click();
  await page.locator('.cell').first().waitFor();
  await page.locator('.menu-button', { hasText: 'Cell' }).click();
  await page.getByRole('menuitem', { name: 'Run All', exact: true }).click();
  // The notebook may hold plots from an earlier test's run: wait for this run to finish, not for those.
  await expect.poll(() => page.locator('.cell .in-prompt', { hasText: '*' }).count(), { timeout: 30_000 }).toBe(0);
  await expect.poll(() => page.locator('.js-plotly-plot').count(), { timeout: 30_000 }).toBe(2);
  await page.locator('.katex').first().waitFor();
}

/** Relative luminance (0 black … 1 white) of the page background. */
function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).map(Number);
    return (0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)) / 255;
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the Welcome notebook in the ${scheme} theme`, async () => {
    const page = await openApp(session.browser, session.server);
    await page.emulateMedia({ colorScheme: scheme });
    await openWelcomeAndRunAll(page);
    const luminance = await backgroundLuminance(page);
    if (scheme === 'light') expect(luminance).toBeGreaterThan(0.8);
    else expect(luminance).toBeLessThan(0.2);
    // Plots in the theme too: drawn on the page background (no white box in the dark theme), labels in the text colour.
    const plots = () =>
      page.locator('.js-plotly-plot').evaluateAll((els) =>
        els.map((el) => ({
          paper: getComputedStyle(el.querySelector('.main-svg') ?? el).backgroundColor,
          tick: getComputedStyle(el.querySelector('.xtick text') ?? el).fill,
        })),
      );
    const text = await page.evaluate(() => getComputedStyle(document.body).color);
    await expect.poll(plots, { timeout: 10_000 }).toEqual([
      { paper: 'rgba(0, 0, 0, 0)', tick: text },
      { paper: 'rgba(0, 0, 0, 0)', tick: text },
    ]);
    await page.screenshot({ path: `${SHOTS}/notebook-${scheme}.png`, fullPage: true });
    await page.close();
  });
}

test('a 400 px wide phone shows the notebook without sideways scrolling', async () => {
  const page = await openApp(session.browser, session.server);
  await page.setViewportSize({ width: 400, height: 800 });
  await openWelcomeAndRunAll(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  await page.screenshot({ path: `${SHOTS}/notebook-phone.png` });
  await page.close();
});
