/** The page's route, kept in the URL hash so a static host needs no server routing. */
import { assertNever } from '../model/assert-never.ts';

/** Where a notebook opened by link comes from: a URL to fetch, or the notebook itself in the link. */
export type NotebookLink = { kind: 'url'; url: string } | { kind: 'fragment'; data: string; name: string };

/** Where the tab is: the file list, one notebook, or a notebook being opened by link. */
export type Route = { page: 'files' } | { page: 'notebook'; id: string } | { page: 'open'; link: NotebookLink };

/** Parses `#/notebooks/<id>`, `#/open?url=…` and `#/open?nb=…&name=…` (anything else is the file list). */
export function parseRoute(hash: string): Route {
  const match = /^#\/notebooks\/([^/?#]+)/.exec(hash);
  if (match?.[1]) return { page: 'notebook', id: decodeURIComponent(match[1]) };
  const open = /^#\/open\?(.*)$/s.exec(hash);
  if (open) {
    const params = new URLSearchParams(open[1]);
    const url = params.get('url');
    const data = params.get('nb');
    if (url) return { page: 'open', link: { kind: 'url', url } };
    if (data) return { page: 'open', link: { kind: 'fragment', data, name: params.get('name') ?? 'Shared.ipynb' } };
  }
  return { page: 'files' };
}

/** The hash for a route. */
export function routeHash(route: Route): string {
  switch (route.page) {
    case 'files':
      return '#/';
    case 'notebook':
      return `#/notebooks/${encodeURIComponent(route.id)}`;
    case 'open':
      return `#/open?${linkParams(route.link)}`;
    default:
      return assertNever(route);
  }
}

function linkParams(link: NotebookLink): string {
  switch (link.kind) {
    case 'url':
      return new URLSearchParams({ url: link.url }).toString();
    case 'fragment':
      return new URLSearchParams({ nb: link.data, name: link.name }).toString();
    default:
      return assertNever(link);
  }
}

/** The current route, following hash changes. */
export class Router {
  route = $state<Route>({ page: 'files' });

  constructor(private readonly location: Location, target: EventTarget) {
    this.route = parseRoute(location.hash);
    target.addEventListener('hashchange', () => {
      // `#some-heading` is an in-page anchor from notebook content, not a route: stay where we are.
      const hash = this.location.hash;
      if (hash === '' || hash.startsWith('#/')) this.route = parseRoute(hash);
    });
  }

  /** Navigates to `route` (adds a history entry). */
  go(route: Route): void {
    this.location.hash = routeHash(route);
  }

  /** Replaces the current history entry with `route` (so Back does not open a link twice). */
  replace(route: Route): void {
    this.location.replace(routeHash(route));
  }
}
