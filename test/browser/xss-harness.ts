/**
 * Real-browser XSS detection for the corpora in test/fixtures/xss and xss-extra (see xss/README.md):
 * a title spy installed before any page script, beacon requests recorded and aborted, every
 * link/button in rendered notebook content clicked and every element hovered with
 * navigations blocked, then each detection channel read back per case id.
 */
import type { BrowserContext, Page, Request, Route } from 'playwright-core';

/** The detection channels of the corpus README. */
export type XssChannel = 'js' | 'title' | 'beacon' | 'css-var' | 'overlay' | 'clobber' | 'prototype';

/** What the harness found after rendering and interaction. */
export interface XssReport {
  /** Channels that fired, per case id (absent = nothing fired). */
  fired: Record<string, XssChannel[]>;
  /** Globals (MathJax, Plotly, katex, require, define) that are DOM elements: clobbering, not tied to one case. */
  clobbered: string[];
  /** Keys added to Object.prototype since the page started. */
  prototypeKeys: string[];
  /** Case ids whose `canary-<id>` text is not visible (a renderer that shows nothing is not "safe"). */
  missingCanaries: string[];
  /** Every beacon URL requested. */
  beacons: string[];
  /** Every value document.title was set to. */
  titles: string[];
}

/** Options for {@link runXssHarness}. */
export interface XssHarnessOptions {
  /** CSS selector of the roots holding notebook content; only their links/buttons are clicked. */
  scope?: string;
}

/** Where rendered notebook content lives (the renderers' own wrapper classes). */
export const DEFAULT_SCOPE = '.q-markdown, .q-markdown-output, .q-html, .q-math-display, .q-plotly, .q-json, .q-text, .q-stream, .q-error, .q-note';

const BEACON_PREFIX = 'https://xss.test/b/';
const GLOBALS = ['MathJax', 'Plotly', 'katex', 'require', 'define'];

/**
 * Code for `page.addInitScript` (also usable as a `<script>` elsewhere): records every title
 * set through `document.title` or the <title> element into `window.__xssTitles`, and the
 * initial Object.prototype keys into `window.__xssProtoKeys`.
 */
export const XSS_INIT_SCRIPT = `(() => {
  if (window.__xssTitles) return;
  const titles = [];
  Object.defineProperty(window, '__xssTitles', { value: titles });
  Object.defineProperty(window, '__xssProtoKeys', { value: Object.getOwnPropertyNames(Object.prototype) });
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'title');
  if (descriptor && descriptor.set && descriptor.get) {
    const get = descriptor.get;
    const set = descriptor.set;
    Object.defineProperty(Document.prototype, 'title', {
      configurable: true,
      enumerable: descriptor.enumerable,
      get() { return get.call(this); },
      set(value) { titles.push(String(value)); set.call(this, value); },
    });
  }
  new MutationObserver(() => {
    const now = document.title;
    if (titles[titles.length - 1] !== now) titles.push(now);
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

/** Records beacon requests of a browser context and blocks what a payload could use to leave. */
export interface XssMonitor {
  /** Beacon URLs requested so far (from any page, frame, popup or worker of the context). */
  beacons: string[];
  /** Removes the routes and listeners. */
  dispose(): Promise<void>;
}

/**
 * Installs the title spy and beacon recording on `page`'s context. Call BEFORE opening the
 * notebook (page.goto / opening the file) so the spy is in place before anything renders.
 * Beacon requests are recorded and aborted (xss.test never resolves anyway); popups are closed.
 */
export async function installXssMonitor(page: Page): Promise<XssMonitor> {
  const context: BrowserContext = page.context();
  const beacons: string[] = [];
  const record = (url: string): void => {
    if (url.startsWith(BEACON_PREFIX)) beacons.push(url);
  };
  const onRequest = (request: Request): void => record(request.url());
  const onBeacon = async (route: Route): Promise<void> => {
    record(route.request().url());
    await route.abort();
  };
  const onPage = (popup: Page): void => {
    record(popup.url());
    void popup.close().catch(() => undefined);
  };
  await context.addInitScript(XSS_INIT_SCRIPT);
  await context.route('https://xss.test/**', onBeacon);
  context.on('request', onRequest);
  context.on('page', onPage);
  return {
    beacons,
    async dispose() {
      context.off('request', onRequest);
      context.off('page', onPage);
      await context.unroute('https://xss.test/**', onBeacon);
    },
  };
}

function mainFrameOf(request: Request, page: Page): boolean {
  try {
    return request.frame() === page.mainFrame();
  } catch {
    // Service-worker requests have no frame.
    return false;
  }
}

// Aborts every main-frame navigation away from the app; javascript: URLs do not make requests,
// so those still run (that is what is being tested) without the page being replaced.
async function blockNavigations(page: Page): Promise<() => Promise<void>> {
  const appUrl = page.url();
  const handler = async (route: Route): Promise<void> => {
    const request = route.request();
    if (request.isNavigationRequest() && mainFrameOf(request, page) && request.url() !== appUrl) await route.abort();
    else await route.fallback();
  };
  await page.route('**/*', handler);
  return () => page.unroute('**/*', handler);
}

const CLICKABLE = 'a, area, button, input[type=submit], input[type=image], input[type=button], summary, [role=button]';

async function clickEverything(page: Page, scope: string): Promise<void> {
  const count = await page.locator(`:is(${scope}) :is(${CLICKABLE})`).count();
  for (let index = 0; index < count; index += 1) {
    const target = page.locator(`:is(${scope}) :is(${CLICKABLE})`).nth(index);
    // A real (trusted) click where possible, a dispatched one for hidden or SVG elements.
    const clicked = await target
      .click({ timeout: 500, noWaitAfter: true })
      .then(() => true)
      .catch(() => false);
    if (!clicked) await target.dispatchEvent('click', { bubbles: true, cancelable: true }).catch(() => undefined);
  }
}

async function hoverEverything(page: Page, scope: string): Promise<void> {
  await page.evaluate((roots) => {
    for (const root of document.querySelectorAll(roots)) {
      for (const element of [root, ...root.querySelectorAll('*')]) {
        for (const type of ['mouseover', 'mouseenter', 'mousemove', 'focus', 'focusin']) {
          const event = type.startsWith('focus') ? new FocusEvent(type, { bubbles: type === 'focusin' }) : new MouseEvent(type, { bubbles: type !== 'mouseenter' });
          element.dispatchEvent(event);
        }
      }
    }
  }, scope);
}

/**
 * Resolves once the page has painted two more frames and then gone idle: what content starts by
 * itself (an SVG animation's begin, a marquee's start, a meta refresh, an image request) has
 * happened by then, and so have the handlers of the clicks and hovers before.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => resolve())))));
}

/**
 * Resolves once every case's `canary-<id>` text is in the rendered content (`scope`): the notebook
 * has rendered, lazily imported renderers (math, plots) included. A missing canary fails here.
 */
export async function waitForCanaries(page: Page, caseIds: readonly string[], scope = DEFAULT_SCOPE): Promise<void> {
  await page.waitForFunction(
    ({ ids, roots }) => {
      const text = [...document.querySelectorAll(roots)].map((root) => root.textContent ?? '').join('\n');
      return ids.every((id) => text.includes(`canary-${id}`));
    },
    { ids: [...caseIds], roots: scope },
    { timeout: 30_000 },
  );
  await settle(page);
}

interface PageState {
  xss: string[];
  titles: string[];
  vars: Record<string, string>;
  overlayIds: string[];
  clobbered: string[];
  prototypeKeys: string[];
  visibleText: string;
}

function matchesCase(value: string, id: string, prefix: string): boolean {
  if (!value.startsWith(prefix + id)) return false;
  const next = value.charAt(prefix.length + id.length);
  // "x-a" must not match a beacon of "x-ab" or "x-a-b".
  return next === '' || !/[A-Za-z0-9_-]/.test(next);
}

/** Reads every channel for the given case ids (after {@link installXssMonitor} and rendering). */
export async function collectXssReport(page: Page, monitor: XssMonitor, caseIds: readonly string[]): Promise<XssReport> {
  const state = await page.evaluate(
    ({ ids, globals }): PageState => {
      const w = window as unknown as Record<string, unknown>;
      const root = getComputedStyle(document.documentElement);
      const overlayIds: string[] = [];
      for (let node = document.elementFromPoint(5, 5); node; node = node.parentElement) if (node.id) overlayIds.push(node.id);
      const initialKeys = (w['__xssProtoKeys'] as string[] | undefined) ?? [];
      // Clicking every <summary> folded the JSON trees; unfold them so canaries are judged on content.
      for (const details of document.querySelectorAll('details')) details.open = true;
      // Off-screen cells skip rendering (content-visibility: auto) and so hide from innerText; render them all.
      for (const cell of document.querySelectorAll<HTMLElement>('.cell')) cell.style.contentVisibility = 'visible';
      return {
        xss: Array.isArray(w['__xss']) ? (w['__xss'] as unknown[]).map(String) : [],
        titles: [...((w['__xssTitles'] as string[] | undefined) ?? []), document.title],
        vars: Object.fromEntries(ids.map((id) => [id, root.getPropertyValue(`--xss-${id}`).trim()])),
        overlayIds,
        clobbered: globals.filter((name) => w[name] instanceof Element || w[name] instanceof HTMLCollection),
        prototypeKeys: Object.getOwnPropertyNames(Object.prototype).filter((key) => !initialKeys.includes(key)),
        visibleText: document.body.innerText,
      };
    },
    { ids: [...caseIds], globals: GLOBALS },
  );
  const fired: Record<string, XssChannel[]> = {};
  for (const id of caseIds) {
    const channels: XssChannel[] = [];
    if (state.xss.includes(id)) channels.push('js');
    if (state.titles.includes(`XSS-${id}`)) channels.push('title');
    if (monitor.beacons.some((url) => matchesCase(url, id, BEACON_PREFIX))) channels.push('beacon');
    if (state.vars[id]) channels.push('css-var');
    if (state.overlayIds.some((elementId) => elementId.endsWith(`xss-overlay-${id}`))) channels.push('overlay');
    if (channels.length > 0) fired[id] = channels;
  }
  return {
    fired,
    clobbered: state.clobbered,
    prototypeKeys: state.prototypeKeys,
    missingCanaries: caseIds.filter((id) => !state.visibleText.includes(`canary-${id}`)),
    beacons: [...monitor.beacons],
    titles: state.titles,
  };
}

/**
 * Clicks every link/button inside `scope`, hovers every element there (navigations blocked),
 * waits for late triggers and returns what fired. The notebook must already be open and
 * rendered, with {@link installXssMonitor} installed before it was opened.
 */
export async function runXssHarness(page: Page, monitor: XssMonitor, caseIds: readonly string[], options: XssHarnessOptions = {}): Promise<XssReport> {
  const scope = options.scope ?? DEFAULT_SCOPE;
  const unblock = await blockNavigations(page);
  try {
    await hoverEverything(page, scope);
    await clickEverything(page, scope);
    await hoverEverything(page, scope);
    await settle(page);
  } finally {
    await unblock();
  }
  return collectXssReport(page, monitor, caseIds);
}
