import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { StorageError, StorageFullError, type NotebookStorage } from '../../src/storage/index.ts';
import { transact } from '../../src/storage/transactions.ts';
import type { QuireDB } from '../../src/storage/schema.ts';
import { notebookWith, scratchStorage } from './helpers.ts';

const FULL_MESSAGE = 'Browser storage is full — your notebook is still open; download it as .ipynb';

let storage: NotebookStorage;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ storage, cleanup } = await scratchStorage());
});
afterEach(async () => {
  vi.restoreAllMocks();
  await cleanup();
});

/** Makes every put into `storeName` throw as a browser does when the origin is out of quota. */
function fillUp(storeName: string): void {
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === storeName) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
}

describe('a full quota', () => {
  it('fails the save with StorageFullError and leaves the stored notebook exactly as it was', async () => {
    const nb = await storage.create('Precious', notebookWith('first version'));
    await storage.save(nb.id, notebookWith('second version'), 1);
    const before = await storage.get(nb.id);

    fillUp('contents');
    const attempt = storage.save(nb.id, notebookWith('third version, too big'), 2);
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    await expect(attempt).rejects.toThrow(FULL_MESSAGE);
    vi.restoreAllMocks();

    // Summary (revision, size, modified) and content are untouched: the transaction was rolled back.
    expect(await storage.get(nb.id)).toEqual(before);
    expect(await storage.search('third')).toEqual([]);
    // The same base revision still saves once space is free again.
    expect((await storage.save(nb.id, notebookWith('third version'), 2)).revision).toBe(3);
  });

  it('fails a create without leaving half a notebook behind', async () => {
    fillUp('texts');
    await expect(storage.create('Half', notebookWith('x'))).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await storage.list()).toEqual([]);
    expect((await storage.create('Half', notebookWith('x'))).name).toBe('Half.ipynb');
  });

  it('fails a checkpoint and keeps the older checkpoints', async () => {
    const nb = await storage.create('n', notebookWith());
    const kept = await storage.createCheckpoint(nb.id);
    fillUp('checkpointContents');
    await expect(storage.createCheckpoint(nb.id)).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await storage.listCheckpoints(nb.id)).toEqual([kept]);
  });
});

describe('transaction failures', () => {
  /** A database whose transactions run the body, then fail at commit with `reason`. */
  function failingAtCommit(reason: unknown): { db: IDBPDatabase<QuireDB>; aborted: () => boolean } {
    let aborted = false;
    const done = Promise.reject(reason);
    const tx = { done, abort: () => (aborted = true) };
    return { db: { transaction: () => tx } as unknown as IDBPDatabase<QuireDB>, aborted: () => aborted };
  }

  it('maps a quota error raised at commit (as Chromium reports it) to StorageFullError', async () => {
    const { db } = failingAtCommit(new DOMException('Quota exceeded', 'QuotaExceededError'));
    await expect(transact(db, ['contents'], 'readwrite', 'save the notebook', async () => 'written')).rejects.toBeInstanceOf(StorageFullError);
  });

  it('maps Firefox’s legacy quota name to StorageFullError', async () => {
    const { db } = failingAtCommit(new DOMException('quota', 'NS_ERROR_DOM_QUOTA_REACHED'));
    await expect(transact(db, ['contents'], 'readwrite', 'save the notebook', async () => 'written')).rejects.toBeInstanceOf(StorageFullError);
  });

  it('maps any other failure to StorageError naming the action and the reason', async () => {
    const { db } = failingAtCommit(new DOMException('Disk I/O failed', 'UnknownError'));
    const attempt = transact(db, ['contents'], 'readwrite', 'save the notebook', async () => 'written');
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toThrow('Could not save the notebook in browser storage: Disk I/O failed');
  });

  it('aborts the transaction when the body throws, and reports the body’s error', async () => {
    const { db, aborted } = failingAtCommit(new DOMException('aborted', 'AbortError'));
    const attempt = transact(db, ['contents'], 'readwrite', 'save the notebook', async () => {
      throw new TypeError('bad value');
    });
    await expect(attempt).rejects.toThrow('Could not save the notebook in browser storage: bad value');
    expect(aborted()).toBe(true);
  });
});
