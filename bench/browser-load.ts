/**
 * Loading the app in Chromium: bytes and time to a usable file list in a fresh profile (each run
 * its own new Chromium profile, entering through the token URL as the log prints it), then
 * reloads of a visited app, online and offline (served by the service worker).
 */
import type { Page } from 'playwright-core';
import { startBrowser, type RunningServer } from '../test/browser/harness.ts';
import type { BenchScripts } from './browser-bundle.ts';
import { median, waitForMark, type NotedRow } from './browser-session.ts';

const KB = 1000;

/** Fresh-profile first loads: JS+CSS+WASM bytes (compressed, as sent) and navigation → file list usable. */
export async function benchFreshLoad(server: RunningServer, scripts: BenchScripts, runs = 5): Promise<NotedRow[]> {
  const times: number[] = [];
  const code: number[] = [];
  const other: number[] = [];
  const html: number[] = [];
  const ready: number[] = [];
  const encodings = new Set<string>();
  const failures: string[] = [];
  for (let run = 0; run < runs; run++) {
    const browser = await startBrowser();
    try {
      await browser.context.addInitScript({ content: scripts.probe });
      const page = await browser.context.newPage();
      page.on('response', (response) => {
        if (/\.(js|css|wasm)$/.test(new URL(response.url()).pathname)) encodings.add(response.headers()['content-encoding'] ?? 'identity');
      });
      await page.goto(server.url);
      const marks = await waitForMark(page, 'fileListAt');
      const bytes = marks.bytes;
      if (marks.fileListAt === undefined || !bytes) throw new Error('probe recorded no file list');
      times.push(marks.fileListAt);
      const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.toJSON() as Record<string, number>);
      html.push(nav['responseEnd'] ?? Number.NaN);
      ready.push(nav['domContentLoadedEventEnd'] ?? Number.NaN);
      code.push(bytes.js + bytes.css + bytes.wasm);
      other.push(bytes.other);
    } catch (error) {
      // One stuck first load (seen once on the busy machine) should not void the other runs.
      failures.push(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
    } finally {
      await browser.close();
    }
  }
  if (times.length === 0) throw new Error(`every fresh-profile load failed: ${failures[0] ?? ''}`);
  const failed = failures.length > 0 ? `; ${failures.length} of ${runs} runs failed (${failures[0]})` : '';
  const sent = [...encodings].sort().join('/');
  return [
    { figure: `JS+CSS+WASM transferred before the file list is usable (compressed body bytes, ${sent})`, value: round(median(code) / KB, 1), unit: 'kB', target: '≤ 250 kB' },
    { figure: 'HTML, fonts and icons transferred by then (compressed)', value: round(median(other) / KB, 1), unit: 'kB' },
    { figure: `navigation → file list usable, fresh profile, via the token URL (median of ${times.length})`, value: round(median(times), 1), unit: 'ms', target: '≤ 400 ms',
      note: `HTML received at ${round(median(html))} ms, DOMContentLoaded at ${round(median(ready))} ms${failed}` },
  ];
}

async function reloadTimes(page: Page, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.reload();
    const marks = await waitForMark(page, 'fileListAt');
    times.push(marks.fileListAt ?? Number.NaN);
  }
  return times;
}

/** Reloads of a page showing the file list (the probe in its context): online, then offline through the service worker. */
export async function benchReloads(page: Page, runs = 5): Promise<NotedRow[]> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  const online = await reloadTimes(page, runs);
  await page.context().setOffline(true);
  let offline: number[];
  try {
    offline = await reloadTimes(page, runs);
  } finally {
    await page.context().setOffline(false);
  }
  return [
    { figure: `reload → file list usable, after one visit, online (median of ${runs})`, value: round(median(online), 1), unit: 'ms' },
    { figure: `offline reload → file list usable, after one visit (median of ${runs})`, value: round(median(offline), 1), unit: 'ms', target: '≤ 400 ms' },
  ];
}

/** `value` rounded to `digits` decimals. */
export function round(value: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
