/**
 * The provenance of a run (Quire's version, the numeric core's build, when and how long, the
 * random seed), sent with its `done` event and kept by the page in the cell's `metadata.quire`.
 */
import { version } from '../../package.json';
import type { RunProvenance } from '../protocol.ts';

/** What the session knows about its numeric core and random stream (set once the core is loaded). */
export interface CoreFacts {
  /** Short hash of the core's WebAssembly. */
  core: string;
  /** The last seed given to random.seed in this session, if any. */
  seed(): number | number[] | undefined;
}

/** The first 16 hex digits of the SHA-256 of `bytes`: names a build of the numeric core. */
export async function buildHash(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The provenance of a run that started at `startedAt` (epoch ms) and took `durationMs`. */
export function runProvenance(facts: CoreFacts | undefined, startedAt: number, durationMs: number): RunProvenance {
  const seed = facts?.seed();
  return {
    version,
    core: facts?.core ?? 'none',
    started: new Date(startedAt).toISOString(),
    duration_ms: Math.round(durationMs * 1000) / 1000,
    ...(seed === undefined ? {} : { seed }),
  };
}
