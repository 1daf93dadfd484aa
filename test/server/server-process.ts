/** Test helper: compiles the server once and runs `node build/server/main.js` as the tests, the lead's browser harness and Docker do. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The entry every consumer starts (package root relative); the Dockerfile's CMD must name it too. */
export const SERVER_ENTRY = 'build/server/main.js';

/** Compiles server/ to build/server/ with the project's own build:server config. */
export function compileServer(): void {
  execFileSync(join('node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.server.json'], { stdio: 'pipe' });
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} was not produced`);
}

/** A running server process with its collected output. */
export interface ServerProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves when stdout+stderr match `pattern` (rejects on exit or after 10 s). */
  waitFor(pattern: RegExp): Promise<RegExpExecArray>;
  /** Resolves with the exit code and how long after this call the process ended. */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the compiled server with arguments and extra environment. */
export function startServer(args: string[], env: Record<string, string> = {}): ServerProcess {
  const cleanEnv = { ...process.env };
  delete cleanEnv.QUIRE_PORT;
  delete cleanEnv.QUIRE_IP;
  delete cleanEnv.QUIRE_TOKEN;
  const child = spawn(process.execPath, [SERVER_ENTRY, ...args], { env: { ...cleanEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited: () => exit,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const timer = setInterval(() => {
          const match = pattern.exec(out + err);
          if (match) {
            clearInterval(timer);
            resolve(match);
          } else if (child.exitCode !== null || Date.now() - started > 10_000) {
            clearInterval(timer);
            reject(new Error(`no ${pattern} in output:\n${out}${err}`));
          }
        }, 20);
        const started = Date.now();
      }),
  };
}
