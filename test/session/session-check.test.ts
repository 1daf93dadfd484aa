import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { createHandler } from '../../server/handler.ts';
import { checkSession, guardSession, loginUrl, type SessionGuardEnvironment } from '../../src/session/session-check.ts';
import { closeServer, cookiePair, fetchRaw, listenLoopback, makeSite, removeDir } from '../server/http-client.ts';

const TOKEN = 'feedface00112233feedface00112233feedface00112233';

let site: string;
const servers: Server[] = [];
let quire: string;
let quirePort: number;

async function serve(handler: Parameters<typeof createServer>[1]): Promise<number> {
  const server = createServer(handler);
  servers.push(server);
  return listenLoopback(server);
}

/** fetch with a Cookie header, as the browser would send the session cookie. */
const withCookie = (cookie: string): typeof fetch => (input, init) => fetch(input, { ...init, headers: { cookie } });

beforeAll(async () => {
  site = makeSite({ 'index.html': '<!doctype html><title>Quire</title>' });
  quirePort = await serve(createHandler({ root: site, token: TOKEN }));
  quire = `http://127.0.0.1:${quirePort}/`;
});
afterAll(async () => {
  await Promise.all(servers.map(closeServer));
  removeDir(site);
});

describe('checkSession against the real server', () => {
  it('is "login" without a cookie and with a cookie of another token', async () => {
    expect(await checkSession(quire, fetch)).toBe('login');
    const otherPort = await serve(createHandler({ root: site, token: 'another-token-0000000000' }));
    const other = cookiePair((await fetchRaw(otherPort, '/?token=another-token-0000000000')).headers);
    expect(await checkSession(quire, withCookie(other.replace(`-${otherPort}=`, `-${quirePort}=`)))).toBe('login');
  });

  it('is "valid" with the session cookie the token URL set', async () => {
    const cookie = cookiePair((await fetchRaw(quirePort, `/?token=${TOKEN}`)).headers);
    expect(await checkSession(quire, withCookie(cookie))).toBe('valid');
  });

  it('asks relative to the app, so a sub-path mount asks its own server', async () => {
    const seen: string[] = [];
    const spy: typeof fetch = async (input) => {
      seen.push(String(input));
      return new Response(null, { status: 204 });
    };
    expect(await checkSession('https://example.org/quire/index.html', spy)).toBe('valid');
    expect(seen).toEqual(['https://example.org/quire/api/session']);
  });
});

describe('checkSession elsewhere', () => {
  it('is "unknown" on a static host (404), for a 401 without the marker, and for an SPA fallback (200)', async () => {
    for (const [status, headers] of [[404, {}], [401, { 'www-authenticate': 'Basic' }], [200, { 'content-type': 'text/html' }]] as const) {
      const port = await serve((_req, res) => res.writeHead(status, headers).end('<!doctype html>'));
      expect(await checkSession(`http://127.0.0.1:${port}/`, fetch), String(status)).toBe('unknown');
    }
  });

  it('is "unknown" when the server is gone (offline) or too slow', async () => {
    const gonePort = await serve(() => undefined);
    await closeServer(servers.pop() as Server);
    expect(await checkSession(`http://127.0.0.1:${gonePort}/`, fetch)).toBe('unknown');
    const slowPort = await serve(() => undefined);
    expect(await checkSession(`http://127.0.0.1:${slowPort}/`, fetch, 100)).toBe('unknown');
  });
});

describe('loginUrl', () => {
  it('keeps where the user was as a ./ path relative to the app', () => {
    expect(loginUrl('http://h:1/#/notebook/abc', 'http://h:1/')).toBe('http://h:1/login?next=.%2F%23%2Fnotebook%2Fabc');
    expect(loginUrl('https://h/quire/?x=1#/f', 'https://h/quire/index.html')).toBe('https://h/quire/login?next=.%2F%3Fx%3D1%23%2Ff');
  });

  it('adds no next for the app itself', () => {
    expect(loginUrl('http://h:1/', 'http://h:1/')).toBe('http://h:1/login');
  });
});

describe('guardSession', () => {
  function environment(saved: boolean, fetchFn: typeof fetch = fetch): SessionGuardEnvironment & { left: string[]; saves: number } {
    const env = {
      left: [] as string[],
      saves: 0,
      base: quire,
      href: () => `${quire}#/notebook/n1`,
      fetch: fetchFn,
      saveAll: async () => {
        env.saves++;
        return saved;
      },
      leave: (url: string) => void env.left.push(url),
    };
    return env;
  }

  it('saves every notebook, then goes to the login page keeping the route', async () => {
    const env = environment(true);
    expect(await guardSession(env)).toBe('login');
    expect(env.saves).toBe(1);
    expect(env.left).toEqual([`${quire}login?next=.%2F%23%2Fnotebook%2Fn1`]);
  });

  it('stays when a notebook could not be saved', async () => {
    const env = environment(false);
    expect(await guardSession(env)).toBe('login');
    expect(env.left).toEqual([]);
  });

  it('neither saves nor leaves with a valid session', async () => {
    const cookie = cookiePair((await fetchRaw(quirePort, `/?token=${TOKEN}`)).headers);
    const env = environment(true, withCookie(cookie));
    expect(await guardSession(env)).toBe('valid');
    expect(env.saves).toBe(0);
    expect(env.left).toEqual([]);
  });
});
