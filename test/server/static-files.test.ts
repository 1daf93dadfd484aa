import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createServer, type Server } from 'node:http';
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createHandler } from '../../server/handler.ts';
import { closeServer, FETCH, fetchRaw, listenLoopback, makeSite, NAVIGATE, removeDir } from './http-client.ts';

const TOKEN = 'static-token';
const AUTH = { authorization: `token ${TOKEN}` };
const INDEX = '<!doctype html><title>Quire</title>';
const SCRIPT = `export const big = ${JSON.stringify('quire '.repeat(2000))};\n`;
const WORKER = 'self.onmessage = () => {};\n';
const WASM = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

let site: string;
let server: Server;
let port: number;

beforeAll(async () => {
  site = makeSite({
    'index.html': INDEX,
    'sw.js': 'self.addEventListener("fetch", () => {});',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'assets/index-AbCd1234.js': SCRIPT,
    'assets/index-AbCd1234.js.br': brotliCompressSync(SCRIPT),
    'assets/index-AbCd1234.js.gz': gzipSync(SCRIPT),
    'assets/kernel.worker-Zz9_y8-x.js': WORKER,
    'assets/core-Qq1234aB.wasm': WASM,
    'assets/style-Ab12Cd34.css': 'body{}',
    'assets/style-Ab12Cd34.css.br': brotliCompressSync('stale'),
  });
  // The .br of the stylesheet is older than the stylesheet: it must be ignored.
  const past = new Date(Date.now() - 60_000);
  utimesSync(join(site, 'assets/style-Ab12Cd34.css.br'), past, past);
  server = createServer(createHandler({ root: site, token: TOKEN }));
  port = await listenLoopback(server);
});
afterAll(async () => {
  await closeServer(server);
  removeDir(site);
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetchRaw(port, path, { method, headers: { ...FETCH, ...AUTH, ...headers } });

describe('security headers', () => {
  it('index.html carries the page policy and isolation headers', async () => {
    const r = await get('/', NAVIGATE);
    expect(r.status).toBe(200);
    expect(r.text).toBe(INDEX);
    const csp = String(r.headers['content-security-policy']).split(/;\s*/);
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp.join(';')).not.toContain("'unsafe-eval'");
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(r.headers['cross-origin-embedder-policy']).toBe('credentialless');
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('scripts carry the worker policy: the kernel may eval cells, import and fetch from https', async () => {
    const r = await get('/assets/kernel.worker-Zz9_y8-x.js', { 'sec-fetch-dest': 'worker' });
    expect(r.status).toBe(200);
    const csp = String(r.headers['content-security-policy']).split(/;\s*/);
    expect(csp).toContain("script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval' https: blob: data:");
    expect(csp).toContain("connect-src 'self' https: data: blob:");
    expect(r.headers['cross-origin-embedder-policy']).toBe('credentialless');
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('error answers carry the headers too', async () => {
    const r = await get('/missing.js');
    expect(r.status).toBe(404);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('serves WASM as application/wasm (instantiateStreaming needs it)', async () => {
    const r = await get('/assets/core-Qq1234aB.wasm');
    expect(r.headers['content-type']).toBe('application/wasm');
    expect(r.body.equals(WASM)).toBe(true);
  });
});

describe('caching', () => {
  it('hashed assets are immutable; index.html, sw.js and unhashed files revalidate', async () => {
    expect((await get('/assets/index-AbCd1234.js')).headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect((await get('/assets/core-Qq1234aB.wasm')).headers['cache-control']).toBe('private, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/sw.js', '/favicon.svg']) {
      expect((await get(path)).headers['cache-control']).toBe('private, no-cache');
    }
  });

  it('answers 304 to a matching If-None-Match or a current If-Modified-Since', async () => {
    const first = await get('/index.html');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[^"]+"$/);
    const cached = await get('/index.html', { 'if-none-match': etag });
    expect(cached.status).toBe(304);
    expect(cached.body.length).toBe(0);
    expect(cached.headers.etag).toBe(etag);
    expect((await get('/index.html', { 'if-none-match': `W/${etag}` })).status).toBe(304);
    expect((await get('/index.html', { 'if-none-match': '"other"' })).status).toBe(200);
    expect((await get('/index.html', { 'if-modified-since': String(first.headers['last-modified']) })).status).toBe(304);
    expect((await get('/index.html', { 'if-modified-since': new Date(0).toUTCString() })).status).toBe(200);
  });

  it('sees a changed file within a second (new body, new ETag)', async () => {
    writeFileSync(join(site, 'changing.txt'), 'one');
    const before = await get('/changing.txt');
    expect(before.text).toBe('one');
    writeFileSync(join(site, 'changing.txt'), 'three');
    utimesSync(join(site, 'changing.txt'), new Date(), new Date(Date.now() + 5000));
    // A second later by the server's clock (it looks a path up again after a second).
    vi.useFakeTimers({ toFake: ['Date'] });
    onTestFinished(() => void vi.useRealTimers());
    vi.setSystemTime(Date.now() + 1000);
    const after = await get('/changing.txt');
    expect(after.text).toBe('three');
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });
});

describe('precompressed files', () => {
  it('serves brotli when accepted, else gzip, else identity, with Vary and distinct ETags', async () => {
    const br = await get('/assets/index-AbCd1234.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');

    const gz = await get('/assets/index-AbCd1234.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);

    const none = await get('/assets/index-AbCd1234.js', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.text).toBe(SCRIPT);
    expect(new Set([br.headers.etag, gz.headers.etag, none.headers.etag]).size).toBe(3);
  });

  it('ignores a variant older than its file', async () => {
    const r = await get('/assets/style-Ab12Cd34.css', { 'accept-encoding': 'br' });
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.text).toBe('body{}');
  });
});

describe('HEAD and Range', () => {
  it('HEAD gives the GET headers without a body', async () => {
    const r = await get('/assets/index-AbCd1234.js', {}, 'HEAD');
    expect(r.status).toBe(200);
    expect(Number(r.headers['content-length'])).toBe(Buffer.byteLength(SCRIPT));
    expect(r.body.length).toBe(0);
  });

  it('serves one byte range with 206 and Content-Range', async () => {
    const size = Buffer.byteLength(SCRIPT);
    const r = await get('/assets/index-AbCd1234.js', { range: 'bytes=7-12', 'accept-encoding': 'br' });
    expect(r.status).toBe(206);
    expect(r.headers['content-range']).toBe(`bytes 7-12/${size}`);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.text).toBe(SCRIPT.slice(7, 13));

    const suffix = await get('/assets/index-AbCd1234.js', { range: 'bytes=-4' });
    expect(suffix.status).toBe(206);
    expect(suffix.text).toBe(SCRIPT.slice(-4));

    const open = await get('/assets/index-AbCd1234.js', { range: `bytes=${size - 3}-` });
    expect(open.text).toBe(SCRIPT.slice(-3));
  });

  it('answers 416 to an unsatisfiable range and ignores a stale If-Range', async () => {
    const r = await get('/index.html', { range: 'bytes=100000-' });
    expect(r.status).toBe(416);
    expect(r.headers['content-range']).toBe(`bytes */${INDEX.length}`);
    const stale = await get('/index.html', { range: 'bytes=0-3', 'if-range': '"not-the-etag"' });
    expect(stale.status).toBe(200);
    expect(stale.text).toBe(INDEX);
  });
});

describe('routing', () => {
  it('falls back to index.html for navigations only', async () => {
    const nav = await get('/notebooks/welcome', NAVIGATE);
    expect(nav.status).toBe(200);
    expect(nav.text).toBe(INDEX);
    expect((await get('/notebooks/welcome')).status).toBe(404);
    expect((await get('/assets/missing-AbCd1234.js')).status).toBe(404);
  });

  it('never lists a directory', async () => {
    const r = await get('/assets/');
    expect(r.status).toBe(404);
    expect(r.text).not.toContain('index-AbCd1234');
    const nav = await get('/assets/', NAVIGATE);
    expect(nav.text).toBe(INDEX);
  });

  it('refuses other methods with 405 and Allow', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const r = await get('/index.html', {}, method);
      expect(r.status).toBe(405);
      expect(r.headers.allow).toBe('GET, HEAD, POST');
    }
  });
});
