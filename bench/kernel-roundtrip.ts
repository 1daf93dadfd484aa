/**
 * Kernel round trip in Node: a trivial cell (`1+1`) from `execute` to its result on the calling
 * thread, through the real client and runtime in a worker thread (the browser figure is measured
 * in Chromium by the main bench). Run alone with `npx tsx bench/kernel-roundtrip.ts`.
 */
import { pathToFileURL } from 'node:url';
import { createKernelClient } from '../src/kernel/index.ts';
import { spawnThreadKernel } from '../test/worker/runtime/thread-worker.ts';
import type { BenchRow } from './bench-row.ts';
import { timeRoundTrips } from './round-trips.ts';

/** Median and p95 of `runs` round trips of `1+1` (after a warm-up). */
export async function benchKernelRoundTrip(runs = 500): Promise<BenchRow[]> {
  const client = createKernelClient(spawnThreadKernel);
  try {
    const times = await timeRoundTrips(client, runs);
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
