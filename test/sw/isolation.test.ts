import { expect, test } from 'vitest';
import { withIsolationHeaders } from '../../src/sw/isolation.ts';

test('a served response gets COOP same-origin and COEP credentialless, keeping status, body and headers', async () => {
  const original = new Response('<!doctype html>', { status: 200, statusText: 'OK', headers: { 'content-type': 'text/html', etag: '"abc"' } });
  const isolated = withIsolationHeaders(original);
  expect(isolated.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(isolated.headers.get('cross-origin-embedder-policy')).toBe('credentialless');
  expect(isolated.headers.get('content-type')).toBe('text/html');
  expect(isolated.headers.get('etag')).toBe('"abc"');
  expect(isolated.status).toBe(200);
  expect(await isolated.text()).toBe('<!doctype html>');
});

test("a host's own (stricter) COEP is kept", () => {
  const original = new Response('x', { headers: { 'cross-origin-embedder-policy': 'require-corp' } });
  expect(withIsolationHeaders(original).headers.get('cross-origin-embedder-policy')).toBe('require-corp');
});

test('opaque responses pass through untouched (they cannot be copied)', () => {
  const opaque = { status: 0, type: 'opaque' } as Response;
  expect(withIsolationHeaders(opaque)).toBe(opaque);
});
