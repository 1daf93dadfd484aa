/** What outputs and markdown look like in the real page: ANSI colours, progress bars, math, tables, images, plots. */
import { beforeEach, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { newNotebook, openApp, runInActiveCell, useServerAndBrowser } from './harness.ts';

const session = useServerAndBrowser();
let page: Page;
/** Paths of the plotly.js chunks this page requested. */
let plotlyChunks: string[];

beforeEach(async () => {
  await page?.close();
  page = await openApp(session.browser, session.server);
  plotlyChunks = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\/plotly[^/]*\.js$/.test(path)) plotlyChunks.push(path);
  });
  await newNotebook(page);
});

/** The chapter's random-walk demo, as the story test types it. */
const WALK =
  'const ts = new Series(random.randn(1000), { index: dateRange("2000-01-01", 1000) }).cumsum();\n' +
  'const df = new DataFrame(random.randn(1000, 4), { index: ts.index, columns: ["A", "B", "C", "D"] }).cumsum();\ndf.plot();';

/** The text colour of a plot's first x tick label, the page's text colour, and the plot's paper background. */
function plotLook(plot: Locator): Promise<{ tick: string; page: string; paper: string }> {
  return plot.evaluate((el) => ({
    tick: getComputedStyle(el.querySelector('.xtick text') ?? el).fill,
    page: getComputedStyle(document.body).color,
    paper: getComputedStyle(el.querySelector('.main-svg') ?? el).backgroundColor,
  }));
}

// A 1×1 red PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

test('ANSI colours in a stream become coloured spans; \\r redraws a progress line', async () => {
  const cell = await runInActiveCell(page, 'console.log("\\u001b[31mred\\u001b[0m plain"); console.log("10%\\r50%\\r100% done")');
  const red = cell.locator('.q-stream span', { hasText: 'red' });
  await red.waitFor();
  const colour = await red.evaluate((el) => getComputedStyle(el).color);
  const plain = await cell.locator('.q-stream').evaluate((el) => getComputedStyle(el).color);
  expect(colour).not.toBe(plain);
  const text = (await cell.locator('.q-stream').textContent()) ?? '';
  expect(text).toContain('100% done');
  expect(text).not.toContain('10%');
  expect(text).not.toContain('\u001b');
});

test('markdown renders a table, inline and display math, and a code block', async () => {
  await page.keyboard.press('Escape');
  await page.keyboard.press('m');
  await page.keyboard.press('Enter');
  await page.keyboard.type('| x | J0(x) |\n|---|---|\n| 5 | -0.178 |\n\nInline $J_0(x)$ and display:\n\n$$\\int_0^\\infty J_0(x)\\,dx = 1$$\n\n```ts\nconst x = 1;\n```\n');
  await page.keyboard.press('Shift+Enter');
  const md = page.locator('.cell').first().locator('.markdown-cell');
  await md.locator('table').waitFor();
  expect(await md.locator('td').allTextContents()).toEqual(['5', '-0.178']);
  expect(await md.locator('.katex').count()).toBeGreaterThanOrEqual(2);
  expect(await md.locator('.katex-display').count()).toBe(1);
  expect(await md.locator('pre code').textContent()).toContain('const x = 1;');
});

test('rich outputs: an image bundle and HTML, sanitised', async () => {
  const image = await runInActiveCell(page, `({ [Symbol.for("Jupyter.display")]: () => ({ "image/png": "${PNG}", "text/plain": "a dot" }) })`);
  const img = image.locator('.outputs img');
  await img.waitFor();
  expect(await img.getAttribute('src')).toBe(`data:image/png;base64,${PNG}`);
  expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1);

  const htmlCell = await runInActiveCell(page, 'display(html`<b id="bold">bold</b><img src=x onerror="document.title=1">`)');
  await htmlCell.locator('.outputs b').waitFor();
  expect(await htmlCell.locator('.outputs [onerror]').count()).toBe(0);
  expect(await page.title()).toBe('Quire');
});

test('the random-walk demo draws four traces and a legend with the basic plotly.js bundle, and follows the window width', async () => {
  const cell = await runInActiveCell(page, WALK);
  const plot = cell.locator('.js-plotly-plot');
  await plot.locator('.scatterlayer .trace').first().waitFor({ timeout: 20_000 });
  expect(await plot.evaluate((el) => [el.querySelectorAll('.scatterlayer .trace').length, el.querySelectorAll('.legend .traces').length])).toEqual([4, 4]);
  expect(plotlyChunks.length).toBe(1);
  expect(plotlyChunks[0]).toMatch(/\/plotly-basic\.min-[^/]*\.js$/);

  const width = (): Promise<number> => plot.evaluate((el) => Number(el.querySelector('.main-svg')?.getAttribute('width')));
  const wide = await width();
  await page.setViewportSize({ width: 700, height: 800 });
  await expect.poll(width, { timeout: 10_000 }).toBeLessThan(wide);
});

test('a figure that needs more than scatter, bar and pie loads the full plotly.js bundle after the basic one', async () => {
  await runInActiveCell(page, 'plot([1, 2, 3], [1, 4, 9])');
  const heat = await runInActiveCell(
    page,
    '({ [Symbol.for("Jupyter.display")]: () => ({ "application/vnd.plotly.v1+json": { data: [{ type: "heatmap", z: [[1, 2], [3, 4]] }], layout: {} }, "text/plain": "heat" }) })',
  );
  await heat.locator('.js-plotly-plot .heatmaplayer .hm').waitFor({ timeout: 20_000 });
  expect(plotlyChunks.map((path) => /\/(plotly(?:-basic)?)\.min-/.exec(path)?.[1])).toEqual(['plotly-basic', 'plotly']);
});

test('plots follow the app theme: text in the theme colour on the page background, re-styled when the theme changes', async () => {
  await page.evaluate(() => {
    document.documentElement.dataset['theme'] = 'dark';
  });
  const cell = await runInActiveCell(page, 'const x = arange(1, 10, 1); plot(x, x.map(v => v ** 2))');
  const plot = cell.locator('.js-plotly-plot');
  await plot.locator('.xtick text').first().waitFor({ timeout: 20_000 });
  const dark = await plotLook(plot);
  expect(dark.tick).toBe(dark.page);
  expect(dark.paper).toBe('rgba(0, 0, 0, 0)');

  await page.evaluate(() => {
    document.documentElement.dataset['theme'] = 'light';
  });
  await expect.poll(async () => (await plotLook(plot)).tick, { timeout: 10_000 }).not.toBe(dark.tick);
  const light = await plotLook(plot);
  expect(light.tick).toBe(light.page);
  expect(light.page).not.toBe(dark.page);
});
