import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares a given secret with the expected one in constant time (hashing first equalises lengths). */
export function secretEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
