/** Find and Replace across every cell's source: plain text or a regular expression, with or without case. */
import { updateCells } from './replace-cells.ts';
import type { Notebook } from './types.ts';

/** What to look for. */
export interface FindQuery {
  text: string;
  regex: boolean;
  matchCase: boolean;
}

/** One match: cell `cellId`, characters `from` to `to` of its source. */
export interface CellMatch {
  cellId: string;
  from: number;
  to: number;
}

/** The matches in notebook order, or the reason the query cannot be used (a broken regex). */
export type FindResult = { matches: CellMatch[]; error: null } | { matches: []; error: string };

/** One cell's source before and after a replace-all. */
export interface SourceChange {
  before: string;
  after: string;
}

/** What a replace-all changed: the new notebook, how many matches, and each changed cell's sources (for undo). */
export interface ReplaceAllResult {
  notebook: Notebook;
  count: number;
  changes: ReadonlyMap<string, SourceChange>;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The query as a RegExp with `flags` added, or the reason it is not a valid pattern. */
function compile(query: FindQuery, flags: string): RegExp | string {
  const pattern = query.regex ? query.text : escapeRegex(query.text);
  try {
    return new RegExp(pattern, flags + (query.matchCase ? '' : 'i'));
  } catch (error) {
    return `Not a valid regular expression: ${error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error)}`;
  }
}

/** `source` with `regex`'s matches replaced; in plain mode the replacement is literal (`$1`, `$&` not expanded). */
function substitute(source: string, regex: RegExp, query: FindQuery, replacement: string): string {
  return query.regex ? source.replace(regex, replacement) : source.replace(regex, () => replacement);
}

/** Every match of `query` in every cell, in notebook order; an empty query matches nothing. */
export function findMatches(nb: Notebook, query: FindQuery): FindResult {
  if (query.text === '') return { matches: [], error: null };
  const regex = compile(query, 'g');
  if (typeof regex === 'string') return { matches: [], error: regex };
  const matches: CellMatch[] = [];
  for (const cellId of nb.cellOrder) {
    const source = nb.cells.get(cellId)?.source ?? '';
    for (const match of source.matchAll(regex)) matches.push({ cellId, from: match.index, to: match.index + match[0].length });
  }
  return { matches, error: null };
}

/** Replaces the one match `match` (as `findMatches` found it) with `replacement` (`$1`, `$&` expand in regex mode). */
export function replaceMatch(nb: Notebook, query: FindQuery, match: CellMatch, replacement: string): Notebook {
  // Sticky and not global: `replace` then matches exactly at lastIndex, with the text before it as context (lookbehind, ^).
  const regex = compile(query, 'y');
  if (typeof regex === 'string') return nb;
  return updateCells(
    nb,
    (cell) => {
      regex.lastIndex = match.from;
      const source = substitute(cell.source, regex, query, replacement);
      return source === cell.source ? cell : { ...cell, source };
    },
    [match.cellId],
  );
}

/** Replaces every match in every cell; `changes` holds the sources of each cell that changed. */
export function replaceAllMatches(nb: Notebook, query: FindQuery, replacement: string): ReplaceAllResult {
  const found = findMatches(nb, query);
  const regex = compile(query, 'g');
  if (found.matches.length === 0 || typeof regex === 'string') return { notebook: nb, count: 0, changes: new Map() };
  const changes = new Map<string, SourceChange>();
  const ids = [...new Set(found.matches.map((match) => match.cellId))];
  const notebook = updateCells(
    nb,
    (cell) => {
      const source = substitute(cell.source, regex, query, replacement);
      if (source === cell.source) return cell;
      changes.set(cell.id, { before: cell.source, after: source });
      return { ...cell, source };
    },
    ids,
  );
  return { notebook, count: found.matches.length, changes };
}

/** Puts back the sources a replace-all changed, except in cells edited or deleted since (that work is kept). */
export function restoreSources(nb: Notebook, changes: ReadonlyMap<string, SourceChange>): Notebook {
  return updateCells(
    nb,
    (cell) => {
      const change = changes.get(cell.id);
      return change && cell.source === change.after ? { ...cell, source: change.before } : cell;
    },
    [...changes.keys()],
  );
}
