/**
 * Response headers: the Content-Security-Policy for pages and for worker scripts, the headers
 * that make the page cross-origin isolated, and the caching rule for each file.
 */
import type { OutgoingHttpHeaders } from 'node:http';

const policy = (directives: Record<string, string>): string =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/**
 * The page's policy. Scripts come only from the app itself ('wasm-unsafe-eval' lets the page
 * compile WASM, never JS). Styles allow 'unsafe-inline' because KaTeX output and plotly.js write
 * inline style attributes and style elements; styles cannot run code. connect-src allows https:
 * so a notebook can be opened by link from any public https URL.
 */
export const PAGE_CSP = policy({
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'media-src': "'self' data: blob:",
  'connect-src': "'self' https:",
  'worker-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
});

/**
 * The policy sent with the kernel worker's script: a dedicated worker runs under the policy of
 * its own script response. The kernel exists to run the user's code: it evaluates cells
 * ('unsafe-eval'), `await import(url)`s modules from https and `fetch()`es public https data.
 * Every other script (the service worker, the import worker, DuckDB's worker, the page's chunks)
 * gets the page's strict policy.
 */
export const KERNEL_CSP = policy({
  'default-src': "'self'",
  'script-src': "'self' 'unsafe-eval' 'wasm-unsafe-eval' https: blob: data:",
  'connect-src': "'self' https: data: blob:",
  'img-src': "'self' data: blob:",
  'worker-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
});

/** Powerful browser features no notebook page needs; denied so a page can never ask for them. */
const DENIED_FEATURES = [
  'accelerometer', 'ambient-light-sensor', 'autoplay', 'bluetooth', 'camera', 'display-capture', 'geolocation',
  'gyroscope', 'hid', 'idle-detection', 'magnetometer', 'microphone', 'midi', 'payment', 'publickey-credentials-get',
  'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking',
];

/** Headers on every response, whatever its status. */
export const BASE_HEADERS: OutgoingHttpHeaders = {
  'x-content-type-options': 'nosniff',
  'permissions-policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  // COOP + COEP make the page cross-origin isolated (SharedArrayBuffer for the kernel interrupt);
  // credentialless still lets cells fetch public CORS data.
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'credentialless',
  'cross-origin-resource-policy': 'same-origin',
};

/** The policy for a served file: the kernel's for the kernel worker's script (as Vite names it), the page's for everything else. */
export function cspFor(relativePath: string): string {
  return /^assets\/kernel\.worker-[\w-]+\.js$/.test(relativePath) ? KERNEL_CSP : PAGE_CSP;
}

/** One year: the longest lifetime caches honour. */
const IMMUTABLE = 'private, max-age=31536000, immutable';

/**
 * Cache-Control for a served file: Vite's content-hashed files under assets/ never change;
 * everything else (index.html, sw.js, favicon) is revalidated with its ETag on every use.
 * "private" because every response sits behind the token: no shared cache may keep it.
 */
export function cacheControlFor(relativePath: string): string {
  return /^assets\/.+[-.][\w-]{8,}\.\w+$/.test(relativePath) ? IMMUTABLE : 'private, no-cache';
}

/** Cache-Control for responses that must never be stored (login page, errors, redirects). */
export const NO_STORE = 'no-store';
