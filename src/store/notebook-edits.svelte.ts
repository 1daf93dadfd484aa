/** Edits of one notebook that its dialogs and cell toolbar make: Find and Replace (with its own Undo), notebook metadata, cell tags. */
import type { Cell, JsonObject, Notebook } from '../model/types.ts';
import {
  addCellTag,
  cellTags,
  findMatches,
  removeCellTag,
  replaceAllMatches,
  replaceMatch,
  restoreSources,
  setNotebookMetadata,
  tagProblem,
  type CellMatch,
  type FindQuery,
  type FindResult,
  type SourceChange,
} from '../model/operations.ts';

export type { CellMatch, FindQuery, FindResult } from '../model/operations.ts';

/** Applies its edits through the store's `apply`, so they count as edits and autosave like any other. */
export class NotebookEdits {
  /** Whether a Replace All can be undone. */
  canUndoReplace = $state(false);
  /** The sources each Replace All changed, newest last. */
  #replaced: ReadonlyMap<string, SourceChange>[] = [];
  readonly #notebook: () => Notebook;
  readonly #apply: (operation: (nb: Notebook) => Notebook) => void;

  constructor(notebook: () => Notebook, apply: (operation: (nb: Notebook) => Notebook) => void) {
    this.#notebook = notebook;
    this.#apply = apply;
  }

  /** Every match of `query` in the cells' sources, or why the query is invalid. */
  find(query: FindQuery): FindResult {
    return findMatches(this.#notebook(), query);
  }

  /** Replaces the one match `match`. */
  replaceOne(query: FindQuery, match: CellMatch, replacement: string): void {
    this.#apply((nb) => replaceMatch(nb, query, match, replacement));
  }

  /** Replaces every match in every cell as one step that `undoReplaceAll` reverts; returns the count. */
  replaceAll(query: FindQuery, replacement: string): number {
    const result = replaceAllMatches(this.#notebook(), query, replacement);
    if (result.count === 0) return 0;
    this.#apply(() => result.notebook);
    this.#replaced.push(result.changes);
    this.canUndoReplace = true;
    return result.count;
  }

  /** Puts back the sources the last Replace All changed; a cell edited since keeps its edit. */
  undoReplaceAll(): void {
    const changes = this.#replaced.pop();
    this.canUndoReplace = this.#replaced.length > 0;
    if (changes) this.#apply((nb) => restoreSources(nb, changes));
  }

  /** Replaces the notebook metadata (Edit ▸ Edit Notebook Metadata). */
  setNotebookMetadata(metadata: JsonObject): void {
    this.#apply((nb) => setNotebookMetadata(nb, metadata as Notebook['metadata']));
  }

  /** Adds a tag to cell `id`; returns why it cannot (empty, comma, duplicate), or null. */
  addTag(id: string, tag: string): string | null {
    const cell = this.#notebook().cells.get(id);
    const problem = cell ? tagProblem(cellTags(cell), tag.trim()) : null;
    if (problem === null) this.#apply((nb) => addCellTag(nb, id, tag));
    return problem;
  }

  /** Removes a tag from cell `id`. */
  removeTag(id: string, tag: string): void {
    this.#apply((nb) => removeCellTag(nb, id, tag));
  }

  /** The tags of `cell` (its `metadata.tags`). */
  tagsOf(cell: Cell): string[] {
    return cellTags(cell);
  }
}
