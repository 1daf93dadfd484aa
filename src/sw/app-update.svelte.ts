/**
 * The page's side of the service worker: registers it (scope relative to the page, so any
 * sub-path works), reloads once when a static host's first visit becomes controlled (to become
 * cross-origin isolated), and reports a waiting new version so the user can reload into it.
 */
import { SKIP_WAITING } from './messages.ts';

/** The parts of the browser the registration uses, passed in so tests can fake them. */
export interface UpdateEnvironment {
  container: Pick<ServiceWorkerContainer, 'register' | 'controller' | 'addEventListener'>;
  /** Whether the page is already cross-origin isolated (served with COOP/COEP). */
  isolated: boolean;
  /** The session flag that keeps the isolation reload to one per tab. */
  session: Pick<Storage, 'getItem' | 'setItem'>;
  reload(): void;
}

/** The session key recording that this tab already reloaded to become isolated. */
export const ISOLATION_RELOAD_KEY = 'quire:isolation-reload';

/** Whether a new version is waiting, and the action that switches to it. */
export class AppUpdate {
  /** True when a new version is installed and waiting for a reload. */
  ready = $state(false);
  /** Why the service worker could not be registered (the app still works online). */
  error = $state<string | null>(null);
  #waiting: ServiceWorker | null = null;
  #updating = false;

  /** Registers `scriptUrl` with the page's directory as scope and starts watching for new versions. */
  async register(scriptUrl: string, env: UpdateEnvironment): Promise<void> {
    const hadController = env.container.controller !== null;
    env.container.addEventListener('controllerchange', () => {
      if (this.#updating) env.reload();
      else if (!hadController && !env.isolated && env.session.getItem(ISOLATION_RELOAD_KEY) === null) {
        env.session.setItem(ISOLATION_RELOAD_KEY, '1');
        env.reload();
      }
    });
    try {
      const registration = await env.container.register(scriptUrl, { scope: './' });
      if (registration.waiting && hadController) this.#offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          // A first install is not an update: only a worker arriving while another controls the page waits.
          if (installing.state === 'installed' && env.container.controller) this.#offer(installing);
        });
      });
    } catch (error) {
      this.error = `Offline use is unavailable: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  /** Activates the waiting version; the page reloads when it takes control. */
  apply(): void {
    if (!this.#waiting) return;
    this.#updating = true;
    this.#waiting.postMessage(SKIP_WAITING);
  }

  #offer(worker: ServiceWorker): void {
    this.#waiting = worker;
    this.ready = true;
  }
}

/** Starts the service worker for this page when the browser supports it (HTTPS or localhost); not under `vite` dev. */
export function startServiceWorker(update: AppUpdate): void {
  // The dev server has no built sw.js (and a caching worker would hide edits).
  if (import.meta.env.DEV || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  void update.register(new URL('./sw.js', document.baseURI).href, {
    container: navigator.serviceWorker,
    isolated: window.crossOriginIsolated,
    session: sessionStorage,
    reload: () => window.location.reload(),
  });
}

/** The Svelte context key under which main.ts hands the AppUpdate to the banner. */
export const APP_UPDATE_CONTEXT = Symbol('quire:app-update');
