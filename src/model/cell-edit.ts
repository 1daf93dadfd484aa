/** Operations on one cell's content: type, source, metadata. */
import { assertNever } from './assert-never.ts';
import { updateCells } from './replace-cells.ts';
import type { Cell, CellType, JsonObject, Notebook } from './types.ts';

/**
 * `cell` as a cell of `type`, keeping id, source, metadata and unknown fields. Code → markdown/raw
 * drops outputs and count; markdown/raw → code gets no outputs and a null count and loses its
 * attachments (nbformat allows none on code cells); markdown ↔ raw keeps attachments.
 */
export function convertCell(cell: Cell, type: CellType): Cell {
  if (cell.cell_type === type) return cell;
  const base = { id: cell.id, source: cell.source, metadata: cell.metadata, ...(cell.extra ? { extra: cell.extra } : {}) };
  const attachments = cell.cell_type !== 'code' && cell.attachments ? { attachments: cell.attachments } : {};
  switch (type) {
    case 'code':
      return { ...base, cell_type: 'code', outputs: [], execution_count: null };
    case 'markdown':
      return { ...base, cell_type: 'markdown', ...attachments };
    case 'raw':
      return { ...base, cell_type: 'raw', ...attachments };
    default:
      return assertNever(type);
  }
}

/** Changes cell `id` to `type` (see `convertCell` for what is kept). */
export function changeCellType(nb: Notebook, id: string, type: CellType): Notebook {
  return updateCells(nb, (cell) => convertCell(cell, type), [id]);
}

/** Replaces the source of cell `id`. */
export function setSource(nb: Notebook, id: string, source: string): Notebook {
  return updateCells(nb, (cell) => (cell.source === source ? cell : { ...cell, source }), [id]);
}

/** Replaces the metadata of cell `id`. */
export function setCellMetadata(nb: Notebook, id: string, metadata: JsonObject): Notebook {
  return updateCells(nb, (cell) => (cell.metadata === metadata ? cell : { ...cell, metadata }), [id]);
}

/** Replaces the notebook metadata. */
export function setNotebookMetadata(nb: Notebook, metadata: Notebook['metadata']): Notebook {
  return nb.metadata === metadata ? nb : { ...nb, metadata };
}
