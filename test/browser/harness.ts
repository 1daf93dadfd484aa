/**
 * Browser-test harness: starts the real token server on a free port and the system Chromium
 * (never a downloaded browser) with a fresh profile, through playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, normalize } from 'node:path';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

/** The only browser the tests may use. */
export const CHROMIUM = process.env.QUIRE_CHROMIUM ?? '/usr/bin/chromium';

/** Flags the workplace requires (closed network, root, no GPU). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A running server process and the URL it logged. */
export interface RunningServer {
  /** The full login URL with the token, as printed in the log. */
  url: string;
  origin: string;
  token: string;
  log(): string;
  stop(): Promise<void>;
}

/** The built app under test: dist/, or QUIRE_DIST when a build elsewhere is tested (parallel work on one checkout). */
export const DIST = process.env.QUIRE_DIST ?? 'dist';

function distArgs(): string[] {
  return DIST === 'dist' ? [] : ['--dir', DIST];
}

/** Starts `node build/server/main.js` on a free port (or `port`, to restart on the same origin) and waits for the token URL in its log. */
export async function startServer(options: { token?: string; port?: number; args?: string[] } = {}): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const child = spawn(
    process.execPath,
    ['build/server/main.js', '--port', String(options.port ?? 0), '--token', token, '--no-build', ...distArgs(), ...(options.args ?? [])],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not print its URL:\n${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      // The server masks a token given to it ("?token=..."): the URL is rebuilt with ours.
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=\S+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}/?token=${token}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    token,
    log: () => output,
    stop: () => stopProcess(child),
  };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A Chromium with its own fresh profile directory. */
export interface RunningBrowser {
  context: BrowserContext;
  profileDir: string;
  close(): Promise<void>;
}

/** Launches the system Chromium headless with a persistent profile (fresh unless `profileDir` given). */
export async function startBrowser(options: { profileDir?: string } = {}): Promise<RunningBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium).`);
  }
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'quire-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    profileDir,
    close: async () => {
      await context.close();
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Opens the server's token URL in a new page and waits for the file list. */
export async function openApp(browser: RunningBrowser, server: RunningServer): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'New notebook' }).waitFor();
  return page;
}

/** Types into the active cell's editor (edit mode) like a person. */
export async function typeInActiveCell(page: Page, text: string): Promise<void> {
  await page.locator('.cell.active .cm-content').click();
  await page.keyboard.type(text);
}

/** Clicks "New notebook" and waits for its first cell's editor. */
export async function newNotebook(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New notebook' }).click();
  await page.locator('.cell .cm-content').first().waitFor();
}

/** Types `code` into the active cell and runs it with Shift+Enter, waiting until the cell is idle again. */
export async function runInActiveCell(page: Page, code: string): Promise<Locator> {
  const ran = await activeCell(page);
  await typeInActiveCell(page, code);
  await page.keyboard.press('Shift+Enter');
  await expect.poll(() => ran.locator('.in-prompt').textContent(), { timeout: 20_000 }).toMatch(/In \[\d+\]:/);
  return ran;
}

/** The text of every output of a cell, joined ('' when it has none). */
export async function outputText(cell: Locator): Promise<string> {
  return (await cell.locator('.outputs').allTextContents()).join('');
}

/** A locator pinned to the cell that is active now (it stays on that cell when the selection moves). */
export async function activeCell(page: Page): Promise<Locator> {
  const id = await page.locator('.cell.active').getAttribute('data-cell-id');
  return page.locator(`.cell[data-cell-id="${id}"]`);
}

/** A plain static file server (no COOP/COEP, no CSP, no token), as a static host would be. */
export interface StaticServer {
  /** The server's origin, e.g. http://127.0.0.1:PORT */
  origin: string;
  stop(): Promise<void>;
}

const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ipynb': 'application/x-ipynb+json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves the files under `root` at the URL path `base` (e.g. '/quire/'; `base` + '' is index.html)
 * on a free loopback port; `cors` adds `Access-Control-Allow-Origin: *` (a notebook host).
 */
export async function startStaticServer(options: { root: string; base: string; cors?: boolean }): Promise<StaticServer> {
  const cors: Record<string, string> = options.cors ? { 'access-control-allow-origin': '*' } : {};
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const relative = path.startsWith(options.base) ? normalize(path.slice(options.base.length) || 'index.html') : null;
    if (relative === null || relative.startsWith('..')) {
      res.writeHead(404, cors).end();
      return;
    }
    readFile(join(options.root, relative)).then(
      (body) => {
        const type = STATIC_TYPES[extname(relative)] ?? 'application/octet-stream';
        res.writeHead(200, { ...cors, 'content-type': type, 'cache-control': 'no-cache' }).end(body);
      },
      () => res.writeHead(404, cors).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The server and browser a test file shares, started before its tests and stopped after them. */
export interface SharedSession {
  readonly server: RunningServer;
  readonly browser: RunningBrowser;
}

/** Registers beforeAll/afterAll hooks that start one token server and one Chromium for the file. */
export function useServerAndBrowser(): SharedSession {
  let server: RunningServer | undefined;
  let browser: RunningBrowser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server(): RunningServer {
      if (!server) throw new Error('the server starts in beforeAll');
      return server;
    },
    get browser(): RunningBrowser {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
  };
}
