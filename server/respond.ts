/** Small responses the server writes itself: pages, plain text, redirects — never cached. */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { BASE_HEADERS, NO_STORE, PAGE_CSP } from './headers.ts';

/** Sends an HTML page under its own policy. */
export function sendHtml(res: ServerResponse, status: number, html: string, csp: string, extra: OutgoingHttpHeaders = {}): void {
  const body = Buffer.from(html);
  res
    .writeHead(status, {
      ...BASE_HEADERS,
      'content-security-policy': csp,
      'cache-control': NO_STORE,
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
      ...extra,
    })
    .end(body);
}

/** Sends a short plain-text answer (errors, the health check). */
export function sendText(res: ServerResponse, status: number, text: string, extra: OutgoingHttpHeaders = {}): void {
  const body = Buffer.from(`${text}\n`);
  res
    .writeHead(status, {
      ...BASE_HEADERS,
      'content-security-policy': PAGE_CSP,
      'cache-control': NO_STORE,
      'content-type': 'text/plain; charset=utf-8',
      'content-length': body.length,
      ...extra,
    })
    .end(body);
}

/** Sends a redirect to `location` (may set cookies on the way). */
export function sendRedirect(res: ServerResponse, status: 302 | 303, location: string, extra: OutgoingHttpHeaders = {}): void {
  res
    .writeHead(status, {
      ...BASE_HEADERS,
      'content-security-policy': PAGE_CSP,
      'cache-control': NO_STORE,
      location,
      'content-length': 0,
      ...extra,
    })
    .end();
}
