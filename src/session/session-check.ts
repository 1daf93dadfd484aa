/**
 * The page's side of the token gate. The service worker serves the app from its cache, so after
 * the server restarted with a new token the page opens without a valid session. At start the page
 * asks the server (`./api/session`); only the Quire server's own 401 (with its marker header)
 * sends the user to the login page, after every open notebook is saved. A static host (404), an
 * unreachable server (offline) or a slow answer leaves the app as it is.
 */

/** The server's session endpoint, relative to the app. */
export const SESSION_ENDPOINT = './api/session';

/** The header on the Quire server's 401 that makes it a request to log in again. */
export const LOGIN_MARKER = 'x-quire-login';

/** What the page learned: log in again, the session is fine, or nothing (not the Quire server, offline). */
export type SessionStatus = 'login' | 'valid' | 'unknown';

/** An answer later than this is ignored: by then the user may be at work in the app. */
const CHECK_TIMEOUT_MS = 5000;

/** Asks the server at `base` (the app's directory) about this browser's session. */
export async function checkSession(base: string, fetchFn: typeof fetch, timeoutMs = CHECK_TIMEOUT_MS): Promise<SessionStatus> {
  try {
    const response = await fetchFn(new URL(SESSION_ENDPOINT, base), {
      credentials: 'same-origin',
      cache: 'no-store',
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status === 401 && response.headers.has(LOGIN_MARKER)) return 'login';
    return response.status === 204 ? 'valid' : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The login page's URL for a page at `href`, keeping where the user was (relative to `base`) as `next`. */
export function loginUrl(href: string, base: string): string {
  const app = new URL('./', base).href;
  const login = new URL('./login', app);
  if (href.startsWith(app) && href !== app) login.searchParams.set('next', `./${href.slice(app.length)}`);
  return login.href;
}

/** What the check needs from the page, passed in so tests can fake it. */
export interface SessionGuardEnvironment {
  /** The app's base URL (document.baseURI). */
  base: string;
  /** The page's URL when the answer arrives (location.href). */
  href(): string;
  fetch: typeof fetch;
  /** Saves every open notebook; resolves true when nothing is left unsaved. */
  saveAll(): Promise<boolean>;
  /** Leaves for the login page without a history entry (location.replace). */
  leave(url: string): void;
}

/**
 * Checks the session and, when the server asks for a login, goes to its login page — unless
 * some notebook could not be saved, in which case the app stays (the work matters more than
 * the gate, which only guards the server's copy of the app).
 */
export async function guardSession(env: SessionGuardEnvironment): Promise<SessionStatus> {
  const status = await checkSession(env.base, env.fetch);
  if (status === 'login' && (await env.saveAll())) env.leave(loginUrl(env.href(), env.base));
  return status;
}
