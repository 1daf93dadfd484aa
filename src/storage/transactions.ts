/** One place that runs a transaction and turns every way it can fail into a storage error. */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { QuireDB } from './schema.ts';
import { toStorageError } from './errors.ts';

type Stores = StoreNames<QuireDB>[];

/** A transaction over `Names` in `Mode`. */
export type Tx<Names extends Stores, Mode extends IDBTransactionMode> = IDBPTransaction<QuireDB, Names, Mode>;

/** Every store a notebook's data lives in; writes that touch a notebook lock them all. */
export type NotebookStores = ['summaries', 'contents', 'texts', 'checkpoints', 'checkpointContents'];

/** The store list of `NotebookStores`, as a fresh array for each transaction. */
export function notebookStores(): NotebookStores {
  return ['summaries', 'contents', 'texts', 'checkpoints', 'checkpointContents'];
}

/**
 * Runs `body` in one transaction and resolves once it has committed. If `body` throws (a conflict,
 * a quota error from a put) the transaction is aborted, so nothing it wrote is kept; commit-time
 * failures (a quota exceeded on commit) reject the same way. `action` completes the message
 * "Could not … in browser storage".
 */
export async function transact<Names extends Stores, Mode extends IDBTransactionMode, T>(
  db: IDBPDatabase<QuireDB>,
  stores: Names,
  mode: Mode,
  action: string,
  body: (tx: Tx<Names, Mode>) => Promise<T>,
): Promise<T> {
  let tx: Tx<Names, Mode>;
  try {
    tx = db.transaction(stores, mode);
  } catch (error) {
    throw toStorageError(error, action);
  }
  // Handled below; this keeps an abort from surfacing as an unhandled rejection meanwhile.
  tx.done.catch(() => undefined);
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (error) {
    abort(tx);
    const failure = await tx.done.then(
      () => error,
      (abortReason: unknown) => (isAbortError(abortReason) ? error : abortReason),
    );
    throw toStorageError(failure, action);
  }
}

/**
 * Issues writes one after another. A write that throws synchronously (a quota error from `put`)
 * then leaves no earlier request unawaited, whose abort rejection would go unhandled.
 */
export async function inOrder(writes: readonly (() => Promise<unknown>)[]): Promise<void> {
  for (const write of writes) await write();
}

function abort(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the browser: nothing more to undo.
  }
}

// A plain AbortError is our own abort; any other reason (QuotaExceededError) explains the failure better.
function isAbortError(reason: unknown): boolean {
  return typeof reason === 'object' && reason !== null && (reason as { name?: unknown }).name === 'AbortError';
}
