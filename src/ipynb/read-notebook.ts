/** An nbformat 4 notebook (already parsed, v3 already upgraded) read into the model. */
import { isValidCellId, newCellId } from '../model/cell-id.ts';
import type { Cell, JsonObject, Notebook } from '../model/types.ts';
import { describeJson, expectObject, isJsonObject, own, unknownFields } from './json-shape.ts';
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
 * nbformat's validator with repair, a duplicate or invalid id is replaced with a notice; a
 * missing one is only counted (older files have none).
 */
function chooseId(cell: unknown, path: string, seen: ReadonlySet<string>, notices: string[]): { id: string; missing: boolean } {
  const id = isJsonObject(cell) ? own(cell, 'id') : undefined;
  if (isValidCellId(id) && !seen.has(id)) return { id, missing: false };
  const fresh = newCellId();
  if (id === undefined) return { id: fresh, missing: true };
  if (isValidCellId(id)) notices.push(`${path}.id: duplicate id "${id}", replaced with "${fresh}"`);
  else notices.push(`${path}.id: invalid id ${typeof id === 'string' ? JSON.stringify(id.slice(0, 80)) : describeJson(id)}, replaced with "${fresh}"`);
  return { id: fresh, missing: false };
}

/** The notebook in `raw`; NotebookFormatError for what cannot be read. */
export function readNotebook(raw: RawNotebook, notices: string[]): Notebook {
  // Known metadata keys (kernelspec, language_info) are kept as found; renderers check their shapes.
  const metadata = notebookMetadataToKeep(expectObject(own(raw.root, 'metadata') ?? {}, 'metadata')) as Notebook['metadata'];
  const seen = new Set<string>();
  const cells = new Map<string, Cell>();
  let missing = 0;
  raw.cells.forEach((value, i) => {
    const path = raw.cellPaths[i] ?? `cells[${i}]`;
    const chosen = chooseId(value, path, seen, notices);
    if (chosen.missing) missing += 1;
    seen.add(chosen.id);
    cells.set(chosen.id, readCell(value, path, chosen.id, notices));
  });
  if (missing > 0 && !raw.idsOptional) notices.push(`${missing === 1 ? '1 cell had' : `${missing} cells had`} no id; fresh ids added`);
  const extra = unknownFields(raw.root, NOTEBOOK_FIELDS);
  return { nbformat: 4, nbformat_minor: 5, metadata, cellOrder: [...seen], cells, ...(extra ? { extra } : {}) };
}
