/**
 * The token gate. A request gets in with a valid session cookie or `Authorization: token T`.
 * `?token=T` on a top-level navigation, or the login form posting T, sets the session cookie and
 * redirects to the same URL without the token (the login page to its `next`, a path inside the
 * app). Everyone else gets the login page (navigations) or a 403, and failed attempts are
 * rate-limited per client.
 *
 * Another site's page must not be able to lock the owner out: a token in the URL of another
 * site's image, script, frame or fetch is refused without counting, and failures from other sites'
 * navigations are counted apart from the owner's own (an address typed or pasted, the login form),
 * so they throttle only further cross-site attempts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cookieValues, expiredCookie, sessionCookie } from './cookies.ts';
import { readForm } from './form-body.ts';
import { LOGIN_CSP, loginPage } from './login-page.ts';
import type { Logger } from './log.ts';
import { nextLocation } from './next-location.ts';
import { FailureLimiter, type RateLimitOptions } from './rate-limit.ts';
import { clientAddress, isCrossSitePost, isHttps, isNavigation, isTopLevelNavigation, requestSite } from './request-info.ts';
import { queryPart } from './request-path.ts';
import { sendHtml, sendRedirect, sendText } from './respond.ts';
import { secretEqual } from './secret-equal.ts';
import { createSessionSigner } from './session.ts';

const LOGIN_PATH = '/login';

/** Settings of the gate. */
export interface GateOptions {
  token: string;
  /** Believe X-Forwarded-Proto / X-Forwarded-For from the peer (only behind your own proxy). */
  trustProxy: boolean;
  rateLimit?: Partial<RateLimitOptions>;
  log?: Logger;
}

/** The gate of one server. */
export interface Gate {
  /** Decides one request: resolves true when it may proceed, false when the gate has answered it. */
  admit(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Whether the request carries a valid session cookie. */
  hasSession(req: IncomingMessage): boolean;
  /** Ends the request's session (the cookie is revoked and deleted) and answers 204. */
  logOut(req: IncomingMessage, res: ServerResponse): void;
}

// Most ended sessions remembered; the oldest is forgotten first (and would have expired anyway).
const MAX_REVOKED = 10_000;

/** Creates the gate for one token. */
export function createGate(options: GateOptions): Gate {
  const signer = createSessionSigner(options.token);
  const limiter = new FailureLimiter(options.rateLimit);
  const log = options.log ?? (() => {});
  // Cookies ignore ports, and Docker maps one container port to many host ports: the name comes
  // from the key, so two servers with different tokens never overwrite each other's session.
  const cookieName = `quire-session-${signer.keyId}`;
  const revoked = new Set<string>();

  const target = (req: IncomingMessage): { path: string; query: URLSearchParams } => {
    const url = req.url ?? '/';
    const path = url.split(/[?#]/, 1)[0] ?? '/';
    return { path, query: new URLSearchParams(queryPart(url)) };
  };

  /**
   * Same URL without the token (the login page leads to its `next` or the app instead),
   * relative so it also works behind a proxy that mounts Quire under a sub-path.
   */
  const cleanLocation = (path: string, query: URLSearchParams): string => {
    if (path === LOGIN_PATH) return nextLocation(query.get('next')) ?? './';
    query.delete('token');
    const rest = query.toString();
    const last = path.slice(path.lastIndexOf('/') + 1);
    return `./${last}${rest ? `?${rest}` : ''}`;
  };

  const hasSession = (req: IncomingMessage): boolean =>
    cookieValues(req.headers.cookie, cookieName).some((value) => !revoked.has(value) && signer.verify(value));

  const setCookie = (req: IncomingMessage): string =>
    sessionCookie(cookieName, signer.issue(), { maxAgeSeconds: signer.maxAgeSeconds, secure: isHttps(req, options.trustProxy) });

  const logOut = (req: IncomingMessage, res: ServerResponse): void => {
    for (const value of cookieValues(req.headers.cookie, cookieName)) {
      if (revoked.size >= MAX_REVOKED) revoked.delete(revoked.values().next().value as string);
      revoked.add(value);
    }
    res.writeHead(204, { 'set-cookie': expiredCookie(cookieName, isHttps(req, options.trustProxy)), 'cache-control': 'no-store' }).end();
  };

  /** Navigations and form posts get the login page (401, or 429 while throttled); other requests a bare 403/429. */
  const refuse = (req: IncomingMessage, res: ServerResponse, throttledForS?: number, message?: string): void => {
    const extra = throttledForS === undefined ? {} : { 'retry-after': String(throttledForS) };
    if (!isNavigation(req) && req.method !== 'POST') {
      sendText(res, throttledForS ? 429 : 403, throttledForS ? 'Too many failed attempts' : 'Forbidden', extra);
      return;
    }
    const site = req.headers['sec-fetch-site'];
    const reload = req.method === 'GET' && message === undefined && (site === 'cross-site' || site === 'same-site');
    sendHtml(res, throttledForS ? 429 : 401, loginPage(message, { reload }), LOGIN_CSP, extra);
  };

  /**
   * Checks a presented token; answers the request itself unless it is valid. Failures are
   * counted per client and per site of origin, and logged once each until the client is
   * throttled, then once per throttling period.
   */
  const attempt = (req: IncomingMessage, res: ServerResponse, client: string, given: string): boolean => {
    const key = `${client} ${requestSite(req)}`;
    const waitMs = limiter.retryAfterMs(key);
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      refuse(req, res, seconds, `Too many failed attempts. Try again in ${seconds} s.`);
      return false;
    }
    if (secretEqual(given, options.token)) {
      limiter.succeed(key);
      return true;
    }
    limiter.fail(key);
    const blockedS = Math.ceil(limiter.retryAfterMs(key) / 1000);
    const where = `${client}${requestSite(req) === 'cross' ? ' (from another site)' : ''}`;
    log('W', `Invalid token from ${where} (${req.method} ${target(req).path})${blockedS > 0 ? `: further attempts refused for ${blockedS} s` : ''}`);
    refuse(req, res, undefined, 'Invalid token.');
    return false;
  };

  const admit = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const client = clientAddress(req, options.trustProxy);
    const { path, query } = target(req);

    if (req.method === 'POST') {
      if (isCrossSitePost(req)) {
        sendText(res, 403, 'Cross-site login refused');
        return false;
      }
      const form = await readForm(req);
      if (typeof form === 'string') {
        sendText(res, form === 'too-large' ? 413 : 415, form === 'too-large' ? 'Too large' : 'Expected a form');
        return false;
      }
      if (!attempt(req, res, client, form.get('token') ?? '')) return false;
      sendRedirect(res, 303, cleanLocation(path, query), { 'set-cookie': setCookie(req) });
      return false;
    }

    const queryToken = query.get('token');
    if (queryToken !== null) {
      // Another site's image, script, frame or fetch: neither counted nor logged, never accepted.
      if (requestSite(req) === 'cross' && !isTopLevelNavigation(req)) {
        sendText(res, 403, 'Forbidden');
        return false;
      }
      if (!attempt(req, res, client, queryToken)) return false;
      sendRedirect(res, 302, cleanLocation(path, query), { 'set-cookie': setCookie(req) });
      return false;
    }

    const authorization = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (authorization) return attempt(req, res, client, authorization[1] ?? '');

    const loginPath = path === LOGIN_PATH;
    if (hasSession(req)) {
      if (!loginPath) return true;
      sendRedirect(res, 302, cleanLocation(path, query));
      return false;
    }
    if (loginPath) sendHtml(res, 200, loginPage(), LOGIN_CSP);
    else refuse(req, res);
    return false;
  };

  return { admit, hasSession, logOut };
}
