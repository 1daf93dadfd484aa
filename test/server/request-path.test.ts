import { describe, expect, it } from 'vitest';
import { queryPart, requestPath } from '../../server/request-path.ts';

describe('requestPath', () => {
  it.each([
    ['/', ''],
    ['/index.html', 'index.html'],
    ['/assets/app.js?v=1#x', 'assets/app.js'],
    ['/a/./b/../c.txt', 'a/c.txt'],
    ['//a//b', 'a/b'],
    ['/%61ssets/x.js', 'assets/x.js'],
    ['/a%2fb', 'a/b'],
    ['/a\\b', 'a/b'],
    ['/%252e%252e/x', '%2e%2e/x'],
    ['/file%20name.txt', 'file name.txt'],
    ['http://example.com/a/b.js', 'a/b.js'],
  ])('%s → %s', (target, path) => {
    expect(requestPath(target)).toEqual({ ok: true, path });
  });

  it.each([
    ['/../x', 400],
    ['/%2e%2e/x', 400],
    ['/a/%2e%2e%2f%2e%2e/x', 400],
    ['/..\\x', 400],
    ['/a%5c..%5c..%5cx', 400],
    ['/x%00.html', 400],
    ['/%ZZ', 400],
    ['/%c0%ae%c0%ae/x', 400],
    ['*', 400],
    ['file:///etc/passwd', 400],
    ['/.env', 404],
    ['/.git/config', 404],
    ['/a/.hidden/x', 404],
  ] as const)('%s → %i', (target, status) => {
    expect(requestPath(target)).toEqual({ ok: false, status });
  });
});

describe('queryPart', () => {
  it('returns the query without ? and #', () => {
    expect(queryPart('/a?x=1&y=2#frag')).toBe('x=1&y=2');
    expect(queryPart('/a')).toBe('');
  });
});
