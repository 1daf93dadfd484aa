/** Command-line flags and QUIRE_* environment variables → server settings (flags win). */
import { parseArgs } from 'node:util';

/** Settings for one server run. */
export interface CliOptions {
  port: number;
  /** Whether the port was chosen by the user (then a busy port is an error, not a reason to move on). */
  portExplicit: boolean;
  ip: string;
  /** The token given by flag or environment; null means generate one. */
  token: string | null;
  /** --no-token: serve without a gate. */
  noToken: boolean;
  /** Directory to serve, or null for dist/ next to the package. */
  dir: string | null;
  build: boolean;
  trustProxy: boolean;
  /** Host names answered besides the loopback ones (--allow-host, repeatable). */
  allowHosts: string[];
  help: boolean;
}

/** The shortest token accepted from a flag or QUIRE_TOKEN: a short one can be guessed. */
export const MIN_TOKEN_LENGTH = 16;

/** Usage text for --help. */
export const USAGE = `Usage: node build/server/main.js [options]

Serves Quire's static build behind a token, like Jupyter.

  --port N        port to listen on (default 8888, or QUIRE_PORT; 0 = any free port)
  --ip ADDRESS    address to bind (default 127.0.0.1, or QUIRE_IP; 0.0.0.0 = all)
  --token T       the token to require, at least 16 characters (default QUIRE_TOKEN,
                  else 48 random hex chars); a token you set is masked in the log
  --no-token      serve without a token (anyone who can connect gets in)
  --dir D         directory to serve (default dist/ of the package)
  --no-build      do not rebuild dist/ when it is missing or stale
  --trust-proxy   believe X-Forwarded-Proto/-For (only behind your own reverse proxy)
  --allow-host H  also answer requests for host name H (repeatable); bound to loopback,
                  only localhost, 127.0.0.1 and [::1] are answered otherwise
  --help          show this text
`;

/** Parses argv and env; throws an Error with a one-line message on bad input. */
export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      ip: { type: 'string' },
      token: { type: 'string' },
      'no-token': { type: 'boolean' },
      dir: { type: 'string' },
      'no-build': { type: 'boolean' },
      'trust-proxy': { type: 'boolean' },
      'allow-host': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const portText = values.port ?? env.QUIRE_PORT;
  const port = portText === undefined || portText === '' ? 8888 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || !/^\d+$/.test(String(portText ?? '8888'))) {
    throw new Error(`invalid port ${JSON.stringify(portText)}: expected an integer from 0 to 65535`);
  }
  const tokenText = values.token ?? (env.QUIRE_TOKEN || undefined);
  if (values['no-token'] && values.token !== undefined) throw new Error('--token and --no-token exclude each other');
  if (tokenText !== undefined && !/^[\x21-\x7e]+$/.test(tokenText)) {
    throw new Error('the token must be non-empty printable ASCII without spaces (use --no-token to disable it)');
  }
  if (tokenText !== undefined && tokenText.length < MIN_TOKEN_LENGTH) {
    throw new Error(`the token must have at least ${MIN_TOKEN_LENGTH} characters: a short one can be guessed (leave it out to get a random one)`);
  }
  return {
    port,
    portExplicit: portText !== undefined && portText !== '',
    ip: values.ip ?? (env.QUIRE_IP || '127.0.0.1'),
    token: values['no-token'] ? null : (tokenText ?? null),
    noToken: values['no-token'] ?? false,
    dir: values.dir ?? null,
    build: !values['no-build'],
    trustProxy: values['trust-proxy'] ?? false,
    allowHosts: values['allow-host'] ?? [],
    help: values.help ?? false,
  };
}
