import { describe, expect, it } from 'vitest';
import { logOut, type LogoutEnvironment } from '../../src/session/logout.ts';

const BASE = 'http://127.0.0.1:8888/';

function environment(answer: () => Promise<Response>, saved = true) {
  const calls: string[] = [];
  const env: LogoutEnvironment = {
    base: BASE,
    fetch: async (input, init) => {
      calls.push(`${init?.method} ${String(input)}`);
      return answer();
    },
    saveAll: async () => {
      calls.push('save');
      return saved;
    },
    leave: (url) => calls.push(`leave ${url}`),
  };
  return { env, calls };
}

describe('logOut', () => {
  it('saves, asks the server to end the session, then goes to the login page', async () => {
    const { env, calls } = environment(async () => new Response(null, { status: 204 }));
    expect(await logOut(env)).toBe('done');
    expect(calls).toEqual(['save', `POST ${BASE}api/logout`, `leave ${BASE}login`]);
  });

  it('stays when a notebook could not be saved, without ending the session', async () => {
    const { env, calls } = environment(async () => new Response(null, { status: 204 }), false);
    expect(await logOut(env)).toBe('unsaved');
    expect(calls).toEqual(['save']);
  });

  it('stays when no Quire server answers (a static host, offline)', async () => {
    const notFound = environment(async () => new Response('no', { status: 404 }));
    expect(await logOut(notFound.env)).toBe('unavailable');
    const offline = environment(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await logOut(offline.env)).toBe('unavailable');
    expect(offline.calls.some((call) => call.startsWith('leave'))).toBe(false);
  });
});
