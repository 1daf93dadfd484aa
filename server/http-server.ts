/** The node:http server with its limits set deliberately (header size, slow clients, idle sockets). */
import { createServer, type Server } from 'node:http';
import type { RequestHandler } from './handler.ts';

/** Size and time limits of the HTTP server. */
export interface ServerLimits {
  /** Largest request head in bytes; larger gets 431. Node's default is 16 KiB; we say so explicitly. */
  maxHeaderSize: number;
  /** A client must finish sending its headers within this time (slowloris), else 408. */
  headersTimeoutMs: number;
  /** …and its whole request (a login body at most) within this time. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection is kept. */
  keepAliveTimeoutMs: number;
  /** A socket with no traffic either way for this long is destroyed (slow readers included). */
  idleSocketTimeoutMs: number;
  /** How often Node checks the header and request timeouts. */
  checkIntervalMs: number;
}

/** The limits `npm start` and the Docker image use. */
export const DEFAULT_LIMITS: ServerLimits = {
  maxHeaderSize: 16 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleSocketTimeoutMs: 60_000,
  checkIntervalMs: 1_000,
};

/** Creates the HTTP server for a handler with the given limits. */
export function createAppServer(handler: RequestHandler, limits: ServerLimits = DEFAULT_LIMITS): Server {
  const server = createServer(
    {
      maxHeaderSize: limits.maxHeaderSize,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
      requireHostHeader: true,
      noDelay: true,
    },
    handler,
  );
  server.setTimeout(limits.idleSocketTimeoutMs, (socket) => socket.destroy());
  server.maxHeadersCount = 100;
  return server;
}
