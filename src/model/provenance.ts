/** Run provenance in a cell's `metadata.quire`: which Quire, which numeric core, when, how long, which seed. */
import { setCellMetadata } from './cell-edit.ts';
import type { JsonObject, Notebook } from './types.ts';

/**
 * The notebook with `provenance` as the cell's `metadata.quire` run record (replacing the previous
 * run's; other keys of `metadata.quire` and of the cell's metadata are kept). A run without a seed
 * leaves no stale seed behind.
 */
export function recordProvenance(nb: Notebook, id: string, provenance: JsonObject): Notebook {
  const cell = nb.cells.get(id);
  if (!cell) return nb;
  const previous = cell.metadata['quire'];
  const kept = previous !== null && typeof previous === 'object' && !Array.isArray(previous) ? (previous as JsonObject) : {};
  const { version: _v, core: _c, started: _s, duration_ms: _d, seed: _seed, ...others } = kept;
  return setCellMetadata(nb, id, { ...cell.metadata, quire: { ...others, ...provenance } });
}
