import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createServer, type Server } from 'node:http';
import { createHandler } from '../../server/handler.ts';
import { closeServer, cookiePair, FETCH, fetchRaw, listenLoopback, makeSite, NAVIGATE, removeDir } from './http-client.ts';

const TOKEN = 'c0ffee1234567890c0ffee1234567890c0ffee1234567890';
const APP = '<!doctype html><title>Quire app</title><script type="module" src="./assets/index-AbCd1234.js"></script>';

let site: string;
const servers: Server[] = [];

async function start(options: { token?: string | null; trustProxy?: boolean; baseDelayMs?: number } = {}): Promise<number> {
  const handler = createHandler({
    root: site,
    token: options.token === undefined ? TOKEN : options.token,
    trustProxy: options.trustProxy ?? false,
    rateLimit: { baseDelayMs: options.baseDelayMs ?? 60_000 },
  });
  const server = createServer(handler);
  servers.push(server);
  return listenLoopback(server);
}

beforeAll(() => {
  site = makeSite({ 'index.html': APP, 'assets/index-AbCd1234.js': 'console.log("app code")' });
});
afterAll(async () => {
  await Promise.all(servers.map(closeServer));
  removeDir(site);
});

describe('without a session', () => {
  let port: number;
  beforeAll(async () => (port = await start()));

  it('refuses a fetch with 403 and no byte of the app', async () => {
    for (const path of ['/', '/index.html', '/assets/index-AbCd1234.js']) {
      const r = await fetchRaw(port, path, { headers: FETCH });
      expect(r.status).toBe(403);
      expect(r.text).not.toContain('Quire app');
      expect(r.text).not.toContain('app code');
    }
  });

  it('answers a navigation with the login page (401): a password field posting the token, no script', async () => {
    const r = await fetchRaw(port, '/', { headers: NAVIGATE });
    expect(r.status).toBe(401);
    expect(r.text).not.toContain('Quire app');
    expect(r.text).toMatch(/<form method="post">/);
    expect(r.text).toMatch(/<input type="password"[^>]*name="token"/);
    expect(r.text).not.toMatch(/<script/i);
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.headers['cache-control']).toBe('no-store');
  });

  it('reloads once when the visit came from another site (its Strict cookie is sent only on the reload)', async () => {
    const cross = await fetchRaw(port, '/', { headers: { ...NAVIGATE, 'sec-fetch-site': 'cross-site' } });
    expect(cross.status).toBe(401);
    expect(cross.text).toContain('<meta http-equiv="refresh" content="0">');
    const reloaded = await fetchRaw(port, '/', { headers: { ...NAVIGATE, 'sec-fetch-site': 'same-origin' } });
    expect(reloaded.text).not.toContain('http-equiv="refresh"');
    const typed = await fetchRaw(port, '/', { headers: { ...NAVIGATE, 'sec-fetch-site': 'none' } });
    expect(typed.text).not.toContain('http-equiv="refresh"');
  });

  it('serves /login with 200', async () => {
    const r = await fetchRaw(port, '/login', { headers: NAVIGATE });
    expect(r.status).toBe(200);
    expect(r.text).toContain('type="password"');
  });

  it('answers /healthz without a token, with no secret in it', async () => {
    const r = await fetchRaw(port, '/healthz', { headers: FETCH });
    expect(r.status).toBe(200);
    expect(r.text.trim()).toBe('ok');
    expect(r.text).not.toContain(TOKEN);
    expect(r.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a forged or tampered session cookie', async () => {
    const good = cookiePair((await fetchRaw(port, `/?token=${TOKEN}`)).headers);
    const [name, value] = good.split('=') as [string, string];
    const tampered = `${name}=${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const cookie of [tampered, `${name}=abc.def.ghi`, `${name}=`]) {
      expect((await fetchRaw(port, '/', { headers: { ...FETCH, cookie } })).status).toBe(403);
    }
  });
});

describe('token in the query', () => {
  let port: number;
  beforeAll(async () => (port = await start()));

  it('sets an HttpOnly SameSite=Strict session cookie and redirects to the same URL without the token', async () => {
    const r = await fetchRaw(port, `/?token=${TOKEN}`, { headers: NAVIGATE });
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe('./');
    expect(r.text).toBe('');
    const cookie = r.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/^quire-session-[0-9a-f]{12}=[^;]+;/);
    expect(cookie).not.toContain(TOKEN);
    for (const attribute of ['HttpOnly', 'SameSite=Strict', 'Path=/']) expect(cookie.split('; ')).toContain(attribute);
    expect(cookie).not.toContain('Secure');

    const app = await fetchRaw(port, '/', { headers: { ...NAVIGATE, cookie: cookiePair(r.headers) } });
    expect(app.status).toBe(200);
    expect(app.text).toBe(APP);
  });

  it('keeps the path and the other parameters in the redirect', async () => {
    const r = await fetchRaw(port, `/notebooks/demo?x=1&token=${TOKEN}&y=two`, { headers: NAVIGATE });
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe('./demo?x=1&y=two');
  });

  it('refuses a wrong token: login page for navigations, 403 otherwise, no cookie', async () => {
    const nav = await fetchRaw(port, '/?token=wrong', { headers: NAVIGATE });
    expect(nav.status).toBe(401);
    expect(nav.text).toContain('Invalid token');
    expect(nav.headers['set-cookie']).toBeUndefined();
    const fetched = await fetchRaw(port, '/?token=wrong', { headers: FETCH });
    expect(fetched.status).toBe(403);
    expect(fetched.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a session cookie signed for another token', async () => {
    const otherPort = await start({ token: 'another-token' });
    const other = cookiePair((await fetchRaw(otherPort, '/?token=another-token')).headers);
    const ours = cookiePair((await fetchRaw(port, `/?token=${TOKEN}`)).headers);
    const renamed = `${ours.split('=')[0]}=${other.slice(other.indexOf('=') + 1)}`;
    expect((await fetchRaw(port, '/', { headers: { ...FETCH, cookie: renamed } })).status).toBe(403);
  });
});

describe('Secure cookie', () => {
  it('is Secure when a trusted proxy says the client used https', async () => {
    const port = await start({ trustProxy: true });
    const r = await fetchRaw(port, `/?token=${TOKEN}`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(r.headers['set-cookie']?.[0]?.split('; ')).toContain('Secure');
  });

  it('ignores X-Forwarded-Proto from an untrusted peer', async () => {
    const port = await start({ trustProxy: false });
    const r = await fetchRaw(port, `/?token=${TOKEN}`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(r.headers['set-cookie']?.[0]).not.toContain('Secure');
  });
});

describe('Authorization header', () => {
  let port: number;
  beforeAll(async () => (port = await start()));

  it('accepts "token T" and "Bearer T"', async () => {
    for (const scheme of ['token', 'Bearer']) {
      const r = await fetchRaw(port, '/assets/index-AbCd1234.js', { headers: { ...FETCH, authorization: `${scheme} ${TOKEN}` } });
      expect(r.status).toBe(200);
      expect(r.text).toBe('console.log("app code")');
    }
  });

  it('refuses a wrong token with 403', async () => {
    const r = await fetchRaw(port, '/', { headers: { ...FETCH, authorization: 'token nope' } });
    expect(r.status).toBe(403);
  });
});

describe('login form', () => {
  let port: number;
  beforeAll(async () => (port = await start()));
  const form = (token: string, extra: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...extra },
    body: new URLSearchParams({ token }).toString(),
  });

  it('logs in with the token and redirects without it (303)', async () => {
    const r = await fetchRaw(port, '/login', form(TOKEN, { 'sec-fetch-site': 'same-origin' }));
    expect(r.status).toBe(303);
    expect(r.headers.location).toBe('./');
    const app = await fetchRaw(port, '/', { headers: { ...NAVIGATE, cookie: cookiePair(r.headers) } });
    expect(app.text).toBe(APP);
  });

  it('works from the login page shown at any path (the form posts to the same URL)', async () => {
    const r = await fetchRaw(port, '/some/page', form(TOKEN));
    expect(r.status).toBe(303);
    expect(r.headers.location).toBe('./page');
  });

  it('shows the page again with 401 for a wrong token', async () => {
    const r = await fetchRaw(port, '/login', form('wrong'));
    expect(r.status).toBe(401);
    expect(r.text).toContain('Invalid token');
    expect(r.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a cross-site post', async () => {
    const r = await fetchRaw(port, '/login', form(TOKEN, { 'sec-fetch-site': 'cross-site' }));
    expect(r.status).toBe(403);
    expect(r.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a body that is not a form, or too large', async () => {
    expect((await fetchRaw(port, '/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(415);
    const big = { ...form(TOKEN), body: `token=${TOKEN}&pad=${'x'.repeat(10_000)}` };
    expect((await fetchRaw(port, '/login', big)).status).toBe(413);
  });
});

describe('rate limit', () => {
  it('allows 5 failures, then refuses every attempt (even the right token) with 429 until the backoff passes', async () => {
    // The gate's clock moves only when the test says, however slowly the requests go.
    vi.useFakeTimers({ toFake: ['Date'] });
    onTestFinished(() => void vi.useRealTimers());
    const port = await start({ baseDelayMs: 400 });
    for (let i = 0; i < 5; i++) {
      expect((await fetchRaw(port, '/?token=bad', { headers: FETCH })).status).toBe(403);
    }
    const blocked = await fetchRaw(port, `/?token=${TOKEN}`, { headers: NAVIGATE });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(blocked.headers['set-cookie']).toBeUndefined();
    expect(blocked.text).toContain('Too many failed attempts');
    expect((await fetchRaw(port, '/', { headers: { ...FETCH, authorization: `token ${TOKEN}` } })).status).toBe(429);

    vi.setSystemTime(Date.now() + 399);
    expect((await fetchRaw(port, `/?token=${TOKEN}`, { headers: NAVIGATE })).status).toBe(429);
    vi.setSystemTime(Date.now() + 1);
    const after = await fetchRaw(port, `/?token=${TOKEN}`, { headers: NAVIGATE });
    expect(after.status).toBe(302);
  });
});

describe('--no-token', () => {
  it('serves the app to anyone', async () => {
    const port = await start({ token: null });
    const r = await fetchRaw(port, '/', { headers: FETCH });
    expect(r.status).toBe(200);
    expect(r.text).toBe(APP);
  });
});
