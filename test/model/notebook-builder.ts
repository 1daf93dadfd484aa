/** Test helper: small notebooks with readable cell ids. */
import type { Cell, CodeCell, Notebook, Output } from '../../src/model/types.ts';

/** A code cell with a fixed id. */
export function code(id: string, source = '', outputs: readonly Output[] = [], execution_count: number | null = null): CodeCell {
  return { id, cell_type: 'code', source, metadata: {}, outputs, execution_count };
}

/** A markdown cell with a fixed id. */
export function markdown(id: string, source = ''): Cell {
  return { id, cell_type: 'markdown', source, metadata: {} };
}

/** A notebook holding `cells` in this order. */
export function notebookOf(...cells: Cell[]): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cellOrder: cells.map((cell) => cell.id),
    cells: new Map(cells.map((cell) => [cell.id, cell])),
  };
}

/** The notebook's sources in display order. */
export function sources(nb: Notebook): string[] {
  return nb.cellOrder.map((id) => nb.cells.get(id)?.source ?? '<missing>');
}

/** A deep copy to check later that an operation did not mutate its input. */
export function snapshot(nb: Notebook): Notebook {
  return structuredClone(nb);
}
