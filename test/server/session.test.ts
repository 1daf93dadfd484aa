import { describe, expect, it } from 'vitest';
import { createSessionSigner } from '../../server/session.ts';
import { cookieValues, expiredCookie, sessionCookie } from '../../server/cookies.ts';
import { secretEqual } from '../../server/secret-equal.ts';

describe('session signer', () => {
  const signer = createSessionSigner('the-token', 3600);

  it('verifies what it issued, with fresh random values', () => {
    const a = signer.issue();
    const b = signer.issue();
    expect(a).not.toBe(b);
    expect(signer.verify(a)).toBe(true);
    expect(a).not.toContain('the-token');
  });

  it('rejects tampering, other tokens and expiry', () => {
    const now = Date.UTC(2026, 0, 1);
    const value = signer.issue(now);
    const [issued, id, mac] = value.split('.') as [string, string, string];
    expect(signer.verify(`${issued}.${id}x.${mac}`, now)).toBe(false);
    expect(signer.verify(`${(parseInt(issued, 36) + 1000).toString(36)}.${id}.${mac}`, now)).toBe(false);
    expect(signer.verify(`${issued}.${id}`, now)).toBe(false);
    expect(createSessionSigner('other-token', 3600).verify(value, now)).toBe(false);
    expect(signer.verify(value, now + 3600_000)).toBe(true);
    expect(signer.verify(value, now + 3601_000)).toBe(false);
  });

  it('survives a restart with the same token', () => {
    expect(createSessionSigner('the-token', 3600).verify(signer.issue())).toBe(true);
  });
});

describe('cookies', () => {
  it('reads every value of a name from a Cookie header, in order', () => {
    expect(cookieValues('a=1; b=x=y;  a=2; junk', 'a')).toEqual(['1', '2']);
    expect(cookieValues('a=1; b=x=y;  a=2; junk', 'b')).toEqual(['x=y']);
    expect(cookieValues('ab=1', 'a')).toEqual([]);
    expect(cookieValues(undefined, 'a')).toEqual([]);
  });

  it('deletes the cookie with Max-Age=0', () => {
    expect(expiredCookie('s', false)).toBe('s=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict');
  });

  it('writes the session attributes', () => {
    expect(sessionCookie('s', 'v', { maxAgeSeconds: 10, secure: true })).toBe('s=v; Max-Age=10; Path=/; HttpOnly; SameSite=Strict; Secure');
  });
});

describe('secretEqual', () => {
  it('compares secrets of any length', () => {
    expect(secretEqual('abc', 'abc')).toBe(true);
    expect(secretEqual('abd', 'abc')).toBe(false);
    expect(secretEqual('abcd', 'abc')).toBe(false);
    expect(secretEqual('', 'abc')).toBe(false);
  });
});
