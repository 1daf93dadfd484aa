/** Cell tags, kept in `metadata.tags` as nbformat says: a list of unique strings without commas. */
import { updateCells } from './replace-cells.ts';
import type { Cell, JsonObject, Notebook } from './types.ts';

/** The tags of `cell` (only its string entries; none when `metadata.tags` is missing or not a list). */
export function cellTags(cell: Cell): string[] {
  const tags = cell.metadata['tags'];
  return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [];
}

/** Why `tag` cannot be added to `existing`, or null when it can (nbformat: non-empty, no comma, unique). */
export function tagProblem(existing: readonly string[], tag: string): string | null {
  if (tag === '') return 'A tag cannot be empty.';
  if (tag.includes(',')) return 'A tag cannot contain a comma.';
  if (/\s/.test(tag)) return 'A tag cannot contain spaces.';
  if (existing.includes(tag)) return `The cell already has the tag "${tag}".`;
  return null;
}

function withTags(metadata: JsonObject, tags: readonly string[]): JsonObject {
  const { tags: _old, ...rest } = metadata;
  return tags.length > 0 ? { ...rest, tags } : rest;
}

/** Adds `tag` (trimmed) to cell `id`, unless `tagProblem` objects. */
export function addCellTag(nb: Notebook, id: string, tag: string): Notebook {
  return updateCells(
    nb,
    (cell) => {
      const tags = cellTags(cell);
      return tagProblem(tags, tag.trim()) === null ? { ...cell, metadata: withTags(cell.metadata, [...tags, tag.trim()]) } : cell;
    },
    [id],
  );
}

/** Removes `tag` from cell `id`; the `tags` key goes when the last tag does. */
export function removeCellTag(nb: Notebook, id: string, tag: string): Notebook {
  return updateCells(
    nb,
    (cell) => {
      const tags = cellTags(cell);
      return tags.includes(tag) ? { ...cell, metadata: withTags(cell.metadata, tags.filter((t) => t !== tag)) } : cell;
    },
    [id],
  );
}
