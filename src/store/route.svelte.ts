/** The page's route, kept in the URL hash so a static host needs no server routing. */

/** Where the tab is: the file list or one notebook. */
export type Route = { page: 'files' } | { page: 'notebook'; id: string };

/** Parses `#/notebooks/<id>` (anything else is the file list). */
export function parseRoute(hash: string): Route {
  const match = /^#\/notebooks\/([^/?#]+)/.exec(hash);
  return match?.[1] ? { page: 'notebook', id: decodeURIComponent(match[1]) } : { page: 'files' };
}

/** The hash for a route. */
export function routeHash(route: Route): string {
  return route.page === 'notebook' ? `#/notebooks/${encodeURIComponent(route.id)}` : '#/';
}

/** The current route, following hash changes. */
export class Router {
  route = $state<Route>({ page: 'files' });

  constructor(private readonly location: Location, target: EventTarget) {
    this.route = parseRoute(location.hash);
    target.addEventListener('hashchange', () => (this.route = parseRoute(this.location.hash)));
  }

  /** Navigates to `route` (adds a history entry). */
  go(route: Route): void {
    this.location.hash = routeHash(route);
  }
}
