/** Facts about a request that the gate and the file server decide on. */
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/** Whether the request is a top-level (or frame) page load rather than a fetch or subresource. */
export function isNavigation(req: IncomingMessage): boolean {
  const mode = req.headers['sec-fetch-mode'];
  if (typeof mode === 'string') return mode === 'navigate';
  return (req.headers.accept ?? '').includes('text/html');
}

/** Whether the client reached us over HTTPS, directly or (when the proxy is trusted) through a proxy. */
export function isHttps(req: IncomingMessage, trustProxy: boolean): boolean {
  if ((req.socket as Partial<TLSSocket>).encrypted) return true;
  if (!trustProxy) return false;
  const proto = req.headers['x-forwarded-proto'];
  const first = (Array.isArray(proto) ? proto[0] : proto)?.split(',')[0]?.trim().toLowerCase();
  return first === 'https';
}

/** The client's address for rate limiting: the peer, or the address a trusted proxy saw. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    // The proxy appends the address it saw; anything left of it is the client's own claim.
    const last = forwarded.split(',').pop()?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}
