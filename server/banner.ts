/** The startup log, shaped like Jupyter's: warnings, then the URLs to copy. */
import type { Logger } from './log.ts';

const ALL_ADDRESSES = new Set(['0.0.0.0', '::', '']);

/** The URLs a user can open: localhost and 127.0.0.1 always, and the bound address when it is a specific other one. */
export function serverUrls(ip: string, port: number, token: string | null): string[] {
  const query = token === null ? '' : `?token=${encodeURIComponent(token)}`;
  const hosts = ['localhost', '127.0.0.1'];
  if (!ALL_ADDRESSES.has(ip) && !hosts.includes(ip)) hosts.push(ip.includes(':') ? `[${ip}]` : ip);
  return hosts.map((host) => `http://${host}:${port}/${query}`);
}

/** Logs where Quire serves from and the URLs, each URL on exactly one line. */
export function logBanner(log: Logger, settings: { root: string; ip: string; port: number; token: string | null }): void {
  const { root, ip, port, token } = settings;
  log('I', `Serving ${root} on ${ip.includes(':') ? `[${ip}]` : ip}:${port}`);
  if (ALL_ADDRESSES.has(ip)) log('W', 'The server is listening on all IP addresses and not using encryption. This is not recommended.');
  if (token === null) log('W', 'All authentication is disabled (--no-token). Anyone who can connect to this server gets in.');
  log('I', 'Use Control-C to stop this server.');
  const lines = [
    '',
    token === null
      ? '    To access Quire, copy and paste one of these URLs into a browser:'
      : '    To access Quire, copy and paste one of these URLs into a browser\n    (the token is needed only once, a cookie remembers it; or type it into the login page):',
    ...serverUrls(ip, port, token).map((url) => `    ${url}`),
  ];
  log('C', lines.join('\n'));
}
