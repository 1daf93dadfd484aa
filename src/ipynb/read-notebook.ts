/** An nbformat 4 notebook (already parsed, v3 already upgraded) read into the model. */
import { isValidCellId, newCellId } from '../model/cell-id.ts';
import type { Cell, JsonObject, Notebook } from '../model/types.ts';
import { expectObject, isJsonObject, own, unknownFields } from './json-shape.ts';
import { readCell } from './read-cell.ts';
import { notebookMetadataToKeep } from './transient.ts';

const NOTEBOOK_FIELDS: ReadonlySet<string> = new Set(['nbformat', 'nbformat_minor', 'metadata', 'cells']);

/** The raw notebook to read: its root object, its cells, and the JSON path of each cell for messages. */
export interface RawNotebook {
  root: JsonObject;
  cells: readonly unknown[];
  cellPaths: readonly string[];
  /** Whether cells without an id are expected (files older than nbformat 4.5). */
  idsOptional: boolean;
}

/**
 * Picks the id of the cell at `path`: its own when valid and unused, else a fresh one. Like
 * nbformat's validator with repair, a duplicate or invalid id is replaced with a notice.
 */
function chooseId(cell: unknown, path: string, seen: ReadonlySet<string>, idsOptional: boolean, notices: string[]): string {
  const id = isJsonObject(cell) ? own(cell, 'id') : undefined;
  if (isValidCellId(id) && !seen.has(id)) return id;
  const fresh = newCellId();
  if (id === undefined) {
    if (!idsOptional) notices.push(`${path}: missing id, set to "${fresh}"`);
  } else if (isValidCellId(id)) {
    notices.push(`${path}.id: duplicate id "${id}", replaced with "${fresh}"`);
  } else {
    notices.push(`${path}.id: invalid id ${JSON.stringify(id)}, replaced with "${fresh}"`);
  }
  return fresh;
}

/** The notebook in `raw`; NotebookFormatError for what cannot be read. */
export function readNotebook(raw: RawNotebook, notices: string[]): Notebook {
  // Known metadata keys (kernelspec, language_info) are kept as found; renderers check their shapes.
  const metadata = notebookMetadataToKeep(expectObject(own(raw.root, 'metadata') ?? {}, 'metadata')) as Notebook['metadata'];
  const seen = new Set<string>();
  const cells = new Map<string, Cell>();
  raw.cells.forEach((value, i) => {
    const path = raw.cellPaths[i] ?? `cells[${i}]`;
    const id = chooseId(value, path, seen, raw.idsOptional, notices);
    seen.add(id);
    cells.set(id, readCell(value, path, id, notices));
  });
  const extra = unknownFields(raw.root, NOTEBOOK_FIELDS);
  return { nbformat: 4, nbformat_minor: 5, metadata, cellOrder: [...seen], cells, ...(extra ? { extra } : {}) };
}
