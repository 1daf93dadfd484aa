/**
 * A short-lived memo of file lookups and small file bodies, so a busy server does not ask the
 * filesystem (realpath, stat, open, read) several times for every request of the same file.
 * Entries live one second: a rebuild of dist/ is seen within that time.
 */
import { readFile } from 'node:fs/promises';
import { findPath, type FoundFile } from './file-lookup.ts';

/** How long a lookup is trusted. */
const TTL_MS = 1000;
/** Most lookups remembered; the memo is simply cleared when full (a static site has few files). */
const MAX_ENTRIES = 4096;
/** Files up to this size are kept in memory… */
const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** …up to this much in total. */
const MAX_TOTAL_BODY_BYTES = 64 * 1024 * 1024;

/** Memoised `findPath` and small-file bodies for one served root. */
export class LookupCache {
  readonly #root: string;
  readonly #lookups = new Map<string, { at: number; found: Promise<FoundFile | null> }>();
  readonly #bodies = new Map<string, Buffer>();
  #bodyBytes = 0;

  constructor(root: string) {
    this.#root = root;
  }

  /** The file at absolute `candidate` if it is a regular file inside the root (symlinks resolved). */
  find(candidate: string): Promise<FoundFile | null> {
    const now = Date.now();
    const hit = this.#lookups.get(candidate);
    if (hit && now - hit.at < TTL_MS) return hit.found;
    if (this.#lookups.size >= MAX_ENTRIES) this.#lookups.clear();
    const found = findPath(this.#root, candidate);
    this.#lookups.set(candidate, { at: now, found });
    return found;
  }

  /** The whole body of a small file, from memory when this version (size, mtime) was read before; null for large files. */
  async body(file: FoundFile): Promise<Buffer | null> {
    if (file.stats.size > MAX_BODY_BYTES) return null;
    const key = `${file.path}\0${file.stats.size}\0${file.stats.mtimeMs}`;
    const cached = this.#bodies.get(key);
    if (cached) return cached;
    const body = await readFile(file.path);
    if (body.length !== file.stats.size) return body;
    if (this.#bodyBytes + body.length > MAX_TOTAL_BODY_BYTES) {
      this.#bodies.clear();
      this.#bodyBytes = 0;
    }
    this.#bodies.set(key, body);
    this.#bodyBytes += body.length;
    return body;
  }
}
