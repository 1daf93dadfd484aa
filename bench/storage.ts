/**
 * Storage benchmark, meant to run in the browser (fake-indexeddb in Node says nothing about
 * Chromium's IndexedDB): save a 1 MB and a 10 MB notebook, read the 10 MB one back, list and
 * search 1,000 notebooks. `benchStorage(storage)` measures an open storage; `runStorageBench()`
 * does it on a scratch database it deletes afterwards. To run it in Chromium, bundle this file
 * (e.g. Vite library mode, IIFE, global `QuireStorageBench`), add the bundle to any page of the
 * app's origin and evaluate `QuireStorageBench.runStorageBench()`.
 */
import { deleteStorage, openStorage, type NotebookContent, type NotebookStorage } from '../src/storage/index.ts';
import type { BenchRow } from './bench-row.ts';

const MB = 1024 * 1024;
const RUNS = 5;
const LISTED = 1000;

/** Measures saves, a read, listing and searching on `storage`; removes every notebook it created. */
export async function benchStorage(storage: NotebookStorage): Promise<BenchRow[]> {
  const created: string[] = [];
  try {
    const rows: BenchRow[] = [];
    for (const [label, bytes, target] of [
      ['1 MB', MB, undefined],
      ['10 MB', 10 * MB, '< 200 ms'],
    ] as const) {
      const notebook = await storage.create(`bench ${label}`, syntheticNotebook(bytes, 0));
      created.push(notebook.id);
      let revision = notebook.revision;
      const times: number[] = [];
      for (let run = 1; run <= RUNS; run++) {
        // A new object each time, as the autosaver passes a fresh `toIpynb` result.
        const content = syntheticNotebook(bytes, run);
        const start = performance.now();
        revision = (await storage.save(notebook.id, content, revision)).revision;
        times.push(performance.now() - start);
      }
      rows.push({ figure: `storage: save a ${label} notebook (median of ${RUNS})`, value: median(times), unit: 'ms', ...(target ? { target } : {}) });
      if (bytes === 10 * MB) rows.push({ figure: `storage: open a ${label} notebook (median of ${RUNS})`, value: await timeMedian(() => storage.get(notebook.id)), unit: 'ms' });
    }

    const existing = (await storage.list()).length;
    for (let i = existing; i < LISTED; i++) created.push((await storage.create(`listed ${i}`, syntheticNotebook(4096, i))).id);
    rows.push({ figure: `storage: list ${LISTED.toLocaleString('en')} notebooks (median of ${RUNS})`, value: await timeMedian(() => storage.list()), unit: 'ms', target: '< 100 ms' });
    rows.push({ figure: `storage: search ${LISTED.toLocaleString('en')} notebooks by content (median of ${RUNS})`, value: await timeMedian(() => storage.search('cell 7 of')), unit: 'ms' });
    return rows;
  } finally {
    for (const id of created) await storage.remove(id);
  }
}

/** Runs `benchStorage` on a scratch database, then deletes it. */
export async function runStorageBench(name = 'quire-bench'): Promise<BenchRow[]> {
  await deleteStorage(name);
  const storage = await openStorage({ name });
  try {
    return await benchStorage(storage);
  } finally {
    storage.close();
    await deleteStorage(name);
  }
}

/**
 * A notebook of about `bytes` of JSON: code cells with a short source and a stream output of
 * printable text (as long outputs and logs make notebooks big). `variant` changes every cell so
 * no two saves write the same strings.
 */
export function syntheticNotebook(bytes: number, variant: number): NotebookContent {
  const cellBytes = Math.min(bytes, 16 * 1024);
  const cells = [];
  for (let i = 0; i * cellBytes < bytes; i++) {
    const line = `step ${i} variant ${variant}: ${'0123456789abcdef'.repeat(4)}\n`;
    cells.push({
      id: `cell-${i}`,
      cell_type: 'code',
      metadata: {},
      execution_count: i + 1,
      source: [`# cell ${i} of ${variant}\n`, `print(compute(${i}, ${variant}))`],
      outputs: [{ output_type: 'stream', name: 'stdout', text: line.repeat(Math.max(1, Math.floor(cellBytes / line.length))) }],
    });
  }
  return { nbformat: 4, nbformat_minor: 5, metadata: { kernelspec: { name: 'quire', display_name: 'TypeScript', language: 'typescript' } }, cells };
}

async function timeMedian(action: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    await action();
    times.push(performance.now() - start);
  }
  return median(times);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
