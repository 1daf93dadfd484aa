/// <reference lib="webworker" />
/**
 * The service worker: precaches the whole build (the list is injected at build time by
 * vite-plugin-pwa), serves it offline, and adds the cross-origin isolation headers to every
 * same-origin response it serves. A new version waits until the page asks it to take over.
 */
import { cleanupOutdatedCaches, precacheAndRoute, addPlugins } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { withIsolationHeaders } from './isolation.ts';
import { SKIP_WAITING } from './messages.ts';
import { isOnDemandAsset, ON_DEMAND_CACHE } from './on-demand.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<string | { url: string; revision: string | null }> };

const isolation: WorkboxPlugin = {
  handlerWillRespond: async ({ response }) => withIsolationHeaders(response),
};

addPlugins([isolation]);
// The token server's `?token=` links must reach the server (to set the session cookie), so only
// URLs without a query are answered from the precache; `./` is index.html.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', ignoreURLParametersMatching: [] });
cleanupOutdatedCaches();

// Large assets only some notebooks need are kept after their first use, for offline use.
registerRoute(
  ({ url }) => url.origin === self.location.origin && isOnDemandAsset(url.pathname),
  new CacheFirst({ cacheName: ON_DEMAND_CACHE, plugins: [isolation] }),
);

// Anything else of this origin goes to the network, still with the isolation headers; other
// origins (a cell's fetch, a notebook opened by link) are left to the browser.
registerRoute(({ url }) => url.origin === self.location.origin, new NetworkOnly({ plugins: [isolation] }));

self.addEventListener('message', (event) => {
  if (event.data === SKIP_WAITING) void self.skipWaiting();
});

// The first worker takes control at once, so a static host's first visit can reload isolated.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
