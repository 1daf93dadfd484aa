/** Schema migrations, run in the `upgrade` transaction: every database walks 0 → 1 → 2 → 3 in order. */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { QuireDB, QuireDBv1, SummaryRecord } from './schema.ts';
import { estimateJsonSize } from './content-size.ts';
import { nameKey, repairName, uniqueName } from './names.ts';
import { searchText } from './search-text.ts';
import { inOrder } from './transactions.ts';

type UpgradeTransaction = IDBPTransaction<QuireDB, StoreNames<QuireDB>[], 'versionchange'>;

/** The `upgrade` callback for `openDB`: applies each migration the database has not seen yet. */
export function upgrade(db: IDBPDatabase<QuireDB>, oldVersion: number, _newVersion: number | null, tx: UpgradeTransaction): void {
  if (oldVersion < 1) createVersion1(db as unknown as IDBPDatabase<QuireDBv1>);
  if (oldVersion < 2) {
    // A failure in our own code would not abort the transaction by itself; abort so the old data stays.
    migrateToVersion2(db, tx).catch(() => abortQuietly(tx));
  }
  if (oldVersion < 3) createVersion3(db);
}

/** Version 3: the files area, empty (version 2 had no files). */
function createVersion3(db: IDBPDatabase<QuireDB>): void {
  const files = db.createObjectStore('files', { keyPath: 'id' });
  files.createIndex('by-name-key', 'nameKey', { unique: true });
  db.createObjectStore('fileChunks');
}

/** Version 1: one store of whole notebooks. */
export function createVersion1(db: IDBPDatabase<QuireDBv1>): void {
  db.createObjectStore('notebooks', { keyPath: 'id' });
}

async function migrateToVersion2(db: IDBPDatabase<QuireDB>, tx: UpgradeTransaction): Promise<void> {
  const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
  summaries.createIndex('by-modified', 'modified');
  summaries.createIndex('by-name', 'name');
  summaries.createIndex('by-name-key', 'nameKey', { unique: true });
  db.createObjectStore('contents');
  db.createObjectStore('texts');
  const checkpoints = db.createObjectStore('checkpoints', { keyPath: 'id' });
  checkpoints.createIndex('by-notebook', 'notebookId');
  db.createObjectStore('checkpointContents');
  db.createObjectStore('settings');

  const oldTx = tx as unknown as IDBPTransaction<QuireDBv1, ['notebooks'], 'versionchange'>;
  const old = await oldTx.objectStore('notebooks').getAll();
  // Version 1 did not keep names unique or valid, nor count revisions: repair, number, measure.
  const taken = new Set<string>();
  const writes: (() => Promise<unknown>)[] = [];
  for (const notebook of old.sort((a, b) => a.created - b.created)) {
    const name = uniqueName(repairName(notebook.name), taken);
    taken.add(nameKey(name));
    const summary: SummaryRecord = {
      id: notebook.id,
      name,
      nameKey: nameKey(name),
      created: notebook.created,
      modified: notebook.modified,
      revision: 1,
      size: estimateJsonSize(notebook.content),
    };
    writes.push(
      () => tx.objectStore('summaries').put(summary),
      () => tx.objectStore('contents').put(notebook.content, notebook.id),
      () => tx.objectStore('texts').put(searchText(notebook.content), notebook.id),
    );
  }
  await inOrder(writes);
  (db as unknown as IDBPDatabase<QuireDBv1>).deleteObjectStore('notebooks');
}

function abortQuietly(tx: UpgradeTransaction): void {
  try {
    tx.abort();
  } catch {
    // The transaction already ended (a failed request aborts it): nothing was committed.
  }
}
