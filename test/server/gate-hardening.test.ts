/**
 * The gate against what a security review found: another site's page locking the owner out, DNS
 * rebinding, cookie tossing, one cookie name for every server of a port, log floods, cross-site
 * logins without Fetch Metadata, broad script policies, logging out, and proxies' client addresses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createHandler } from '../../server/handler.ts';
import { cspFor, KERNEL_CSP, PAGE_CSP } from '../../server/headers.ts';
import { hostFilter } from '../../server/host-check.ts';
import type { LogLevel } from '../../server/log.ts';
import { clientAddress } from '../../server/request-info.ts';
import { closeServer, cookiePair, FETCH, fetchRaw, listenLoopback, makeSite, NAVIGATE, removeDir } from './http-client.ts';

const TOKEN = 'feedface0123456789feedface0123456789';
const APP = '<!doctype html><title>Quire app</title>';
/** What another site's <img src="http://127.0.0.1:8888/?token=…"> sends. */
const CROSS_IMAGE = { accept: 'image/*', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'image' };
/** Another site's link followed by the user, or a script navigating its own window. */
const CROSS_NAVIGATION = { ...NAVIGATE, 'sec-fetch-site': 'cross-site' };
/** The owner pasting the URL from the log into the address bar. */
const TYPED = { ...NAVIGATE, 'sec-fetch-site': 'none' };

let site: string;
const servers: Server[] = [];

async function start(options: { token?: string; ip?: string; allowHosts?: string[]; log?: (level: LogLevel, text: string) => void } = {}): Promise<number> {
  const acceptsHost = hostFilter(options.ip ?? '127.0.0.1', options.allowHosts ?? []);
  const handler = createHandler({
    root: site,
    token: options.token ?? TOKEN,
    rateLimit: { baseDelayMs: 60_000 },
    ...(acceptsHost ? { acceptsHost } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const server = createServer(handler);
  servers.push(server);
  return listenLoopback(server);
}

beforeAll(() => {
  site = makeSite({ 'index.html': APP, 'sw.js': '/* sw */', 'assets/kernel.worker-AbCd1234.js': '/* k */', 'assets/import.worker-AbCd1234.js': '/* i */' });
});
afterAll(async () => {
  await Promise.all(servers.map(closeServer));
  removeDir(site);
});

describe('another site cannot lock the owner out', () => {
  it('refuses tokens in cross-site subresources without counting them', async () => {
    const port = await start();
    for (let i = 0; i < 20; i++) expect((await fetchRaw(port, `/?token=guess${i}`, { headers: CROSS_IMAGE })).status).toBe(403);
    expect((await fetchRaw(port, `/?token=${TOKEN}`, { headers: TYPED })).status).toBe(302);
    // Even the right token is not taken from another site's image: it would log the browser in on its behalf.
    expect((await fetchRaw(port, `/?token=${TOKEN}`, { headers: CROSS_IMAGE })).status).toBe(403);
  });

  it("counts other sites' navigations apart: their lockout does not refuse the owner's typed URL or login form", async () => {
    const port = await start();
    for (let i = 0; i < 8; i++) await fetchRaw(port, `/?token=guess${i}`, { headers: CROSS_NAVIGATION });
    expect((await fetchRaw(port, `/?token=${TOKEN}`, { headers: CROSS_NAVIGATION })).status).toBe(429);
    expect((await fetchRaw(port, `/?token=${TOKEN}`, { headers: TYPED })).status).toBe(302);
    const form = await fetchRaw(port, '/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate' },
      body: `token=${TOKEN}`,
    });
    expect(form.status).toBe(303);
  });

  it('still throttles the owner\'s own kind of attempts (a guesser at the address bar or with curl)', async () => {
    const port = await start();
    for (let i = 0; i < 6; i++) await fetchRaw(port, `/?token=guess${i}`, { headers: TYPED });
    expect((await fetchRaw(port, `/?token=${TOKEN}`, { headers: TYPED })).status).toBe(429);
  });
});

describe('DNS rebinding', () => {
  it('bound to loopback, answers only localhost, 127.0.0.1 and [::1] (any port)', async () => {
    const port = await start();
    expect((await fetchRaw(port, '/healthz', { headers: { host: 'evil.example' } })).status).toBe(200);
    for (const host of ['evil.example', 'evil.example:8888', '127.0.0.1.evil.example', 'localhost.evil.example']) {
      const r = await fetchRaw(port, `/?token=${TOKEN}`, { headers: { ...TYPED, host } });
      expect(r.status, host).toBe(403);
      expect(r.text).toContain('Host not allowed');
    }
    for (const host of ['localhost', 'LOCALHOST:5000', '127.0.0.1:1', '[::1]:8888']) {
      expect((await fetchRaw(port, `/?token=${TOKEN}`, { headers: { ...TYPED, host } })).status, host).toBe(302);
    }
  });

  it('answers names given with --allow-host, and any name when bound to all addresses', async () => {
    const allowed = await start({ allowHosts: ['notebook.lan'] });
    expect((await fetchRaw(allowed, '/login', { headers: { ...NAVIGATE, host: 'notebook.lan:8888' } })).status).toBe(200);
    expect((await fetchRaw(allowed, '/login', { headers: { ...NAVIGATE, host: 'other.lan' } })).status).toBe(403);
    const docker = await start({ ip: '0.0.0.0' });
    expect((await fetchRaw(docker, '/login', { headers: { ...NAVIGATE, host: 'my-server.example:5000' } })).status).toBe(200);
  });
});

describe('session cookies', () => {
  it('accept the session when any value of the name verifies (cookie tossing)', async () => {
    const port = await start();
    const good = cookiePair((await fetchRaw(port, `/?token=${TOKEN}`, { headers: TYPED })).headers);
    const name = good.split('=')[0];
    // A page on another port of this host set `name=junk; Path=/assets`, which browsers send first.
    const tossed = `${name}=junk; ${good}`;
    expect((await fetchRaw(port, '/', { headers: { ...FETCH, cookie: tossed } })).status).toBe(200);
  });

  it('are named by the server key, not the port: two tokens, two names', async () => {
    const a = await start({ token: 'token-of-container-a-0123456789' });
    const b = await start({ token: 'token-of-container-b-0123456789' });
    const nameA = cookiePair((await fetchRaw(a, '/?token=token-of-container-a-0123456789', { headers: TYPED })).headers).split('=')[0];
    const nameB = cookiePair((await fetchRaw(b, '/?token=token-of-container-b-0123456789', { headers: TYPED })).headers).split('=')[0];
    expect(nameA).not.toBe(nameB);
    expect(nameA).not.toContain(String(a));
  });
});

describe('log', () => {
  it('writes one line per failed attempt until throttled, then one per throttling period', async () => {
    const lines: string[] = [];
    const port = await start({ log: (level, text) => level === 'W' && lines.push(text) });
    for (let i = 0; i < 200; i++) await fetchRaw(port, `/?token=wrong${i}`, { headers: TYPED });
    // The 5th failure starts a 60 s block; the other 195 attempts are refused inside it, unlogged.
    expect(lines).toHaveLength(5);
    expect(lines[4]).toMatch(/further attempts refused for 60 s/);
  });
});

describe('login form without Fetch Metadata', () => {
  it('refuses a post whose Origin is another site', async () => {
    const port = await start();
    const post = (origin: string) =>
      fetchRaw(port, '/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin }, body: `token=${TOKEN}` });
    expect((await post('http://evil.example')).status).toBe(403);
    expect((await post(`http://127.0.0.1:${port}`)).status).toBe(303);
  });
});

describe('policies', () => {
  it('send the kernel policy with the kernel worker only; every other script gets the page policy', async () => {
    expect(cspFor('assets/kernel.worker-AbCd1234.js')).toBe(KERNEL_CSP);
    for (const path of ['sw.js', 'assets/import.worker-AbCd1234.js', 'assets/index-AbCd1234.js', 'assets/duckdb-browser-eh.worker-AbCd1234.js']) {
      expect(cspFor(path), path).toBe(PAGE_CSP);
    }
    expect(PAGE_CSP).not.toContain("'unsafe-eval'");
    expect(KERNEL_CSP).toContain("'unsafe-eval'");
  });

  it('deny powerful features and keep HTML and sw.js out of shared caches', async () => {
    const port = await start();
    const cookie = cookiePair((await fetchRaw(port, `/?token=${TOKEN}`, { headers: TYPED })).headers);
    for (const path of ['/', '/sw.js']) {
      const r = await fetchRaw(port, path, { headers: { ...FETCH, cookie } });
      expect(r.headers['cache-control'], path).toMatch(/\bprivate\b/);
      expect(r.headers['permissions-policy'], path).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    }
  });
});

describe('log out', () => {
  it('ends the session on the server: the old cookie no longer opens the app', async () => {
    const port = await start();
    const cookie = cookiePair((await fetchRaw(port, `/?token=${TOKEN}`, { headers: TYPED })).headers);
    expect((await fetchRaw(port, '/', { headers: { ...FETCH, cookie } })).status).toBe(200);
    const out = await fetchRaw(port, '/api/logout', { method: 'POST', headers: { 'sec-fetch-site': 'same-origin', cookie } });
    expect(out.status).toBe(204);
    expect(out.headers['set-cookie']?.[0]).toMatch(/Max-Age=0/);
    expect((await fetchRaw(port, '/', { headers: { ...FETCH, cookie } })).status).toBe(403);
    expect((await fetchRaw(port, '/api/session', { headers: { cookie } })).status).toBe(401);
  });

  it('refuses a logout posted by another site', async () => {
    const port = await start();
    const cookie = cookiePair((await fetchRaw(port, `/?token=${TOKEN}`, { headers: TYPED })).headers);
    expect((await fetchRaw(port, '/api/logout', { method: 'POST', headers: { 'sec-fetch-site': 'cross-site', cookie } })).status).toBe(403);
    expect((await fetchRaw(port, '/', { headers: { ...FETCH, cookie } })).status).toBe(200);
  });
});

describe('--trust-proxy', () => {
  const request = (forwarded: string | undefined, peer = '127.0.0.1') =>
    ({ headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded }, socket: { remoteAddress: peer } }) as unknown as IncomingMessage;

  it('takes the first hop that is not a proxy on this machine, reading from the right', () => {
    expect(clientAddress(request('6.6.6.6, 203.0.113.7'), true)).toBe('203.0.113.7');
    expect(clientAddress(request('6.6.6.6, 203.0.113.7, 127.0.0.1'), true)).toBe('203.0.113.7');
    expect(clientAddress(request('203.0.113.7, ::1, 127.0.0.2'), true)).toBe('203.0.113.7');
    expect(clientAddress(request(undefined), true)).toBe('127.0.0.1');
    expect(clientAddress(request('6.6.6.6'), false)).toBe('127.0.0.1');
  });
});
