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
      port: 8888, portExplicit: false, ip: '127.0.0.1', token: null, noToken: false, dir: null, build: true, trustProxy: false, help: false,
    });
  });

  it('reads flags, in both spellings', () => {
    const o = parseCli(['--port=0', '--ip', '0.0.0.0', '--token', 'T', '--dir', 'x', '--no-build', '--trust-proxy'], {});
    expect(o).toMatchObject({ port: 0, portExplicit: true, ip: '0.0.0.0', token: 'T', dir: 'x', build: false, trustProxy: true });
  });

  it('reads QUIRE_* from the environment; flags win', () => {
    const env = { QUIRE_PORT: '5000', QUIRE_IP: '0.0.0.0', QUIRE_TOKEN: 'E' };
    expect(parseCli([], env)).toMatchObject({ port: 5000, portExplicit: true, ip: '0.0.0.0', token: 'E' });
    expect(parseCli(['--port', '7000', '--token', 'F'], env)).toMatchObject({ port: 7000, token: 'F' });
    expect(parseCli(['--no-token'], env)).toMatchObject({ token: null, noToken: true });
  });

  it.each([
    [['--port', '65536']],
    [['--port', '-1']],
    [['--port', '80.5']],
    [['--port', '0x50']],
    [['--token', 'has space']],
    [['--token', 'T', '--no-token']],
    [['--frobnicate']],
    [['extra']],
  ])('rejects %j', (argv) => {
    expect(() => parseCli(argv, {})).toThrow();
  });
});

describe('serverUrls', () => {
  it('lists localhost and 127.0.0.1, plus a specific bound address', () => {
    expect(serverUrls('127.0.0.1', 8888, 'a b')).toEqual(['http://localhost:8888/?token=a%20b', 'http://127.0.0.1:8888/?token=a%20b']);
    expect(serverUrls('0.0.0.0', 5000, null)).toEqual(['http://localhost:5000/', 'http://127.0.0.1:5000/']);
    expect(serverUrls('::1', 1, 't')[2]).toBe('http://[::1]:1/?token=t');
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
