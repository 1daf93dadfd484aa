/** Read-only getters on a notebook. */
import type { Cell, Notebook } from './types.ts';

/** The cell at display position `index`, or undefined. */
export function cellAt(nb: Notebook, index: number): Cell | undefined {
  const id = nb.cellOrder[index];
  return id === undefined ? undefined : nb.cells.get(id);
}

/** The display position of cell `id`, or -1. */
export function indexOf(nb: Notebook, id: string): number {
  return nb.cellOrder.indexOf(id);
}

/** All cells in display order. */
export function cellsOf(nb: Notebook): Cell[] {
  const cells: Cell[] = [];
  for (const id of nb.cellOrder) {
    const cell = nb.cells.get(id);
    if (cell) cells.push(cell);
  }
  return cells;
}
