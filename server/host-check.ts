/**
 * The Host check against DNS rebinding: a server bound to loopback answers only requests that name
 * it as localhost, 127.0.0.1 or [::1] (any port), as Jupyter does. Otherwise a page on
 * evil.example, whose name an attacker re-points at 127.0.0.1, would be same-origin with its own
 * requests to this server. Bound to another address (Docker's 0.0.0.0), any Host is served
 * unless names were listed with --allow-host; listed names are accepted besides the loopback ones.
 */

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The host name of a Host header, lower-cased and without its port ("[::1]:8888" → "[::1]"). */
export function hostName(header: string): string {
  const host = header.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.indexOf(':');
  return colon < 0 ? host : host.slice(0, colon);
}

/** True when `ip` (the bound address) is a loopback one. */
export function isLoopbackBinding(ip: string): boolean {
  return ip === 'localhost' || ip === '::1' || /^127\./.test(ip);
}

/** Decides which Host headers a server accepts; undefined means any. */
export function hostFilter(ip: string, allowed: readonly string[]): ((host: string | undefined) => boolean) | undefined {
  const extra = allowed.map((name) => hostName(name));
  if (!isLoopbackBinding(ip) && extra.length === 0) return undefined;
  const names = new Set([...LOOPBACK_NAMES, ...extra]);
  return (host) => host !== undefined && names.has(hostName(host));
}
