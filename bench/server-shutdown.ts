/**
 * Server shutdown with a request still open: the time from SIGTERM to the process's exit (the
 * server promises to exit within a second). Run alone with `npx tsx bench/server-shutdown.ts` after `npm run build`.
 */
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow } from './bench-row.ts';
import { startServer } from './server-load.ts';

/** Median and worst of `runs` shutdowns, each with a keep-alive connection in the middle of its headers. */
export async function benchServerShutdown(runs = 5, root = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist')): Promise<BenchRow[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const server = await startServer(root);
    const socket = connect(server.port, '127.0.0.1');
    await new Promise((connected) => socket.once('connect', connected));
    socket.on('error', () => undefined);
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n');
    const start = performance.now();
    await server.stop();
    times.push(performance.now() - start);
    socket.destroy();
  }
  times.sort((a, b) => a - b);
  return [
    { figure: 'server SIGTERM to exit, one request half sent (median)', value: times[Math.floor(times.length / 2)] ?? NaN, unit: 'ms', target: '< 1000 ms' },
    { figure: 'server SIGTERM to exit, one request half sent (worst)', value: times.at(-1) ?? NaN, unit: 'ms' },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of await benchServerShutdown()) console.log(`${row.figure}: ${row.value.toFixed(1)} ${row.unit}${row.target ? ` (target ${row.target})` : ''}`);
}
