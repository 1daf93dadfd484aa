import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { createHandler } from '../../server/handler.ts';
import { closeServer, cookiePair, FETCH, fetchRaw, listenLoopback, makeSite, removeDir } from './http-client.ts';

const TOKEN = '5e551011aaaabbbbccccdddd5e551011aaaabbbbccccdddd';
const APP = '<!doctype html><title>Quire app</title>';

let site: string;
const servers: Server[] = [];

async function start(token: string | null, port = 0): Promise<number> {
  const server = createServer(createHandler({ root: site, token, rateLimit: { baseDelayMs: 60_000 } }));
  servers.push(server);
  if (port === 0) return listenLoopback(server);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return port;
}

async function stop(port: number): Promise<void> {
  const server = servers.find((s) => (s.address() as { port?: number } | null)?.port === port);
  if (server) await closeServer(server);
}

async function login(port: number, token: string): Promise<string> {
  return cookiePair((await fetchRaw(port, `/?token=${token}`)).headers);
}

const session = (port: number, cookie?: string) => fetchRaw(port, '/api/session', { headers: { ...FETCH, ...(cookie ? { cookie } : {}) } });

/** Headers that would let a browser or shared cache keep (and replay) the answer. */
function expectNotStorable(headers: Record<string, unknown>): void {
  expect(headers['cache-control']).toBe('no-store');
  for (const name of ['etag', 'last-modified', 'expires', 'age']) expect(headers[name]).toBeUndefined();
}

beforeAll(() => {
  site = makeSite({ 'index.html': APP });
});
afterAll(async () => {
  await Promise.all(servers.filter((s) => s.listening).map(closeServer));
  removeDir(site);
});

describe('GET /api/session', () => {
  let port: number;
  beforeAll(async () => (port = await start(TOKEN)));

  it('answers 204 with no body and no caching for a valid session cookie', async () => {
    const r = await session(port, await login(port, TOKEN));
    expect(r.status).toBe(204);
    expect(r.body.length).toBe(0);
    expect(r.headers['x-quire-login']).toBeUndefined();
    expectNotStorable(r.headers);
  });

  it('answers 401 with the login marker, no caching and none of the app without a cookie', async () => {
    const r = await session(port);
    expect(r.status).toBe(401);
    expect(r.headers['x-quire-login']).toBe('./login');
    expect(r.headers['www-authenticate']).toMatch(/^Token /);
    expect(r.text).not.toContain('Quire app');
    expectNotStorable(r.headers);
  });

  it('answers 401 for a forged or mangled cookie', async () => {
    const good = await login(port, TOKEN);
    const [name, value] = good.split('=') as [string, string];
    const flipped = `${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const cookie of [`${name}=nonsense`, `${name}=${flipped}`, `${name}=`, `other-${good}`]) {
      const r = await session(port, cookie);
      expect(r.status, cookie).toBe(401);
      expect(r.headers['x-quire-login']).toBe('./login');
    }
  });

  it('answers 401 for the cookie of the previous token after a restart with a new one on the same port', async () => {
    const restartPort = await start('first-token-aaaaaaaaaaaaaaaa');
    const old = await login(restartPort, 'first-token-aaaaaaaaaaaaaaaa');
    expect((await session(restartPort, old)).status).toBe(204);
    await stop(restartPort);
    await start('second-token-bbbbbbbbbbbbbbbb', restartPort);
    const r = await session(restartPort, old);
    expect(r.status).toBe(401);
    expect(r.headers['x-quire-login']).toBe('./login');
    expect((await session(restartPort, await login(restartPort, 'second-token-bbbbbbbbbbbbbbbb'))).status).toBe(204);
  });

  it('does not take the token from the query or log anyone in', async () => {
    const r = await fetchRaw(port, `/api/session?token=${TOKEN}`, { headers: FETCH });
    expect(r.status).toBe(401);
    expect(r.headers['set-cookie']).toBeUndefined();
  });

  it('allows GET and HEAD only (a POST there is no login form)', async () => {
    const head = await fetchRaw(port, '/api/session', { method: 'HEAD', headers: { cookie: await login(port, TOKEN) } });
    expect(head.status).toBe(204);
    const post = await fetchRaw(port, '/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${TOKEN}`,
    });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    expect(post.headers['set-cookie']).toBeUndefined();
  });

  it('answers 204 to everyone under --no-token', async () => {
    const open = await start(null);
    expect((await session(open)).status).toBe(204);
  });
});

describe('login page with next', () => {
  let port: number;
  beforeAll(async () => (port = await start(TOKEN)));
  const post = (path: string) =>
    fetchRaw(port, path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
      body: new URLSearchParams({ token: TOKEN }).toString(),
    });

  it('returns to where the user was after the password form', async () => {
    const r = await post(`/login?next=${encodeURIComponent('./#/notebook/abc')}`);
    expect(r.status).toBe(303);
    expect(r.headers.location).toBe('./#/notebook/abc');
    expect(r.headers['set-cookie']?.[0]).toMatch(/^quire-session-/);
  });

  it('sends a visitor who already has a session straight on to next', async () => {
    const cookie = await login(port, TOKEN);
    const r = await fetchRaw(port, `/login?next=${encodeURIComponent('./?x=1#/files')}`, { headers: { cookie } });
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe('./?x=1#/files');
  });

  it('never leaves the app: other sites, schemes and disguised paths go to ./', async () => {
    for (const next of ['https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)', '.\\evil', './\\evil.example', './\t/evil.example', 'evil']) {
      const r = await post(`/login?next=${encodeURIComponent(next)}`);
      expect(r.status, next).toBe(303);
      expect(r.headers.location, next).toBe('./');
    }
  });
});
