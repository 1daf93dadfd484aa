import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { createHandler } from '../../server/handler.ts';
import { createAppServer, DEFAULT_LIMITS } from '../../server/http-server.ts';
import { ListenError, listen } from '../../server/listen.ts';
import type { LogLevel } from '../../server/log.ts';
import { closeServer, listenLoopback, makeSite, removeDir, sendBytes } from './http-client.ts';

let site: string;
let server: Server;
let port: number;

beforeAll(async () => {
  site = makeSite({ 'index.html': 'hi' });
  server = createAppServer(createHandler({ root: site, token: null }), {
    ...DEFAULT_LIMITS,
    headersTimeoutMs: 400,
    requestTimeoutMs: 800,
    checkIntervalMs: 100,
  });
  port = await listenLoopback(server);
});
afterAll(async () => {
  await closeServer(server);
  removeDir(site);
});

describe('HTTP limits', () => {
  it('refuses an oversized header with 431', async () => {
    const reply = await sendBytes(port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(DEFAULT_LIMITS.maxHeaderSize + 1)}\r\n\r\n`);
    expect(reply).toMatch(/^HTTP\/1\.1 431 /);
  });

  it('cuts off a client that sends its headers too slowly (408, connection closed)', async () => {
    // Only the headers timeout answers 408 (the idle-socket timeout closes without a word), and sendBytes returns once the server closes.
    const reply = await sendBytes(port, 'GET / HTTP/1.1\r\nHost: x\r\n');
    expect(reply).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('still serves a normal request', async () => {
    const reply = await sendBytes(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(reply).toMatch(/^HTTP\/1\.1 200 /);
    expect(reply.endsWith('hi')).toBe(true);
  });
});

describe('listen', () => {
  it('moves to the next free port when asked to retry, and says so', async () => {
    const blocker = createServer();
    const busy = await listenLoopback(blocker);
    const messages: string[] = [];
    const target = createServer();
    try {
      const got = await listen(target, busy, '127.0.0.1', 20, (_level: LogLevel, m) => messages.push(m));
      expect(got).toBeGreaterThan(busy);
      expect(messages[0]).toBe(`The port ${busy} is already in use, trying another port.`);
    } finally {
      await closeServer(target);
      await closeServer(blocker);
    }
  });

  it('fails with a one-line ListenError for a busy port without retries or a foreign address', async () => {
    const blocker = createServer();
    const busy = await listenLoopback(blocker);
    try {
      await expect(listen(createServer(), busy, '127.0.0.1', 0, () => {})).rejects.toThrow(ListenError);
      await expect(listen(createServer(), 0, '192.0.2.1', 0, () => {})).rejects.toThrow(/not an address of this machine/);
    } finally {
      await closeServer(blocker);
    }
  });
});
