/** Checkpoints: copies of a notebook's stored content to revert to, the newest five per notebook. */
import type { IDBPDatabase } from 'idb';
import type { QuireDB, SummaryRecord } from './schema.ts';
import { inOrder, notebookStores, transact } from './transactions.ts';
import { nextModified, toSummary, writeNotebook, type NotebookTx } from './records.ts';
import { NotFoundError } from './errors.ts';
import { newId } from './ids.ts';
import type { Checkpoint, StoredCheckpoint, StoredNotebook } from './types.ts';

/** How many checkpoints each notebook keeps. */
export const KEEP_CHECKPOINTS = 5;

/** Copies the notebook's stored content into a new checkpoint and drops the oldest beyond five. */
export async function createCheckpoint(db: IDBPDatabase<QuireDB>, id: string): Promise<Checkpoint> {
  const stores: ['summaries', 'contents', 'checkpoints', 'checkpointContents'] = ['summaries', 'contents', 'checkpoints', 'checkpointContents'];
  return transact(db, stores, 'readwrite', 'create a checkpoint', async (tx) => {
    const [record, content] = await Promise.all([tx.objectStore('summaries').get(id), tx.objectStore('contents').get(id)]);
    if (!record || !content) throw new NotFoundError('This notebook');
    const existing = newestFirst(await tx.objectStore('checkpoints').index('by-notebook').getAll(id));
    // Strictly after the newest, so the order holds even for two checkpoints in one millisecond.
    const created = Math.max(Date.now(), (existing[0]?.created ?? 0) + 1);
    const checkpoint: Checkpoint = { id: newId(), notebookId: id, created, revision: record.revision, size: record.size };
    const dropped = existing.slice(KEEP_CHECKPOINTS - 1);
    await inOrder([
      () => tx.objectStore('checkpoints').put(checkpoint),
      () => tx.objectStore('checkpointContents').put(content, checkpoint.id),
      ...dropped.flatMap((old) => [() => tx.objectStore('checkpoints').delete(old.id), () => tx.objectStore('checkpointContents').delete(old.id)]),
    ]);
    return checkpoint;
  });
}

/** The notebook's checkpoints, newest first, without content. */
export async function listCheckpoints(db: IDBPDatabase<QuireDB>, id: string): Promise<Checkpoint[]> {
  return transact(db, ['checkpoints'], 'readonly', 'list checkpoints', async (tx) =>
    newestFirst(await tx.objectStore('checkpoints').index('by-notebook').getAll(id)),
  );
}

/** Makes the checkpoint's content the notebook's, as a new revision (so other tabs see a newer save). */
export async function restoreCheckpoint(db: IDBPDatabase<QuireDB>, id: string, checkpointId: string): Promise<StoredNotebook> {
  return transact(db, notebookStores(), 'readwrite', 'revert to the checkpoint', async (tx) => {
    const [record, checkpoint, content] = await Promise.all([
      tx.objectStore('summaries').get(id),
      tx.objectStore('checkpoints').get(checkpointId),
      tx.objectStore('checkpointContents').get(checkpointId),
    ]);
    if (!record) throw new NotFoundError('This notebook');
    if (!checkpoint || checkpoint.notebookId !== id || !content) throw new NotFoundError('This checkpoint');
    const next: SummaryRecord = {
      ...record,
      revision: record.revision + 1,
      modified: await nextModified(tx),
      size: checkpoint.size,
    };
    await writeNotebook(tx, next, content);
    return { ...toSummary(next), content };
  });
}

/** Deletes all of a notebook's checkpoints in the caller's transaction and returns them with content. */
export async function takeCheckpoints(tx: NotebookTx, id: string): Promise<StoredCheckpoint[]> {
  const checkpoints = newestFirst(await tx.objectStore('checkpoints').index('by-notebook').getAll(id));
  const contents = await Promise.all(checkpoints.map((checkpoint) => tx.objectStore('checkpointContents').get(checkpoint.id)));
  await inOrder(
    checkpoints.flatMap((checkpoint) => [
      () => tx.objectStore('checkpoints').delete(checkpoint.id),
      () => tx.objectStore('checkpointContents').delete(checkpoint.id),
    ]),
  );
  return checkpoints.flatMap((checkpoint, i) => {
    const content = contents[i];
    return content ? [{ ...checkpoint, content }] : [];
  });
}

/** Puts checkpoints (taken by `takeCheckpoints`) back in the caller's transaction. */
export async function putCheckpoints(tx: NotebookTx, checkpoints: readonly StoredCheckpoint[]): Promise<void> {
  await inOrder(
    checkpoints.flatMap(({ content, ...checkpoint }) => [
      () => tx.objectStore('checkpoints').put(checkpoint),
      () => tx.objectStore('checkpointContents').put(content, checkpoint.id),
    ]),
  );
}

function newestFirst(checkpoints: Checkpoint[]): Checkpoint[] {
  return checkpoints.sort((a, b) => b.created - a.created);
}
