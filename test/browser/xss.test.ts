/**
 * Untrusted notebooks in the real app: every XSS fixture opens and renders, every link and button in
 * its content is clicked and every element hovered, and no payload's hook ever fires.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { openApp, useServerAndBrowser } from './harness.ts';
import { installXssMonitor, runXssHarness, waitForCanaries } from './xss-harness.ts';

const session = useServerAndBrowser();

const CORPORA = [
  { dir: 'xss', notebook: 'xss-public-sample.ipynb' },
  { dir: 'xss-extra', notebook: 'xss-extra.ipynb' },
];

for (const { dir, notebook } of CORPORA) {
  test(`${notebook}: nothing runs, nothing navigates, every canary is visible`, async () => {
    const base = new URL(`../fixtures/${dir}/`, import.meta.url);
    const cases = (JSON.parse(readFileSync(new URL('CASES.json', base), 'utf8')) as { cases: { id: string }[] }).cases.map((c) => c.id);
    expect(cases.length).toBeGreaterThan(0);

    const page = await openApp(session.browser, session.server);
    const monitor = await installXssMonitor(page);
    await page.reload();
    await page.locator('input[type="file"]').first().setInputFiles({
      name: notebook,
      mimeType: 'application/json',
      buffer: readFileSync(new URL(notebook, base)),
    });
    await page.locator('.file-name', { hasText: notebook }).click();
    await page.locator('.cell').first().waitFor();
    await waitForCanaries(page, cases);

    try {
      const report = await runXssHarness(page, monitor, cases);
      expect(report.fired).toEqual({});
      expect(report.clobbered).toEqual([]);
      expect(report.prototypeKeys).toEqual([]);
      expect(report.missingCanaries).toEqual([]);
      expect(page.url()).toContain(session.server.origin);
    } finally {
      await monitor.dispose();
      await page.close();
    }
  }, 180_000);
}
