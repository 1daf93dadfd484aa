/**
 * Kernel round trip in Node: a trivial cell (`1+1`) from `execute` to its result on the calling
 * thread, through the real client and runtime in a worker thread (the browser figure is measured
 * in Chromium by the main bench). Run alone with `npx tsx bench/kernel-roundtrip.ts`.
 */
import { pathToFileURL } from 'node:url';
import { createKernelClient } from '../src/kernel/index.ts';
import { spawnThreadKernel } from '../test/worker/runtime/thread-worker.ts';
import type { BenchRow } from './bench-row.ts';

/** Median and p95 of `runs` round trips of `1+1` (after a warm-up). */
export async function benchKernelRoundTrip(runs = 500): Promise<BenchRow[]> {
  const client = createKernelClient(spawnThreadKernel);
  let resultAt = 0;
  client.onEvents((events) => {
    if (events.some((e) => e.type === 'output' && e.output.output_type === 'execute_result')) resultAt = performance.now();
  });
  try {
    for (let i = 0; i < 50; i++) await client.execute({ cellId: 'bench', source: '1+1' }).done;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await client.execute({ cellId: 'bench', source: '1+1' }).done;
      times.push(resultAt - start);
    }
    times.sort((a, b) => a - b);
    const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
    return [
      { figure: 'kernel round trip 1+1, Node worker thread (median)', value: at(0.5), unit: 'ms', target: '< 2 ms' },
      { figure: 'kernel round trip 1+1, Node worker thread (p95)', value: at(0.95), unit: 'ms' },
    ];
  } finally {
    client.shutdown();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of await benchKernelRoundTrip()) console.log(`${row.figure}: ${row.value.toFixed(3)} ${row.unit}${row.target ? ` (target ${row.target})` : ''}`);
}
