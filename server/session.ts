/**
 * Session cookies: a random id and its issue time, signed with HMAC-SHA256. The key is derived
 * from the token, so sessions survive a restart with the same token and die when it changes.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Issues and verifies signed session values. */
export interface SessionSigner {
  /** How long a session stays valid, in seconds (the cookie's Max-Age). */
  readonly maxAgeSeconds: number;
  /** A short public name derived from the key: servers with different tokens get different cookie names. */
  readonly keyId: string;
  /** A fresh signed session value. */
  issue(nowMs?: number): string;
  /** Whether a cookie value is a session this signer issued and it has not expired. */
  verify(value: string, nowMs?: number): boolean;
}

/** Thirty days, as Jupyter's login cookie. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** A signer whose key is derived from `token`. */
export function createSessionSigner(token: string, maxAgeSeconds = SESSION_MAX_AGE_SECONDS): SessionSigner {
  const key = createHmac('sha256', token).update('quire session cookie v1').digest();
  const mac = (payload: string): Buffer => createHmac('sha256', key).update(payload).digest();
  return {
    maxAgeSeconds,
    keyId: createHmac('sha256', key).update('cookie name').digest('hex').slice(0, 12),
    issue(nowMs = Date.now()) {
      const payload = `${Math.floor(nowMs / 1000).toString(36)}.${randomBytes(18).toString('base64url')}`;
      return `${payload}.${mac(payload).toString('base64url')}`;
    },
    verify(value, nowMs = Date.now()) {
      const parts = value.split('.');
      if (parts.length !== 3) return false;
      const [issued, id, signature] = parts as [string, string, string];
      const payload = `${issued}.${id}`;
      const given = Buffer.from(signature, 'base64url');
      const expected = mac(payload);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
      const ageSeconds = nowMs / 1000 - parseInt(issued, 36);
      return ageSeconds >= -60 && ageSeconds <= maxAgeSeconds;
    },
  };
}
