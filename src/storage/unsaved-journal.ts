/**
 * The last edits of a page that is going away. An IndexedDB save started on `pagehide` is
 * aborted when the page unloads (a reload a moment after typing lost the typing), but a
 * localStorage write is synchronous and survives it. The page writes its unsaved notebooks here
 * as it leaves; the next start applies each one whose stored revision has not moved since.
 */
import type { NotebookContent } from './types.ts';

/** The part of the Web Storage API the journal uses (localStorage in the page). */
export type JournalStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** One notebook's unsaved content and the stored revision it was based on. */
export interface UnsavedEntry {
  id: string;
  baseRevision: number;
  content: NotebookContent;
  /** True when outputs were left out to fit: the stored outputs of the same cells are kept. */
  outputsDropped: boolean;
}

const PREFIX = 'quire-unsaved:';

function entryKey(database: string, id: string): string {
  return `${PREFIX}${database}:${id}`;
}

type JsonCell = { readonly [key: string]: unknown };

function withoutOutputs(content: NotebookContent): NotebookContent {
  const cells = content.cells.map((cell) => {
    const { outputs: _outputs, execution_count: _count, ...rest } = cell as JsonCell;
    return rest;
  });
  return { ...content, cells };
}

function tryWrite(hints: JournalStore, key: string, entry: UnsavedEntry): boolean {
  try {
    hints.setItem(key, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps `content` synchronously; if it does not fit, keeps it without outputs (what was typed
 * matters most). Returns false when not even that fits or there is no localStorage.
 */
export function keepUnsaved(hints: JournalStore | null, database: string, id: string, content: NotebookContent, baseRevision: number): boolean {
  if (!hints) return false;
  const key = entryKey(database, id);
  if (tryWrite(hints, key, { id, baseRevision, content, outputsDropped: false })) return true;
  return tryWrite(hints, key, { id, baseRevision, content: withoutOutputs(content), outputsDropped: true });
}

/** Forgets the kept content of `id` (it was saved, or applied). */
export function forgetUnsaved(hints: JournalStore | null, database: string, id: string): void {
  try {
    hints?.removeItem(entryKey(database, id));
  } catch {
    // Blocked storage holds nothing to forget.
  }
}

function parseEntry(text: string | null): UnsavedEntry | null {
  if (text === null) return null;
  try {
    const entry = JSON.parse(text) as Partial<UnsavedEntry>;
    const content = entry.content as Partial<NotebookContent> | undefined;
    if (typeof entry.id !== 'string' || typeof entry.baseRevision !== 'number' || !Array.isArray(content?.cells)) return null;
    return { id: entry.id, baseRevision: entry.baseRevision, content: content as NotebookContent, outputsDropped: entry.outputsDropped === true };
  } catch {
    return null;
  }
}

/** Every kept entry of `database`; unreadable ones are removed. */
export function listUnsaved(hints: JournalStore | null, database: string): UnsavedEntry[] {
  if (!hints) return [];
  const prefix = `${PREFIX}${database}:`;
  const entries: UnsavedEntry[] = [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < hints.length; i++) {
      const key = hints.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) {
      const entry = parseEntry(hints.getItem(key));
      if (entry) entries.push(entry);
      else hints.removeItem(key);
    }
  } catch {
    // Blocked storage: nothing was kept.
  }
  return entries;
}

/**
 * The content to store for `entry` over the stored content: the entry's, with the stored outputs
 * and execution counts of the same cells put back when the entry had to leave them out.
 */
export function contentToApply(entry: UnsavedEntry, stored: NotebookContent): NotebookContent {
  if (!entry.outputsDropped) return entry.content;
  const storedById = new Map<unknown, JsonCell>();
  for (const cell of stored.cells as JsonCell[]) storedById.set(cell['id'], cell);
  const cells = (entry.content.cells as JsonCell[]).map((cell) => {
    if (cell['cell_type'] !== 'code') return cell;
    const old = storedById.get(cell['id']);
    const oldIsCode = old?.['cell_type'] === 'code';
    return { ...cell, outputs: oldIsCode ? (old['outputs'] ?? []) : [], execution_count: oldIsCode ? (old['execution_count'] ?? null) : null };
  });
  return { ...entry.content, cells };
}
