/**
 * `npm start` / the Docker command: parse flags, rebuild dist/ if stale, serve it behind the
 * token on 127.0.0.1:8888 (by default), log the URLs, and shut down cleanly on SIGINT/SIGTERM.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { logBanner } from './banner.ts';
import { parseCli, USAGE, type CliOptions } from './cli.ts';
import { buildNeeded, runBuild } from './ensure-build.ts';
import { createHandler } from './handler.ts';
import { createAppServer } from './http-server.ts';
import { hostFilter, isLoopbackBinding } from './host-check.ts';
import { ListenError, listen, listenLoopback } from './listen.ts';
import { consoleLogger, type Logger } from './log.ts';

/** Jupyter tries this many following ports when the default one is busy. */
const PORT_RETRIES = 50;

// build/server/main.js → the package root two levels up.
const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const log = consoleLogger();

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCli(process.argv.slice(2), process.env);
  } catch (error) {
    log('E', `${(error as Error).message} (see --help)`);
    process.exit(2);
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }

  const root = options.dir === null ? join(packageRoot, 'dist') : resolve(options.dir);
  if (options.build && options.dir === null) {
    const reason = buildNeeded(packageRoot);
    if (reason) {
      log('I', `dist/ is ${reason === 'missing' ? 'missing' : 'older than its sources'}: running npm run build`);
      await runBuild(packageRoot);
    }
  }
  if (!existsSync(join(root, 'index.html'))) {
    log('E', `${join(root, 'index.html')} not found: run npm run build (or point --dir at a build).`);
    process.exit(1);
  }

  const token = options.noToken ? null : (options.token ?? randomBytes(24).toString('hex'));
  const acceptsHost = hostFilter(options.ip, options.allowHosts);
  const handler = createHandler({ root, token, trustProxy: options.trustProxy, log, ...(acceptsHost ? { acceptsHost } : {}) });
  const makeServer = (): Server => createAppServer(handler);
  const retries = options.portExplicit ? 0 : PORT_RETRIES;
  let binding: { port: number; servers: Server[]; addresses: string[] };
  try {
    if (options.ip === '127.0.0.1') binding = await listenLoopback(makeServer, options.port, retries, log);
    else {
      const server = makeServer();
      binding = { port: await listen(server, options.port, options.ip, retries, log), servers: [server], addresses: [options.ip] };
    }
  } catch (error) {
    if (!(error instanceof ListenError)) throw error;
    log('E', error.message);
    process.exit(1);
  }
  handleSignals(binding.servers, log);
  const shown = token === null ? null : { token, masked: options.token !== null };
  logBanner(log, { root, ip: options.ip, bound: binding.addresses, port: binding.port, token: shown });
  if (!isLoopbackBinding(options.ip) && options.allowHosts.length === 0) {
    log('I', 'Requests for any host name are answered (bound to a non-loopback address); --allow-host limits them.');
  }
}

/** SIGINT/SIGTERM: say so, stop accepting, close idle then all connections, exit 0 within a second. */
function handleSignals(servers: readonly Server[], log: Logger): void {
  let stopping = false;
  const stop = (): void => {
    if (stopping) process.exit(0);
    stopping = true;
    log('I', 'Shutting down');
    let open = servers.length;
    for (const server of servers) {
      server.close(() => {
        open -= 1;
        if (open === 0) process.exit(0);
      });
      server.closeIdleConnections();
    }
    setTimeout(() => servers.forEach((server) => server.closeAllConnections()), 250).unref();
    setTimeout(() => process.exit(0), 800).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  log('E', error instanceof Error ? error.message : String(error));
  process.exit(1);
});
