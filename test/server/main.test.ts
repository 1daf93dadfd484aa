import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { closeServer, fetchRaw, listenLoopback, makeSite, removeDir } from './http-client.ts';
import { compileServer, startServer, type ServerProcess } from './server-process.ts';

let site: string;
const running: ServerProcess[] = [];
const start = (args: string[], env: Record<string, string> = {}): ServerProcess => {
  const p = startServer(['--no-build', '--dir', site, ...args], env);
  running.push(p);
  return p;
};
const URL_LINE = /^ {4}http:\/\/127\.0\.0\.1:(\d+)\/\?token=([^\s]+)$/m;

beforeAll(() => {
  compileServer();
  site = makeSite({ 'index.html': '<!doctype html><title>Quire</title>' });
}, 60_000);
afterEach(async () => {
  for (const p of running.splice(0)) {
    if (p.child.exitCode === null) {
      p.child.kill('SIGKILL');
      await p.exited();
    }
  }
});
afterAll(() => removeDir(site));

describe('startup log', () => {
  it('prints each URL once, with the real port for --port 0, like Jupyter, and masks a token the user set', async () => {
    const p = start(['--port', '0', '--token', 'abc123-user-token']);
    const [, port] = await p.waitFor(URL_LINE);
    await p.waitFor(/^ {4}http:\/\/localhost:\d+\/\?token=\.\.\.$/m);
    const log = p.stdout();
    expect(Number(port)).toBeGreaterThan(0);
    expect(log).not.toContain('abc123-user-token');
    expect(log.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=/g)).toHaveLength(1);
    expect(log.match(/http:\/\/localhost:\d+\/\?token=/g)).toHaveLength(1);
    expect(log).toMatch(/copy and paste one of these URLs/);
    expect(log).toMatch(/^\[I \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} Quire\] Serving /m);
    const health = await fetchRaw(Number(port), '/healthz');
    expect(health.status).toBe(200);
  });

  it('generates a 48-hex-character token when none is given, and it works', async () => {
    const p = start(['--port', '0']);
    const [, port, token] = await p.waitFor(URL_LINE);
    expect(token).toMatch(/^[0-9a-f]{48}$/);
    const r = await fetchRaw(Number(port), `/?token=${token}`);
    expect(r.status).toBe(302);
  });

  it('takes QUIRE_TOKEN and QUIRE_PORT from the environment; flags win', async () => {
    const env = start([], { QUIRE_TOKEN: 'from-env-0123456789', QUIRE_PORT: '0' });
    const [, envPort] = await env.waitFor(URL_LINE);
    expect((await fetchRaw(Number(envPort), '/?token=from-env-0123456789')).status).toBe(302);
    const flag = start(['--token', 'from-flag-0123456789'], { QUIRE_TOKEN: 'from-env-0123456789', QUIRE_PORT: '0' });
    const [, flagPort] = await flag.waitFor(URL_LINE);
    expect((await fetchRaw(Number(flagPort), '/?token=from-flag-0123456789')).status).toBe(302);
    expect((await fetchRaw(Number(flagPort), '/?token=from-env-0123456789')).status).toBe(403);
  });

  it('warns when listening on all addresses (QUIRE_IP=0.0.0.0) and when the token is off', async () => {
    const p = start(['--port', '0', '--no-token'], { QUIRE_IP: '0.0.0.0' });
    await p.waitFor(/^ {4}http:\/\/127\.0\.0\.1:\d+\/$/m);
    expect(p.stdout()).toMatch(/^\[W .*listening on all IP addresses and not using encryption/m);
    expect(p.stdout()).toMatch(/^\[W .*authentication is disabled/m);
  });
});

describe('errors', () => {
  it('a busy explicit port is one clear line, exit 1, no stack trace', async () => {
    const blocker: Server = createServer();
    const port = await listenLoopback(blocker);
    try {
      const p = start(['--port', String(port)]);
      const { code } = await p.exited();
      expect(code).toBe(1);
      const lines = p.stderr().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(p.stderr()).not.toMatch(/\n\s+at /);
    } finally {
      await closeServer(blocker);
    }
  });

  it('a program on [::1] at the port (which would get the token through localhost) is refused loudly, exit 1', async () => {
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '::1', resolve));
    const address = squatter.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const p = start(['--port', String(port)]);
      const { code } = await p.exited();
      expect(code).toBe(1);
      expect(p.stderr()).toContain(`Port ${port} on ::1 is already in use by another program`);
      expect(p.stdout()).not.toMatch(/token=/);
    } finally {
      await closeServer(squatter);
    }
  });

  it('a bad flag is one line and exit 2', async () => {
    const p = start(['--port', 'eighty']);
    expect((await p.exited()).code).toBe(2);
    expect(p.stderr().trim().split('\n')).toHaveLength(1);
    expect(p.stderr()).toContain('invalid port');
  });
});

describe('shutdown', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: logs "Shutting down", closes an open connection and exits 0 within a second`, async () => {
      const p = start(['--port', '0', '--token', 'shutdown-test-token']);
      const [, port] = await p.waitFor(URL_LINE);
      // A keep-alive connection in the middle of a request that never finishes.
      const socket = connect(Number(port), '127.0.0.1');
      await new Promise((r) => socket.once('connect', r));
      socket.write('GET / HTTP/1.1\r\nHost: x\r\n');
      const closed = new Promise((r) => socket.once('close', r));
      socket.on('error', () => {});
      p.child.kill(signal);
      const { code } = await p.exited();
      expect(code).toBe(0);
      expect(p.stdout()).toMatch(/Shutting down/);
      await closed;
    });
  }
});
