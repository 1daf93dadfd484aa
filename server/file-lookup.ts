/** Finds files under the served root, refusing anything whose real path (symlinks followed) leaves it. */
import { realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import type { Stats } from 'node:fs';

/** A regular file inside the root. */
export interface FoundFile {
  /** Real path on disk (symlinks resolved). */
  path: string;
  stats: Stats;
}

/** Whether `path` is `root` or below it; both must be real paths. */
export function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** The regular file at absolute `candidate` if its real path lies under `root`, else null. */
export async function findPath(root: string, candidate: string): Promise<FoundFile | null> {
  try {
    const path = await realpath(candidate);
    if (!isInside(root, path)) return null;
    const stats = await stat(path);
    return stats.isFile() ? { path, stats } : null;
  } catch {
    return null;
  }
}
