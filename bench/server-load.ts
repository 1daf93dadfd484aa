/**
 * Server load benchmark: starts the compiled token server on a free loopback port, logs in for a
 * session cookie, then keeps 50 keep-alive connections busy (a plain Node loop, like autocannon)
 * on index.html and on the largest JS asset, as a browser asks for them (brotli/gzip accepted).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './bench-row.ts';

/** Knobs of the load run. */
export interface ServerBenchOptions {
  /** Directory to serve (default dist/ of the package). */
  root?: string;
  /** Load time per target in ms (default 5000: about 10 s in all). */
  durationMs?: number;
  /** Concurrent keep-alive connections (default 50). */
  connections?: number;
}

interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  p99Ms: number;
  bytes: number;
}

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs the bounded load and reports requests/s and p99 latency per target, plus the error count. */
export async function benchServer(options: ServerBenchOptions = {}): Promise<BenchRow[]> {
  const root = options.root ?? join(packageRoot, 'dist');
  const durationMs = options.durationMs ?? 5000;
  const connections = options.connections ?? 50;
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root}/index.html missing: run npm run build first`);
  const largest = largestScript(root);

  const server = await startServer(root);
  try {
    const cookie = await login(server.port, server.token);
    const targets = [
      { label: 'index.html', path: '/', headers: { 'sec-fetch-mode': 'navigate', accept: 'text/html' } },
      ...(largest ? [{ label: `largest JS (${largest.name}, ${Math.round(largest.size / 1024)} KiB)`, path: `/${largest.name}`, headers: { 'sec-fetch-mode': 'cors', accept: '*/*' } }] : []),
    ];
    const rows: BenchRow[] = [];
    let errors = 0;
    for (const target of targets) {
      const result = await load(server.port, target.path, { ...target.headers, cookie, 'accept-encoding': 'br, gzip' }, durationMs, connections);
      errors += result.errors;
      rows.push(
        { figure: `server: ${target.label}, ${connections} connections`, value: round(result.requests / result.seconds), unit: 'req/s' },
        { figure: `server: ${target.label} p99 latency`, value: round(result.p99Ms, 2), unit: 'ms', target: '< 100 ms' },
        { figure: `server: ${target.label} sent`, value: round(result.bytes / result.seconds / 1024 / 1024, 1), unit: 'MiB/s' },
      );
    }
    rows.push({ figure: 'server: errors under load', value: errors, unit: 'count', target: '0' });
    return rows;
  } finally {
    await server.stop();
  }
}

function round(value: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The largest .js file under assets/ (identity size), relative to the root. */
function largestScript(root: string): { name: string; size: number } | null {
  const dir = join(root, 'assets');
  if (!existsSync(dir)) return null;
  let best: { name: string; size: number } | null = null;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.js')) continue;
    const size = statSync(join(dir, name)).size;
    if (!best || size > best.size) best = { name: `assets/${name}`, size };
  }
  return best;
}

/** Starts `node build/server/main.js` on a free port with a fresh token. */
export function startServer(root: string): Promise<{ port: number; token: string; stop(): Promise<void> }> {
  const token = randomBytes(24).toString('hex');
  const child = spawn(process.execPath, [join(packageRoot, 'build/server/main.js'), '--port', '0', '--token', token, '--no-build', '--dir', root], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolvePort, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=/.exec(output);
      if (match) resolvePort({ port: Number(match[1]), token, stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`server exited:\n${output}`)));
  });
}

/** Exchanges the token for a session cookie, as a browser following the log URL does. */
function login(port: number, token: string): Promise<string> {
  return new Promise((resolveCookie, reject) => {
    request({ host: '127.0.0.1', port, path: `/?token=${token}` }, (res) => {
      res.resume();
      const cookie = res.headers['set-cookie']?.[0]?.split(';', 1)[0];
      if (res.statusCode === 302 && cookie) resolveCookie(cookie);
      else reject(new Error(`login answered ${res.statusCode}`));
    })
      .on('error', reject)
      .end();
  });
}

/** `connections` loops each sending the request back to back on its own keep-alive socket until time is up. */
async function load(port: number, path: string, headers: Record<string, string>, durationMs: number, connections: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const started = performance.now();
  const end = started + durationMs;
  const once = (): Promise<void> =>
    new Promise((done) => {
      const t0 = performance.now();
      const req = request({ host: '127.0.0.1', port, path, headers, agent }, (res) => {
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => {
          if (res.statusCode === 200) latencies.push(performance.now() - t0);
          else errors++;
          done();
        });
        res.on('error', () => {
          errors++;
          done();
        });
      });
      req.on('error', () => {
        errors++;
        done();
      });
      req.end();
    });
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) await once();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const p99Ms = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? 0;
  return { requests: latencies.length, errors, seconds, p99Ms, bytes };
}
