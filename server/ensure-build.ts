/** Rebuilds dist/ with `npm run build` when it is missing or older than the app's sources. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Directories and files whose changes make dist/ stale. */
export const BUILD_INPUTS = ['src', 'worker', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

/** Newest modification time (ms) of a file, or of any file below a directory; 0 when absent. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Why dist/ needs building ('missing' or 'stale'), or null when it is current — or when there
 * are no sources to build from (the Docker runtime image ships only dist/ and the server).
 */
export function buildNeeded(packageRoot: string): 'missing' | 'stale' | null {
  if (!existsSync(join(packageRoot, 'src'))) return null;
  const index = join(packageRoot, 'dist', 'index.html');
  if (!existsSync(index)) return 'missing';
  const built = statSync(index).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(join(packageRoot, input)) > built) ? 'stale' : null;
}

/** Runs `npm run build` in the package with its output shown; rejects when it fails. */
export function runBuild(packageRoot: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], { cwd: packageRoot, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`npm run build failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}
