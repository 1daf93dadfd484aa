/** Merging cells into one and splitting one cell into several, as Jupyter's Shift+M and Ctrl+Shift+-. */
import { createCell } from './create.ts';
import type { Attachments, Cell, Notebook } from './types.ts';

/**
 * Merges the cells `ids` (at least two present) into the first of them in display order: sources
 * joined with "\n", that cell's id, type and metadata kept, attachments of all of them gathered.
 * A merged code cell loses its outputs and count, which no longer match its source.
 */
export function mergeCells(nb: Notebook, ids: readonly string[]): Notebook {
  const wanted = new Set(ids);
  const merging = nb.cellOrder.filter((id) => wanted.has(id)).flatMap((id) => nb.cells.get(id) ?? []);
  const first = merging[0];
  if (first === undefined || merging.length < 2) return nb;
  const source = merging.map((cell) => cell.source).join('\n');
  let merged: Cell;
  if (first.cell_type === 'code') {
    merged = { ...first, source, outputs: [], execution_count: null };
  } else {
    const attachments = gatherAttachments(merging);
    merged = { ...first, source, ...(attachments ? { attachments } : {}) };
  }
  const gone = new Set(merging.slice(1).map((cell) => cell.id));
  const cells = new Map(nb.cells);
  for (const id of gone) cells.delete(id);
  cells.set(first.id, merged);
  return { ...nb, cellOrder: nb.cellOrder.filter((id) => !gone.has(id)), cells };
}

function gatherAttachments(cells: readonly Cell[]): Attachments | undefined {
  const all = cells.flatMap((cell) => (cell.cell_type !== 'code' && cell.attachments ? Object.entries(cell.attachments) : []));
  return all.length === 0 ? undefined : Object.fromEntries(all);
}

/**
 * Splits cell `id` at the given source offsets. At each cut one line break next to the cut is
 * dropped (the one before it, else the one after it), so merging the pieces gives the source back.
 * As in classic Jupyter the original cell (id, outputs, count, metadata, attachments) keeps the
 * last piece; the pieces above become new cells of the same type with fresh ids.
 */
export function splitCell(nb: Notebook, id: string, offsets: readonly number[]): Notebook {
  const cell = nb.cells.get(id);
  if (!cell) return nb;
  const cuts = [...new Set(offsets.map((o) => Math.max(0, Math.min(cell.source.length, Math.trunc(o)))))].sort((a, b) => a - b);
  if (cuts.length === 0) return nb;
  const pieces = cutSource(cell.source, cuts);
  const last = pieces.pop() ?? '';
  const above = pieces.map((source) => createCell(cell.cell_type, source));
  const cells = new Map(nb.cells);
  for (const piece of above) cells.set(piece.id, piece);
  cells.set(id, { ...cell, source: last });
  const at = nb.cellOrder.indexOf(id);
  const cellOrder = [...nb.cellOrder.slice(0, at), ...above.map((piece) => piece.id), ...nb.cellOrder.slice(at)];
  return { ...nb, cellOrder, cells };
}

function cutSource(source: string, cuts: readonly number[]): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    let end = Math.max(cut, start);
    let next = end;
    if (end > start && source[end - 1] === '\n') end -= 1;
    else if (source[next] === '\n') next += 1;
    pieces.push(source.slice(start, end));
    start = next;
  }
  pieces.push(source.slice(start));
  return pieces;
}
