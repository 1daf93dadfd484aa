/**
 * Logging out: every open notebook is saved, the server ends the session (`POST ./api/logout`
 * revokes the cookie), and the page goes to the login page. The service worker still serves the
 * app from its cache, but the app's start-up session check then finds no session and leads to
 * the login page again (see session-check.ts).
 */
import { loginUrl } from './session-check.ts';

/** The server's logout endpoint, relative to the app. */
export const LOGOUT_ENDPOINT = './api/logout';

/** What logging out needs from the page, passed in so tests can fake it. */
export interface LogoutEnvironment {
  base: string;
  fetch: typeof fetch;
  saveAll(): Promise<boolean>;
  leave(url: string): void;
}

/** The outcome: logged out (and leaving), a notebook could not be saved first, or no Quire server answered. */
export type LogoutResult = 'done' | 'unsaved' | 'unavailable';

/** Saves, ends the server session, then leaves for the login page; stays when saving or the server fails. */
export async function logOut(env: LogoutEnvironment): Promise<LogoutResult> {
  if (!(await env.saveAll())) return 'unsaved';
  try {
    const response = await env.fetch(new URL(LOGOUT_ENDPOINT, env.base), { method: 'POST', credentials: 'same-origin', cache: 'no-store' });
    if (response.status !== 204) return 'unavailable';
  } catch {
    return 'unavailable';
  }
  env.leave(loginUrl(new URL('./', env.base).href, env.base));
  return 'done';
}
