/** The startup log, shaped like Jupyter's: warnings, then the URLs to copy. */
import type { Logger } from './log.ts';

const ALL_ADDRESSES = new Set(['0.0.0.0', '::', '']);

/** How the token appears in the printed URLs: in full when generated, masked ("...", as Jupyter does) when the user set it. */
export type TokenShown = { token: string; masked: boolean } | null;

/**
 * The URLs a user can open, only through addresses that are really bound: `localhost` only when
 * both 127.0.0.1 and ::1 are ours (a browser tries ::1 first, where another program could listen),
 * 127.0.0.1 for IPv4 loopback or all-IPv4 binding, and a specific address as itself.
 */
export function serverUrls(bound: readonly string[], port: number, shown: TokenShown): string[] {
  const query = shown === null ? '' : `?token=${shown.masked ? '...' : encodeURIComponent(shown.token)}`;
  const hosts: string[] = [];
  if (bound.includes('::') || (bound.includes('127.0.0.1') && bound.includes('::1'))) hosts.push('localhost');
  if (bound.some((ip) => ip === '127.0.0.1' || ALL_ADDRESSES.has(ip))) hosts.push('127.0.0.1');
  for (const ip of bound) {
    if (!ALL_ADDRESSES.has(ip) && ip !== '127.0.0.1' && ip !== '::1') hosts.push(ip.includes(':') ? `[${ip}]` : ip);
  }
  if (hosts.length === 0) hosts.push('[::1]');
  return hosts.map((host) => `http://${host}:${port}/${query}`);
}

/** Logs where Quire serves from and the URLs, each URL on exactly one line. */
export function logBanner(log: Logger, settings: { root: string; ip: string; bound: readonly string[]; port: number; token: TokenShown }): void {
  const { root, ip, bound, port, token } = settings;
  log('I', `Serving ${root} on ${ip.includes(':') ? `[${ip}]` : ip}:${port}`);
  if (ALL_ADDRESSES.has(ip)) log('W', 'The server is listening on all IP addresses and not using encryption. This is not recommended.');
  if (token === null) log('W', 'All authentication is disabled (--no-token). Anyone who can connect to this server gets in.');
  log('I', 'Use Control-C to stop this server.');
  const lines = [
    '',
    token === null
      ? '    To access Quire, copy and paste one of these URLs into a browser:'
      : `    To access Quire, copy and paste one of these URLs into a browser\n    (the token is needed only once, a cookie remembers it; or type it into the login page)${token.masked ? ',\n    with "..." replaced by the token you set' : ''}:`,
    ...serverUrls(bound, port, token).map((url) => `    ${url}`),
  ];
  log('C', lines.join('\n'));
}
