import { describe, expect, it } from 'vitest';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCli } from '../../server/cli.ts';
import { serverUrls } from '../../server/banner.ts';
import { buildNeeded } from '../../server/ensure-build.ts';
import { makeSite, removeDir } from './http-client.ts';

describe('parseCli', () => {
  it('defaults to 127.0.0.1:8888 with a generated token and a build check', () => {
    expect(parseCli([], {})).toEqual({
      port: 8888, portExplicit: false, ip: '127.0.0.1', token: null, noToken: false, dir: null, build: true, trustProxy: false, allowHosts: [], help: false,
    });
  });

  it('reads flags, in both spellings', () => {
    const o = parseCli(['--port=0', '--ip', '0.0.0.0', '--token', 'T123456789abcdef', '--dir', 'x', '--no-build', '--trust-proxy', '--allow-host', 'a.example', '--allow-host=b.example'], {});
    expect(o).toMatchObject({ port: 0, portExplicit: true, ip: '0.0.0.0', token: 'T123456789abcdef', dir: 'x', build: false, trustProxy: true, allowHosts: ['a.example', 'b.example'] });
  });

  it('reads QUIRE_* from the environment; flags win', () => {
    const env = { QUIRE_PORT: '5000', QUIRE_IP: '0.0.0.0', QUIRE_TOKEN: 'E123456789abcdef' };
    expect(parseCli([], env)).toMatchObject({ port: 5000, portExplicit: true, ip: '0.0.0.0', token: 'E123456789abcdef' });
    expect(parseCli(['--port', '7000', '--token', 'F123456789abcdef'], env)).toMatchObject({ port: 7000, token: 'F123456789abcdef' });
    expect(parseCli(['--no-token'], env)).toMatchObject({ token: null, noToken: true });
  });

  it('refuses a token shorter than 16 characters with a reason, from a flag or the environment', () => {
    expect(() => parseCli(['--token', 'short'], {})).toThrow(/at least 16 characters/);
    expect(() => parseCli([], { QUIRE_TOKEN: 'short' })).toThrow(/at least 16 characters/);
    expect(parseCli(['--token', '0123456789abcdef'], {}).token).toBe('0123456789abcdef');
  });

  it.each([
    [['--port', '65536']],
    [['--port', '-1']],
    [['--port', '80.5']],
    [['--port', '0x50']],
    [['--token', 'has space in it, long enough']],
    [['--token', 'T123456789abcdef', '--no-token']],
    [['--token', 'x']],
    [['--token', '123456789abcdef']],
    [['--frobnicate']],
    [['extra']],
  ])('rejects %j', (argv) => {
    expect(() => parseCli(argv, {})).toThrow();
  });
});

describe('serverUrls', () => {
  const generated = { token: 'a b', masked: false };
  it('names localhost only when both loopback addresses are ours (a browser tries ::1 first)', () => {
    expect(serverUrls(['127.0.0.1', '::1'], 8888, generated)).toEqual(['http://localhost:8888/?token=a%20b', 'http://127.0.0.1:8888/?token=a%20b']);
    expect(serverUrls(['127.0.0.1'], 8888, generated)).toEqual(['http://127.0.0.1:8888/?token=a%20b']);
    expect(serverUrls(['0.0.0.0'], 5000, null)).toEqual(['http://127.0.0.1:5000/']);
    expect(serverUrls(['::1'], 1, generated)).toEqual(['http://[::1]:1/?token=a%20b']);
    expect(serverUrls(['192.168.1.5'], 1, generated)).toEqual(['http://192.168.1.5:1/?token=a%20b']);
  });

  it('masks a token the user set, as Jupyter does', () => {
    expect(serverUrls(['127.0.0.1'], 8888, { token: 'secret-0123456789', masked: true })).toEqual(['http://127.0.0.1:8888/?token=...']);
  });
});

describe('buildNeeded', () => {
  it('is null without sources, missing without dist, stale when a source is newer', () => {
    const pkg = makeSite({ 'index.html': 'x' });
    try {
      expect(buildNeeded(pkg)).toBeNull();
      mkdirSync(join(pkg, 'src', 'deep'), { recursive: true });
      writeFileSync(join(pkg, 'src', 'deep', 'a.ts'), '');
      expect(buildNeeded(pkg)).toBe('missing');
      mkdirSync(join(pkg, 'dist'));
      writeFileSync(join(pkg, 'dist', 'index.html'), '');
      const past = new Date(Date.now() - 60_000);
      for (const f of ['index.html', 'src/deep/a.ts']) utimesSync(join(pkg, f), past, past);
      expect(buildNeeded(pkg)).toBeNull();
      writeFileSync(join(pkg, 'src', 'deep', 'a.ts'), 'changed');
      utimesSync(join(pkg, 'src', 'deep', 'a.ts'), new Date(), new Date(Date.now() + 5000));
      expect(buildNeeded(pkg)).toBe('stale');
    } finally {
      removeDir(pkg);
    }
  });
});
