import { expect, test } from 'vitest';
import { AppUpdate, ISOLATION_RELOAD_KEY, type UpdateEnvironment } from '../../src/sw/app-update.svelte.ts';
import { SKIP_WAITING } from '../../src/sw/messages.ts';

/** A fake service worker: an event target with a state and posted messages. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly posted: unknown[] = [];
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  become(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  arrive(worker: FakeWorker): void {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

function environment(options: { controlled: boolean; isolated: boolean; registration?: FakeRegistration }) {
  const registration = options.registration ?? new FakeRegistration();
  const container = new EventTarget() as EventTarget & { controller: object | null; register: unknown; scopes: string[] };
  container.controller = options.controlled ? {} : null;
  container.scopes = [];
  container.register = async (_url: string, init: { scope: string }) => {
    container.scopes.push(init.scope);
    return registration;
  };
  const session = new Map<string, string>();
  let reloads = 0;
  const env = {
    container,
    isolated: options.isolated,
    session: { getItem: (k: string) => session.get(k) ?? null, setItem: (k: string, v: string) => void session.set(k, v) },
    reload: () => void (reloads += 1),
  } as unknown as UpdateEnvironment;
  return { env, container, registration, reloads: () => reloads, session };
}

test('a first visit that is not isolated reloads once when the worker takes control, never twice in a tab', async () => {
  const first = environment({ controlled: false, isolated: false });
  await new AppUpdate().register('./sw.js', first.env);
  expect(first.container.scopes).toEqual(['./']);
  first.container.controller = {};
  first.container.dispatchEvent(new Event('controllerchange'));
  expect(first.reloads()).toBe(1);
  expect(first.session.get(ISOLATION_RELOAD_KEY)).toBe('1');
  first.container.dispatchEvent(new Event('controllerchange'));
  expect(first.reloads()).toBe(1);
});

test('a page already isolated by its server does not reload', async () => {
  const served = environment({ controlled: false, isolated: true });
  await new AppUpdate().register('./sw.js', served.env);
  served.container.dispatchEvent(new Event('controllerchange'));
  expect(served.reloads()).toBe(0);
});

test('a first install is not an update; a worker arriving while another controls the page is offered, and Reload activates it', async () => {
  const fresh = environment({ controlled: false, isolated: true });
  const quiet = new AppUpdate();
  await quiet.register('./sw.js', fresh.env);
  const firstWorker = new FakeWorker();
  fresh.registration.arrive(firstWorker);
  firstWorker.become('installed');
  expect(quiet.ready).toBe(false);

  const controlled = environment({ controlled: true, isolated: true });
  const update = new AppUpdate();
  await update.register('./sw.js', controlled.env);
  const next = new FakeWorker();
  controlled.registration.arrive(next);
  next.become('installed');
  expect(update.ready).toBe(true);
  update.apply();
  expect(next.posted).toEqual([SKIP_WAITING]);
  controlled.container.dispatchEvent(new Event('controllerchange'));
  expect(controlled.reloads()).toBe(1);
});

test('a version already waiting at load is offered at once', async () => {
  const registration = new FakeRegistration();
  registration.waiting = new FakeWorker();
  const update = new AppUpdate();
  await update.register('./sw.js', environment({ controlled: true, isolated: true, registration }).env);
  expect(update.ready).toBe(true);
});
