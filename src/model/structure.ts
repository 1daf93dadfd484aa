/** Operations on the order of cells: insert, delete, move, duplicate. */
import { copyCells } from './create.ts';
import type { Cell, Notebook } from './types.ts';

function clamp(index: number, length: number): number {
  return Math.max(0, Math.min(length, Math.trunc(index)));
}

/** Inserts `cell` at display position `index` (clamped); throws if its id is already in use. */
export function insertCell(nb: Notebook, index: number, cell: Cell): Notebook {
  if (nb.cells.has(cell.id)) throw new Error(`A cell with id "${cell.id}" is already in the notebook`);
  const cellOrder = [...nb.cellOrder];
  cellOrder.splice(clamp(index, cellOrder.length), 0, cell.id);
  return { ...nb, cellOrder, cells: new Map(nb.cells).set(cell.id, cell) };
}

/** Deletes the cells `ids`; unknown ids are ignored. */
export function deleteCells(nb: Notebook, ids: readonly string[]): Notebook {
  const gone = new Set(ids.filter((id) => nb.cells.has(id)));
  if (gone.size === 0) return nb;
  const cells = new Map(nb.cells);
  for (const id of gone) cells.delete(id);
  return { ...nb, cellOrder: nb.cellOrder.filter((id) => !gone.has(id)), cells };
}

/**
 * Moves the cells `ids`, kept in their current relative order, so that the first of them lands at
 * display position `toIndex` of the resulting order (clamped).
 */
export function moveCells(nb: Notebook, ids: readonly string[], toIndex: number): Notebook {
  const moving = new Set(ids.filter((id) => nb.cells.has(id)));
  if (moving.size === 0) return nb;
  const moved = nb.cellOrder.filter((id) => moving.has(id));
  const rest = nb.cellOrder.filter((id) => !moving.has(id));
  const at = clamp(toIndex, rest.length);
  const cellOrder = [...rest.slice(0, at), ...moved, ...rest.slice(at)];
  if (cellOrder.every((id, i) => id === nb.cellOrder[i])) return nb;
  return { ...nb, cellOrder };
}

/** Inserts copies (fresh ids) of the cells `ids` right after the last of them, in display order. */
export function duplicateCells(nb: Notebook, ids: readonly string[]): Notebook {
  const wanted = new Set(ids);
  const originals = nb.cellOrder.filter((id) => wanted.has(id));
  const last = originals[originals.length - 1];
  if (last === undefined) return nb;
  const copies = copyCells(originals.flatMap((id) => nb.cells.get(id) ?? []));
  const cellOrder = [...nb.cellOrder];
  cellOrder.splice(cellOrder.indexOf(last) + 1, 0, ...copies.map((cell) => cell.id));
  const cells = new Map(nb.cells);
  for (const cell of copies) cells.set(cell.id, cell);
  return { ...nb, cellOrder, cells };
}
