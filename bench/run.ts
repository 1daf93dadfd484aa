/**
 * `npm run bench` (after `npm run build`): every speed figure with its target in one table, and
 * bench/results.json. Node figures first (numeric core, kernel in a worker thread, server load),
 * then Chromium against the built app behind the real token server. A part that fails is listed
 * as "not measured" with the reason; the rest still runs.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { CHROMIUM, DIST, openApp, startBrowser, startServer, type RunningServer } from '../test/browser/harness.ts';
import type { BenchRow } from './bench-row.ts';
import { benchBessel } from './bessel.ts';
import { benchAutosave, benchStorageInPage } from './browser-autosave.ts';
import { buildBenchScripts, type BenchScripts } from './browser-bundle.ts';
import { benchCells } from './browser-cells.ts';
import { benchFreshLoad, benchReloads } from './browser-load.ts';
import { benchFindReplace } from './find-replace.ts';
import { benchImport } from './browser-import.ts';
import { navigate, type NotedRow } from './browser-session.ts';
import { benchKernelRoundTrip } from './kernel-roundtrip.ts';
import { benchFrames } from './frames.ts';
import { benchKernelInterrupt } from './kernel-interrupt.ts';
import { benchRandom } from './random.ts';
import { benchServer } from './server-load.ts';
import { benchServerShutdown } from './server-shutdown.ts';
import { benchSql } from './sql.ts';

/** Whether a measured value meets its target. */
type Verdict = 'yes' | 'MISSED' | 'reference' | 'n/a' | 'unclear';

interface ResultRow extends NotedRow {
  ok: Verdict;
}

/** Judges `value` against a target such as "≤ 250 kB", "< 2 ms", "0" or "≤ 2 ulp on 99%". */
function judge(value: number, target: string | undefined): Verdict {
  if (target === undefined) return 'n/a';
  if (Number.isNaN(value)) return 'MISSED';
  const match = /^(≤|<|≥|>)?\s*(-?[\d,]*\.?\d+)\s*(\S*)\s*(.*)$/.exec(target.trim());
  if (!match) return 'reference';
  const [, op, num = '', , rest = ''] = match;
  const limit = Number(num.replace(/,/g, ''));
  if (op === undefined) return target.trim() === num ? (value === limit ? 'yes' : 'MISSED') : 'reference';
  const met = op === '≤' ? value <= limit : op === '<' ? value < limit : op === '≥' ? value >= limit : value > limit;
  // A qualifier such as "on 99%" is about a share of points; a max within the limit meets it, one above says nothing.
  if (!met && /^on\b/.test(rest)) return 'unclear';
  return met ? 'yes' : 'MISSED';
}

/** A measured value as the table shows it. */
function formatValue(row: NotedRow): string {
  if (Number.isNaN(row.value)) return row.note?.startsWith('not measured') ? 'not measured' : 'NaN';
  const v = row.value;
  const digits = Math.abs(v) >= 100 || Number.isInteger(v) ? 0 : Math.abs(v) >= 10 ? 1 : Math.abs(v) >= 1 ? 2 : 3;
  return `${v.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: 0 })} ${row.unit}`;
}

function withTarget(row: NotedRow): ResultRow {
  const ok = judge(row.value, row.target);
  const unclear = ok === 'unclear' ? 'the max is above the limit; the share of points within it is not measured' : undefined;
  return { ...row, ok, ...(unclear ? { note: [row.note, unclear].filter(Boolean).join('; ') } : {}) };
}

async function section(name: string, rows: ResultRow[], run: () => Promise<readonly (BenchRow | NotedRow)[]>): Promise<void> {
  const started = performance.now();
  process.stderr.write(`bench: ${name}…`);
  try {
    for (const row of await run()) rows.push(withTarget(row));
    process.stderr.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(` failed: ${reason}\n`);
    rows.push({ figure: name, value: Number.NaN, unit: '', ok: 'n/a', note: `not measured: ${reason}` });
  }
}

function machine(): Record<string, string> {
  let chromium = 'not found';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Reported as "not found"; the browser sections then fail with their own reason.
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: String(cpus().length),
    node: process.version,
    chromium,
    'load average at start': loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

function kernelWorkerUrl(origin: string): string {
  const file = readdirSync(`${DIST}/assets`).find((name) => /^kernel\.worker-.*\.js$/.test(name));
  if (!file) throw new Error('no dist/assets/kernel.worker-*.js: run npm run build');
  return `${origin}/assets/${file}`;
}

/** The editor figures, if bench/editor.ts exists, on the file list of `page`. */
async function editorRows(page: Page, origin: string): Promise<BenchRow[]> {
  const editor = (await import('./editor.ts').catch(() => null)) as { benchEditor?: (page: Page) => Promise<BenchRow[]> } | null;
  if (!editor?.benchEditor) {
    return [{ figure: 'open a 300-cell notebook / keystroke → paint', value: Number.NaN, unit: '', note: 'not measured: bench/editor.ts (benchEditor) is not in the tree' } as NotedRow];
  }
  await navigate(page, `${origin}/#/`);
  await page.getByRole('button', { name: 'New notebook' }).waitFor();
  return editor.benchEditor(page);
}

/** Every Chromium figure: fresh-profile loads, then one visited profile for the rest. */
async function browserSections(rows: ResultRow[]): Promise<void> {
  let scripts: BenchScripts | null = null;
  let server: RunningServer | null = null;
  await section('build the page-side bench scripts', rows, async () => {
    scripts = await buildBenchScripts();
    server = await startServer();
    return [];
  });
  const s = scripts as BenchScripts | null;
  const srv = server as RunningServer | null;
  if (!s || !srv) return;
  try {
    await section('Chromium: fresh-profile loads', rows, () => benchFreshLoad(srv, s));
    const browser = await startBrowser();
    try {
      await browser.context.addInitScript({ content: s.probe });
      // tsx compiles with esbuild's keepNames, which wraps named functions inside page.evaluate
      // callbacks (bench/editor.ts has some) in __name(), a helper the page does not define.
      await browser.context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
      const page = await openApp(browser, srv);
      await section('Chromium: reloads online and offline', rows, () => benchReloads(page));
      await section('Chromium: running cells', rows, () => benchCells(page, { origin: srv.origin, workerUrl: kernelWorkerUrl(srv.origin), scripts: s }));
      await section('Chromium: storage (bench/storage.ts in the page)', rows, () => benchStorageInPage(page, s));
      await section('Chromium: autosave', rows, () => benchAutosave(page, srv.origin, s));
      await section('Chromium: 300-cell notebook (bench/editor.ts)', rows, () => editorRows(page, srv.origin));
      await section('Chromium: SQL beside pandas (bench/sql.ts)', rows, async () => {
        await navigate(page, `${srv.origin}/#/`);
        return benchSql(page);
      });
      await section('Chromium: 50 MB import (bench/browser-import.ts)', rows, async () => {
        await navigate(page, `${srv.origin}/#/`);
        return benchImport(page);
      });
    } finally {
      await browser.close();
    }
  } finally {
    await srv.stop();
  }
}

function printTable(info: Record<string, string>, rows: ResultRow[], seconds: number): void {
  const lines = [['#', 'figure', 'measured', 'target', 'ok?'], ...rows.map((r, i) => [String(i + 1), r.figure, formatValue(r), r.target ?? '', r.ok])];
  const widths = lines[0]?.map((_, c) => Math.max(...lines.map((l) => (l[c] ?? '').length))) ?? [];
  const out = Object.entries(info).map(([k, v]) => `${k}: ${v}`);
  out.push('');
  for (const [i, line] of lines.entries()) {
    out.push(`| ${line.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`);
    if (i === 0) out.push(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  }
  const notes = rows.flatMap((r, i) => (r.note ? [`  ${i + 1}. ${r.note}`] : []));
  if (notes.length > 0) out.push('', 'notes:', ...notes);
  const missed = rows.filter((r) => r.ok === 'MISSED').length;
  out.push('', `${rows.length} figures, ${missed} targets missed, in ${seconds.toFixed(0)} s; written to bench/results.json`);
  console.log(out.join('\n'));
}

const started = performance.now();
const info = machine();
const rows: ResultRow[] = [];
await section('numeric: special.* (bench/bessel.ts)', rows, () => benchBessel());
await section('numeric: random (bench/random.ts)', rows, () => benchRandom());
await section('frames against pandas, in Node (bench/frames.ts)', rows, () => benchFrames());
await section('kernel in a Node worker thread (bench/kernel-roundtrip.ts)', rows, () => benchKernelRoundTrip(500));
await section('kernel interrupt and output flood (bench/kernel-interrupt.ts)', rows, () => benchKernelInterrupt());
await section('server load (bench/server-load.ts)', rows, () => benchServer());
await section('server shutdown (bench/server-shutdown.ts)', rows, () => benchServerShutdown());
await section('Find and Replace over 1,000 cells (bench/find-replace.ts)', rows, async () => benchFindReplace());
await browserSections(rows);
const seconds = (performance.now() - started) / 1000;
writeFileSync('bench/results.json', `${JSON.stringify({ date: new Date().toISOString(), machine: info, seconds: Math.round(seconds), rows }, null, 2)}\n`);
printTable(info, rows, seconds);
