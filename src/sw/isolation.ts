/**
 * Cross-origin isolation for static hosts: the service worker copies each same-origin response it
 * serves with COOP and COEP added (the technique of coi-serviceworker), so the page gets
 * `crossOriginIsolated` and the kernel its SharedArrayBuffer interrupt even where the host sends
 * no such headers.
 */

/** The headers that make a document (and its workers) cross-origin isolated. */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  // credentialless keeps cells' fetch() of public CORS data working (require-corp would not).
  'Cross-Origin-Embedder-Policy': 'credentialless',
};

/** `response` with the isolation headers added; opaque and redirect responses cannot be copied and pass through. */
export function withIsolationHeaders(response: Response): Response {
  if (response.status === 0 || response.type === 'opaqueredirect') return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) {
    if (!headers.has(name)) headers.set(name, value);
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
