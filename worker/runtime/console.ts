/** The `console` cells see: log/info/debug → stdout, warn/error/trace → stderr, table → HTML. */
import { inspect } from './inspect.ts';
import type { MimeOutput } from './mime.ts';
import { tableGrid, tableHtml, tableText } from './console-table.ts';

/** Where the cell console sends its output. */
export interface ConsoleTarget {
  write(name: 'stdout' | 'stderr', text: string): void;
  display(output: MimeOutput): void;
  clear(): void;
}

/** Formats console arguments as Node's `util.format` does (%s %d %i %f %j %o %O %c). */
export function formatArgs(args: readonly unknown[]): string {
  const [first, ...rest] = args;
  const parts: string[] = [];
  let remaining = rest;
  if (typeof first === 'string' && rest.length > 0 && first.includes('%')) {
    let i = 0;
    parts.push(
      first.replace(/%([sdifjoOc%])/g, (match, code: string) => {
        if (code === '%') return '%';
        if (i >= rest.length) return match;
        const arg = rest[i++];
        switch (code) {
          case 's':
            return typeof arg === 'string' ? arg : inspect(arg, { depth: 1 });
          case 'd':
          case 'i': {
            const n = typeof arg === 'bigint' ? arg : Number(arg);
            return typeof n === 'bigint' ? `${n}n` : String(code === 'i' ? Math.trunc(n) : n);
          }
          case 'f':
            return String(Number(arg));
          case 'j':
            return JSON.stringify(arg) ?? 'undefined';
          case 'c':
            return '';
          default:
            return inspect(arg, { depth: code === 'o' ? 4 : 2 });
        }
      }),
    );
    remaining = rest.slice(i);
  } else if (args.length > 0) {
    parts.push(typeof first === 'string' ? first : inspect(first));
  }
  for (const arg of remaining) parts.push(typeof arg === 'string' ? arg : inspect(arg));
  return parts.join(' ');
}

/** A console object bound to `target`. */
export function createConsole(target: ConsoleTarget): Console {
  let indent = '';
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  const out = (name: 'stdout' | 'stderr') => (...args: unknown[]) => {
    const text = formatArgs(args);
    target.write(name, `${indent ? text.replace(/^/gm, indent) : text}\n`);
  };
  const log = out('stdout');
  const error = out('stderr');
  const elapsed = (label: string): string | null => {
    const start = timers.get(label);
    return start === undefined ? null : `${label}: ${(performance.now() - start).toFixed(3)}ms`;
  };
  const cellConsole = {
    log,
    info: log,
    debug: log,
    dir: (value: unknown) => log(inspect(value)),
    dirxml: log,
    warn: error,
    error,
    trace: (...args: unknown[]) => error(`Trace: ${formatArgs(args)}`),
    assert: (condition: unknown, ...args: unknown[]) => {
      if (!condition) error(args.length > 0 ? `Assertion failed: ${formatArgs(args)}` : 'Assertion failed');
    },
    table: (data: unknown, columns?: readonly string[]) => {
      const grid = tableGrid(data, columns);
      if (grid === null) log(data);
      else target.display({ data: { 'text/html': tableHtml(grid), 'text/plain': tableText(grid) }, metadata: {} });
    },
    count: (label = 'default') => {
      const n = (counts.get(label) ?? 0) + 1;
      counts.set(label, n);
      log(`${label}: ${n}`);
    },
    countReset: (label = 'default') => void counts.delete(label),
    time: (label = 'default') => void timers.set(label, performance.now()),
    timeLog: (label = 'default', ...args: unknown[]) => {
      const text = elapsed(label);
      if (text !== null) log(text, ...args);
    },
    timeEnd: (label = 'default') => {
      const text = elapsed(label);
      timers.delete(label);
      if (text !== null) log(text);
    },
    group: (...args: unknown[]) => {
      if (args.length > 0) log(...args);
      indent += '  ';
    },
    groupCollapsed: (...args: unknown[]) => cellConsole.group(...args),
    groupEnd: () => void (indent = indent.slice(2)),
    clear: () => target.clear(),
  };
  return cellConsole as unknown as Console;
}
