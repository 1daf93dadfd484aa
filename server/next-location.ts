/**
 * Where the login page sends the browser afterwards: its `next` parameter, accepted only as a
 * relative path inside the app (so a crafted login link cannot send anyone to another site).
 */

// Any origin would do: `next` is resolved against it only to find out where it stays.
const PROBE = new URL('http://quire.invalid/');

/**
 * A Location for `next` (e.g. `./#/notebook/abc`), relative to the app's directory so it also
 * works behind a proxy that mounts Quire under a sub-path; null when `next` is missing, not
 * of the form `./…`, holds a backslash or control character, or would leave the app.
 */
export function nextLocation(next: string | null): string | null {
  // Backslashes count as slashes in URLs and control characters are dropped: both disguise paths.
  if (next === null || !next.startsWith('./') || /[\\\u0000-\u001f\u007f]/.test(next)) return null;
  let target: URL;
  try {
    target = new URL(next, PROBE);
  } catch {
    return null;
  }
  if (target.origin !== PROBE.origin) return null;
  // Leading slashes collapsed: `.//host` stays a path here, but would read as a host once rebased.
  return `./${target.pathname.replace(/^\/+/, '')}${target.search}${target.hash}`;
}
