/** Reading and writing one notebook's records (summary, content, search text) inside a transaction. */
import type { SummaryRecord } from './schema.ts';
import { inOrder, type NotebookStores, type Tx } from './transactions.ts';
import { nameKeyPrefix } from './names.ts';
import { searchText } from './search-text.ts';
import type { NotebookContent, NotebookSummary } from './types.ts';

/** A read-write transaction over every store a notebook lives in. */
export type NotebookTx = Tx<NotebookStores, 'readwrite'>;

/** Writes a notebook's summary, content and search text in the caller's transaction. */
export async function writeNotebook(tx: NotebookTx, record: SummaryRecord, content: NotebookContent): Promise<void> {
  await inOrder([
    () => tx.objectStore('summaries').put(record),
    () => tx.objectStore('contents').put(content, record.id),
    () => tx.objectStore('texts').put(searchText(content), record.id),
  ]);
}

/**
 * The "modified" stamp for a write in the caller's transaction: now, but strictly after every
 * stamp stored, so the newest-first list follows the order of writes even within one millisecond
 * (records with equal stamps would list in the order of their random ids).
 */
export async function nextModified(tx: NotebookTx): Promise<number> {
  const newest = await tx.objectStore('summaries').index('by-modified').openCursor(null, 'prev');
  return Math.max(Date.now(), (newest?.value.modified ?? 0) + 1);
}

/** Name keys that `uniqueName(name, …)` could collide with: those sharing its key prefix. */
export async function takenNames(tx: NotebookTx, name: string): Promise<Set<string>> {
  const prefix = nameKeyPrefix(name);
  const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
  const records = await tx.objectStore('summaries').index('by-name-key').getAll(range);
  return new Set(records.map((record) => record.nameKey));
}

/** The public summary of a stored record. */
export function toSummary(record: SummaryRecord): NotebookSummary {
  const { nameKey: _key, ...summary } = record;
  return summary;
}
