/** Binding the port, with one-line errors instead of stack traces and Jupyter's "next port" retry. */
import type { Server } from 'node:http';
import type { Logger } from './log.ts';

/** A listen failure explained in one line. */
export class ListenError extends Error {}

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
