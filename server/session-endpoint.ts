/**
 * The session check the page makes at start (`GET ./api/session`): 204 while its session cookie
 * is valid, 401 with a marker header otherwise, so a page opened from its offline cache learns
 * that the server wants a new login (after a restart with a new token, or an expired cookie).
 */
import type { ServerResponse } from 'node:http';
import { BASE_HEADERS, NO_STORE } from './headers.ts';

/** The endpoint's path on the server. */
export const SESSION_PATH = '/api/session';

/** Where the page posts to log out (File ▸ Log Out, the file list's Log out). */
export const LOGOUT_PATH = '/api/logout';

/** The header that marks a 401 as the Quire gate's (another server's 401 or 404 is not a login request). */
export const LOGIN_MARKER = 'x-quire-login';

/** Answers the session check; never stored by a browser or proxy (it depends on the cookie). */
export function sendSessionStatus(res: ServerResponse, valid: boolean): void {
  const headers = { ...BASE_HEADERS, 'cache-control': NO_STORE, vary: 'Cookie' };
  if (valid) {
    res.writeHead(204, headers).end();
    return;
  }
  const body = Buffer.from('Login required\n');
  res
    .writeHead(401, {
      ...headers,
      // The scheme is Quire's own: a browser shows no password prompt for it.
      'www-authenticate': 'Token realm="Quire"',
      [LOGIN_MARKER]: './login',
      'content-type': 'text/plain; charset=utf-8',
      'content-length': body.length,
    })
    .end(body);
}
