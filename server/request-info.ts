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

/** True for a loopback address (127.0.0.0/8, ::1, and 127.x mapped into IPv6). */
export function isLoopbackAddress(address: string): boolean {
  return /^(::ffff:)?127\./.test(address) || address === '::1';
}

/**
 * The client's address for rate limiting: the peer, or — behind trusted proxies — the first hop
 * of X-Forwarded-For that is not itself a proxy. Each proxy appends the address it saw, so the
 * list is read from the right, past the loopback hops (proxies on this machine, e.g. a reverse
 * proxy in front of Docker's port mapping); anything further left is the client's own claim.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  const forwarded = req.headers['x-forwarded-for'];
  if (!trustProxy || forwarded === undefined) return peer;
  const hops = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '');
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!isLoopbackAddress(hop) || i === 0) return hop;
  }
  return peer;
}

/**
 * Where a browser says a request comes from: 'cross' for another site's page (a link, an image,
 * a form or a script there), 'direct' for everything else (an address typed or pasted, a
 * bookmark, the app itself, and clients that send no Fetch Metadata, such as curl).
 */
export function requestSite(req: IncomingMessage): 'cross' | 'direct' {
  const site = req.headers['sec-fetch-site'];
  return site === 'cross-site' || site === 'same-site' ? 'cross' : 'direct';
}

/** Whether the request loads a top-level document (not a frame, an image, a script or a fetch). */
export function isTopLevelNavigation(req: IncomingMessage): boolean {
  const dest = req.headers['sec-fetch-dest'];
  return isNavigation(req) && (dest === undefined || dest === 'document');
}

/**
 * Whether a POST comes from another site's page: by its Fetch Metadata, or — from a browser
 * without it — by an Origin naming another host than the one asked for (browsers send Origin
 * with every form post and fetch POST).
 */
export function isCrossSitePost(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== (req.headers.host ?? '').toLowerCase();
  } catch {
    return true;
  }
}
