/** Constructors: an empty notebook, a new cell, fresh copies of cells. */
import { assertNever } from './assert-never.ts';
import { newCellId } from './cell-id.ts';
import type { Cell, CellType, Notebook } from './types.ts';

/** An empty nbformat 4.5 notebook with the given metadata. */
export function createNotebook(metadata: Notebook['metadata'] = {}): Notebook {
  return { nbformat: 4, nbformat_minor: 5, metadata, cellOrder: [], cells: new Map() };
}

/** A new cell of `type` with a fresh id, empty metadata and (for code) no outputs. */
export function createCell(type: CellType, source = ''): Cell {
  const id = newCellId();
  switch (type) {
    case 'code':
      return { id, cell_type: 'code', source, metadata: {}, outputs: [], execution_count: null };
    case 'markdown':
      return { id, cell_type: 'markdown', source, metadata: {} };
    case 'raw':
      return { id, cell_type: 'raw', source, metadata: {} };
    default:
      return assertNever(type);
  }
}

/** Copies of `cells` with fresh ids and everything else kept (for copy/paste and duplicate). */
export function copyCells(cells: readonly Cell[]): Cell[] {
  return cells.map((cell) => ({ ...cell, id: newCellId() }));
}
