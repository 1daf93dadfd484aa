/** Reading the Cookie header and writing Set-Cookie values. */

/**
 * Every value a Cookie header carries under `name`, in the order sent. A page on another port of
 * the same host can set a cookie of the same name with a more specific Path ("cookie tossing"),
 * which browsers send first, so a reader must look at all of them, not the first.
 */
export function cookieValues(header: string | undefined, name: string): string[] {
  const values: string[] = [];
  if (!header) return values;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) values.push(part.slice(eq + 1).trim());
  }
  return values;
}

/** Attributes of the session cookie. */
export interface CookieOptions {
  maxAgeSeconds: number;
  secure: boolean;
}

/** A Set-Cookie value that deletes the session cookie (logging out). */
export function expiredCookie(name: string, secure: boolean): string {
  return sessionCookie(name, '', { maxAgeSeconds: 0, secure });
}

/** A Set-Cookie value for a session cookie: HttpOnly, SameSite=Strict, Path=/, Secure when asked. */
export function sessionCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${value}`, `Max-Age=${options.maxAgeSeconds}`, 'Path=/', 'HttpOnly', 'SameSite=Strict'];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}
