/** Binding the port, with one-line errors instead of stack traces and Jupyter's "next port" retry. */
import type { Server } from 'node:http';
import type { Logger } from './log.ts';

/** A listen failure explained in one line. */
export class ListenError extends Error {}

/** Where a server pair listens: the port and the loopback addresses actually bound. */
export interface LoopbackBinding {
  port: number;
  servers: Server[];
  /** '127.0.0.1', and '::1' where this machine has IPv6. */
  addresses: string[];
}

/**
 * Listens on 127.0.0.1 and on ::1 at the same port. A browser opening `localhost` tries ::1 first,
 * so another program listening on [::1] at our port would receive the token: that is refused
 * loudly (or, when the port was not chosen by the user, the next port is tried). A machine
 * without IPv6 is served on 127.0.0.1 alone.
 */
export async function listenLoopback(makeServer: () => Server, port: number, retries: number, log: Logger): Promise<LoopbackBinding> {
  // A free port chosen by the system on 127.0.0.1 may be taken on ::1: a few more draws then.
  const ANY_PORT_DRAWS = 3;
  let next = port;
  for (let attempt = 0; ; attempt++) {
    const v4 = makeServer();
    const bound = await listen(v4, next, '127.0.0.1', port === 0 ? 0 : retries - (next - port), log);
    const v6 = makeServer();
    try {
      await listenOnce(v6, bound, '::1');
      return { port: bound, servers: [v4, v6], addresses: ['127.0.0.1', '::1'] };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT') return { port: bound, servers: [v4], addresses: ['127.0.0.1'] };
      await new Promise((resolve) => v4.close(resolve));
      const busy = code === 'EADDRINUSE';
      const left = port === 0 ? ANY_PORT_DRAWS - attempt : retries - (bound - port);
      if (busy && left > 0 && bound < 65535) {
        log('I', `The port ${bound} is already in use on ::1, trying another port.`);
        next = port === 0 ? 0 : bound + 1;
        continue;
      }
      throw new ListenError(
        busy
          ? `Port ${bound} on ::1 is already in use by another program: browsers open localhost on ::1 first, so it would receive the token. Stop it, or choose another port with --port.`
          : explain(code, bound, '::1', error),
      );
    }
  }
}

/** Listens on ip:port; when `retries` > 0 and the port is busy, tries the following ports. Resolves the real port. */
export async function listen(server: Server, port: number, ip: string, retries: number, log: Logger): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const candidate = port === 0 ? 0 : port + attempt;
    try {
      await listenOnce(server, candidate, ip);
      const address = server.address();
      return typeof address === 'object' && address ? address.port : candidate;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' && attempt < retries && candidate < 65535) {
        log('I', `The port ${candidate} is already in use, trying another port.`);
        continue;
      }
      throw new ListenError(explain(code, candidate, ip, error));
    }
  }
}

function listenOnce(server: Server, port: number, ip: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, ip);
  });
}

function explain(code: string | undefined, port: number, ip: string, error: unknown): string {
  switch (code) {
    case 'EADDRINUSE':
      return `Port ${port} on ${ip} is already in use: stop the other server or choose another port with --port.`;
    case 'EACCES':
      return `No permission to listen on port ${port}: choose a port above 1023 with --port.`;
    case 'EADDRNOTAVAIL':
      return `Address ${ip} is not an address of this machine: choose another with --ip.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot resolve --ip ${ip}: give an IP address such as 127.0.0.1 or 0.0.0.0.`;
    default:
      return `Cannot listen on ${ip}:${port}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
