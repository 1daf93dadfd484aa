/**
 * Turns a request target into a path relative to the served root, or a rejection. Decodes
 * exactly once, treats backslashes as separators, resolves dot segments itself and refuses to
 * climb above the root; hidden files are never served. (Symlinks are checked at lookup.)
 */

/** A safe root-relative path ('' is the root) or the status to answer instead. */
export type RequestPath = { ok: true; path: string } | { ok: false; status: 400 | 404 };

/** Maps a raw request target (`req.url`) to a root-relative path. */
export function requestPath(target: string): RequestPath {
  const rawPath = pathPart(target);
  if (rawPath === null || rawPath.includes('\0') || /%00/i.test(rawPath)) return { ok: false, status: 400 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0')) return { ok: false, status: 400 };
  const segments: string[] = [];
  for (const segment of decoded.replaceAll('\\', '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return { ok: false, status: 400 };
      segments.pop();
      continue;
    }
    if (segment.startsWith('.')) return { ok: false, status: 404 };
    segments.push(segment);
  }
  return { ok: true, path: segments.join('/') };
}

/** The still-encoded path of an origin-form or absolute-form target; null for anything else. */
function pathPart(target: string): string | null {
  if (target.startsWith('/')) return target.split(/[?#]/, 1)[0] ?? '';
  if (!/^https?:\/\//i.test(target)) return null;
  try {
    return new URL(target).pathname;
  } catch {
    return null;
  }
}

/** The query string of a request target without the '?', or ''. */
export function queryPart(target: string): string {
  const at = target.indexOf('?');
  if (at < 0) return '';
  const hash = target.indexOf('#', at);
  return target.slice(at + 1, hash < 0 ? undefined : hash);
}
