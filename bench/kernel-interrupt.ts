/**
 * Kernel timings that unit tests used to bound with the clock, measured here instead: interrupting
 * a busy loop through the shared flag, and a cell flooding a million console.log lines, both
 * through the real client and runtime in a Node worker thread. Run alone with `npx tsx bench/kernel-interrupt.ts`.
 */
import { pathToFileURL } from 'node:url';
import { createKernelClient, type KernelClient } from '../src/kernel/index.ts';
import { spawnThreadKernel } from '../test/worker/runtime/thread-worker.ts';
import type { BenchRow } from './bench-row.ts';

/** Resolves when the worker next reports itself busy (it has begun a run). */
function nextBusy(client: KernelClient): Promise<void> {
  return new Promise((resolve) => {
    const stop = client.onStatus((status) => {
      if (status !== 'busy') return;
      stop();
      resolve();
    });
  });
}

/** Median and worst of `runs` interrupts of `while (true) {}`, from interrupt() to the run's end; then the flood. */
export async function benchKernelInterrupt(runs = 20): Promise<BenchRow[]> {
  const client = createKernelClient(spawnThreadKernel, { sharedInterrupt: true, interruptTimeoutMs: 60_000 });
  try {
    await client.execute({ cellId: 'bench', source: '1' }).done;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const busy = nextBusy(client);
      const loop = client.execute({ cellId: 'bench', source: 'while (true) {}' });
      await busy;
      const start = performance.now();
      const how = await client.interrupt();
      await loop.done;
      if (how !== 'interrupted') throw new Error(`the loop was ${how}, not interrupted`);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    let batches = 0;
    client.onEvents(() => void batches++);
    const start = performance.now();
    await client.execute({ cellId: 'bench', source: 'for (let i = 0; i < 1_000_000; i++) console.log(i)' }).done;
    const flood = performance.now() - start;
    return [
      { figure: 'interrupt while (true) {} through the shared flag (median)', value: times[Math.floor(times.length / 2)] ?? NaN, unit: 'ms', target: '< 1000 ms' },
      { figure: 'interrupt while (true) {} through the shared flag (worst)', value: times.at(-1) ?? NaN, unit: 'ms' },
      { figure: 'cell printing 1,000,000 console.log lines, run to done', value: flood, unit: 'ms', target: '< 10000 ms' },
      { figure: 'event batches the page received for those lines', value: batches, unit: 'batches' },
    ];
  } finally {
    client.shutdown();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of await benchKernelInterrupt()) console.log(`${row.figure}: ${row.value.toFixed(1)} ${row.unit}${row.target ? ` (target ${row.target})` : ''}`);
}
