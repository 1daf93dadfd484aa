/**
 * The request handler: health check, session check, token gate, then the static files of the build with
 * index.html as the fallback for navigations. A plain `(req, res)` function for node:http.
 */
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createGate } from './gate.ts';
import type { Logger } from './log.ts';
import { LookupCache } from './lookup-cache.ts';
import type { RateLimitOptions } from './rate-limit.ts';
import { isCrossSitePost, isNavigation } from './request-info.ts';
import { requestPath } from './request-path.ts';
import { sendText } from './respond.ts';
import { sendFile } from './send-file.ts';
import { LOGOUT_PATH, SESSION_PATH, sendSessionStatus } from './session-endpoint.ts';

/** What the handler serves and how it guards it. */
export interface HandlerOptions {
  /** Directory with the built app (index.html at its top). */
  root: string;
  /** The token to require, or null to serve everyone (`--no-token`). */
  token: string | null;
  /** Believe X-Forwarded-Proto / X-Forwarded-For (only behind your own reverse proxy). */
  trustProxy?: boolean;
  rateLimit?: Partial<RateLimitOptions>;
  log?: Logger;
  /** Which Host headers are answered (see host-check.ts); absent: any. */
  acceptsHost?: (host: string | undefined) => boolean;
}

/** A node:http request listener. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Creates the handler for one root and token. */
export function createHandler(options: HandlerOptions): RequestHandler {
  const root = realpathSync(options.root);
  const cache = new LookupCache(root);
  const log = options.log ?? (() => {});
  const gate =
    options.token === null
      ? null
      : createGate({ token: options.token, trustProxy: options.trustProxy ?? false, log, ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}) });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const path = (req.url ?? '/').split(/[?#]/, 1)[0];
    if (path === '/healthz' && (method === 'GET' || method === 'HEAD')) {
      sendText(res, 200, 'ok');
      return;
    }
    if (options.acceptsHost && !options.acceptsHost(req.headers.host)) {
      log('W', `Refused a request for host ${JSON.stringify(req.headers.host ?? '')} (only this machine's loopback names are served; see --allow-host)`);
      sendText(res, 403, 'Host not allowed');
      return;
    }
    if (path === LOGOUT_PATH && method === 'POST' && gate) {
      if (isCrossSitePost(req)) sendText(res, 403, 'Cross-site logout refused');
      else gate.logOut(req, res);
      return;
    }
    const readOnly = path === SESSION_PATH || !gate;
    const allowed = readOnly ? ['GET', 'HEAD'] : ['GET', 'HEAD', 'POST'];
    if (!allowed.includes(method)) {
      sendText(res, 405, 'Method not allowed', { allow: allowed.join(', ') });
      return;
    }
    // Answered before the gate: a missing session is the answer here, not a reason to show the login page.
    if (path === SESSION_PATH) {
      sendSessionStatus(res, gate?.hasSession(req) ?? true);
      return;
    }
    if (gate && !(await gate.admit(req, res))) return;

    const resolved = requestPath(req.url ?? '/');
    if (!resolved.ok) {
      sendText(res, resolved.status, resolved.status === 400 ? 'Bad request' : 'Not found');
      return;
    }
    const relative = resolved.path || 'index.html';
    const file = await cache.find(join(root, relative));
    if (file) return sendFile(req, res, cache, relative, file);
    const index = isNavigation(req) ? await cache.find(join(root, 'index.html')) : null;
    if (index) return sendFile(req, res, cache, 'index.html', index);
    sendText(res, 404, 'Not found');
  };

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      log('E', `${req.method} ${req.url?.split('?')[0]}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendText(res, 500, 'Internal server error');
      else res.destroy();
    });
  };
}
