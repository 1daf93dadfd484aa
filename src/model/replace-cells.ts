/** The one place that builds a notebook with some cells replaced. */
import type { Cell, Notebook } from './types.ts';

/**
 * Applies `update` to the cells `ids` (all cells when omitted); returns `nb` itself when every
 * update returned its cell unchanged, so callers can compare by identity.
 */
export function updateCells(nb: Notebook, update: (cell: Cell) => Cell, ids: readonly string[] = nb.cellOrder): Notebook {
  let cells: Map<string, Cell> | undefined;
  for (const id of ids) {
    const cell = nb.cells.get(id);
    if (!cell) continue;
    const next = update(cell);
    if (next === cell) continue;
    cells ??= new Map(nb.cells);
    cells.set(id, next);
  }
  return cells ? { ...nb, cells } : nb;
}
