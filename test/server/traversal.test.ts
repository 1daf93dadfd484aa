import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHandler } from '../../server/handler.ts';
import { closeServer, listenLoopback, makeSite, removeDir, sendBytes } from './http-client.ts';

const TOKEN = 'traversal-token';
const SECRET = 'TOP SECRET outside the root';
const INDEX = '<!doctype html><title>inside</title>';

// parent/secret.txt is outside; parent/dist is the served root.
let parent: string;
let server: Server;
let port: number;

beforeAll(async () => {
  parent = makeSite({ 'secret.txt': SECRET, 'dist/index.html': INDEX, 'dist/assets/app-AbCd1234.js': 'ok();', 'dist/.env': 'HIDDEN=1' });
  const root = join(parent, 'dist');
  symlinkSync(join(parent, 'secret.txt'), join(root, 'link-out.txt'));
  symlinkSync(parent, join(root, 'dir-out'));
  symlinkSync('/etc', join(root, 'etc-link'));
  symlinkSync(join(root, 'index.html'), join(root, 'link-in.html'));
  mkdirSync(join(root, 'sub'));
  writeFileSync(join(root, 'sub', 'page.txt'), 'sub page');
  server = createServer(createHandler({ root, token: TOKEN }));
  port = await listenLoopback(server);
});
afterAll(async () => {
  await closeServer(server);
  removeDir(parent);
});

/** Raw request so no client library normalises the target first. */
async function rawGet(target: string, accept = '*/*'): Promise<{ status: number; body: string }> {
  const reply = await sendBytes(
    port,
    `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: token ${TOKEN}\r\nAccept: ${accept}\r\nConnection: close\r\n\r\n`,
  );
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0);
  return { status, body: reply.slice(reply.indexOf('\r\n\r\n') + 4) };
}

// Every spelling from the issue: ../, %2e%2e, %2f, backslashes, double encoding, NUL, absolute paths, symlinks.
const ATTACKS = [
  '/../secret.txt',
  '/../../../../../../etc/passwd',
  '/./../secret.txt',
  '/assets/../../secret.txt',
  '/%2e%2e/secret.txt',
  '/%2E%2E/secret.txt',
  '/.%2e/secret.txt',
  '/%2e%2e%2fsecret.txt',
  '/..%2fsecret.txt',
  '/..%2Fsecret.txt',
  '/assets%2f..%2f..%2fsecret.txt',
  '/..\\secret.txt',
  '/%5c..%5csecret.txt',
  '/..%5csecret.txt',
  '/assets\\..\\..\\secret.txt',
  '/%252e%252e/secret.txt',
  '/%252e%252e%252fsecret.txt',
  '/..%252fsecret.txt',
  '/%c0%ae%c0%ae/secret.txt',
  '/%c0%af../secret.txt',
  '/secret.txt%00.html',
  '/..%00/secret.txt',
  '/%00',
  '//etc/passwd',
  '/%2fetc%2fpasswd',
  '/etc/passwd',
  '/' + encodeURIComponent(join(process.cwd(), 'package.json')),
  'http://127.0.0.1/../secret.txt',
  'http://127.0.0.1/%2e%2e/secret.txt',
  '/link-out.txt',
  '/dir-out/secret.txt',
  '/dir-out/dist/../secret.txt',
  '/etc-link/passwd',
  '/.env',
  '/assets/../.env',
  '/%2eenv',
];

describe('path traversal never serves a file outside the root', () => {
  for (const target of ATTACKS) {
    it(`GET ${JSON.stringify(target)}`, async () => {
      for (const accept of ['*/*', 'text/html']) {
        const r = await rawGet(target, accept);
        expect(r.body).not.toContain('TOP SECRET');
        expect(r.body).not.toContain('root:');
        expect(r.body).not.toContain('HIDDEN');
        expect(r.body).not.toContain('"name": "quire"');
        // Fetches get an error; a navigation may at most get the app's own index.html.
        if (accept === '*/*') expect([400, 404]).toContain(r.status);
        else if (r.status === 200) expect(r.body).toBe(INDEX);
        else expect([400, 404]).toContain(r.status);
      }
    });
  }

  it('still serves files inside, including through a symlink that stays inside', async () => {
    expect((await rawGet('/assets/app-AbCd1234.js')).body).toBe('ok();');
    expect((await rawGet('/sub/page.txt')).body).toBe('sub page');
    expect((await rawGet('/sub/../sub/page.txt')).body).toBe('sub page');
    expect((await rawGet('/link-in.html')).body).toBe(INDEX);
    expect((await rawGet('/%61ssets/app-AbCd1234.js')).body).toBe('ok();');
  });
});
