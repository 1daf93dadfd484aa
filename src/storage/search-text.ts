/** The searchable text of a notebook (its cell sources) and the matching of a query against it. */
import type { NotebookContent } from './types.ts';

/** Cell sources joined by newlines, lowercased; outputs are not searched. */
export function searchText(content: NotebookContent): string {
  const parts: string[] = [];
  // Content written by older versions or other tools may lack a cells array.
  const cells: readonly unknown[] = Array.isArray(content.cells) ? content.cells : [];
  for (const cell of cells) {
    if (typeof cell !== 'object' || cell === null || !('source' in cell)) continue;
    const { source } = cell;
    if (typeof source === 'string') parts.push(source);
    else if (Array.isArray(source)) parts.push(source.filter((line) => typeof line === 'string').join(''));
  }
  return normalizeForSearch(parts.join('\n'));
}

/** The words of a query, normalized as the text is; empty when the query is blank. */
export function queryWords(query: string): string[] {
  return normalizeForSearch(query).split(/\s+/u).filter((word) => word !== '');
}

/** Whether every word occurs in the name or the text. */
export function matchesAll(words: readonly string[], name: string, text: string): boolean {
  const lowerName = normalizeForSearch(name);
  return words.every((word) => lowerName.includes(word) || text.includes(word));
}

function normalizeForSearch(text: string): string {
  return text.normalize('NFC').toLowerCase();
}
