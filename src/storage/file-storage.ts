/**
 * The files area: each file's bytes as Blob chunks (one transaction per chunk, so a 500 MB upload
 * never holds one buffer or one huge transaction), and a record that appears only once every chunk
 * is stored. Reading gives a Blob made of the chunk Blobs, which copies nothing.
 */
import type { IDBPDatabase } from 'idb';
import type { FileRecord, QuireDB } from './schema.ts';
import { transact, type Tx } from './transactions.ts';
import { InvalidNameError, NotFoundError, StorageError } from './errors.ts';
import { nameKey } from './names.ts';
import { normalizeFileName, uniqueFileName } from './file-names.ts';
import { fileMimeType } from './file-types.ts';
import { newId } from './ids.ts';
import type { FileStore, FileSummary, FileWriteOptions } from './types.ts';

/** Bytes per stored chunk: big enough for few records, small enough that one chunk is cheap to clone. */
export const FILE_CHUNK_BYTES = 16 * 1024 * 1024;

type FileTx = Tx<['files', 'fileChunks'], 'readwrite'>;

/** The files area over a connection; `published(id)` tells every tab that file `id` changed. */
export function createFileStore(connect: () => Promise<IDBPDatabase<QuireDB>>, published: (id: string) => void, chunkBytes = FILE_CHUNK_BYTES): FileStore {
  const inFiles = async <T>(action: string, body: (tx: FileTx) => Promise<T>): Promise<T> =>
    transact(await connect(), ['files', 'fileChunks'], 'readwrite', action, body);

  return {
    async list() {
      const db = await connect();
      const records = await transact(db, ['files'], 'readonly', 'list files', (tx) => tx.objectStore('files').getAll());
      return records
        .filter((record) => record.trashed === undefined)
        .sort((a, b) => b.modified - a.modified)
        .map(toFileSummary);
    },

    async find(name) {
      const db = await connect();
      const record = await transact(db, ['files'], 'readonly', 'find the file', (tx) => tx.objectStore('files').index('by-name-key').get(nameKey(name.trim())));
      return record ? toFileSummary(record) : undefined;
    },

    async read(id) {
      const db = await connect();
      return transact(db, ['files', 'fileChunks'], 'readonly', 'read the file', async (tx) => {
        const record = await tx.objectStore('files').get(id);
        if (!record || record.trashed !== undefined) throw new NotFoundError('This file');
        const chunks = await tx.objectStore('fileChunks').getAll(chunkRange(id));
        if (chunks.length !== record.chunks) throw new StorageError(`"${record.name}" is incomplete in browser storage (${chunks.length} of ${record.chunks} parts)`);
        return new Blob(chunks, { type: record.type });
      });
    },

    async write(name, data, options: FileWriteOptions = {}) {
      const wanted = normalizeFileName(name);
      const id = newId();
      const chunks = Math.max(1, Math.ceil(data.size / chunkBytes));
      const db = await connect();
      try {
        for (let i = 0; i < chunks; i++) {
          const end = Math.min(data.size, (i + 1) * chunkBytes);
          await transact(db, ['fileChunks'], 'readwrite', `store "${wanted}"`, (tx) => tx.objectStore('fileChunks').put(data.slice(i * chunkBytes, end), [id, i]));
          options.progress?.(end, data.size);
        }
        const now = Date.now();
        const stored = await inFiles(`store "${wanted}"`, async (tx) => {
          const holder = await tx.objectStore('files').index('by-name-key').get(nameKey(wanted));
          let fileName = wanted;
          let created = now;
          if (holder && options.replace) {
            created = holder.created;
            await deleteFile(tx, holder.id);
          } else if (holder) {
            fileName = uniqueFileName(wanted, await takenFileNames(tx));
          }
          const record: FileRecord = { id, name: fileName, nameKey: nameKey(fileName), size: data.size, type: fileMimeType(fileName, data.type), created, modified: now, chunks };
          await tx.objectStore('files').put(record);
          return toFileSummary(record);
        });
        published(id);
        return stored;
      } catch (error) {
        await inFiles('clean up a failed upload', (tx) => tx.objectStore('fileChunks').delete(chunkRange(id))).catch(() => undefined);
        throw error;
      }
    },

    async rename(id, newName) {
      const name = normalizeFileName(newName);
      const renamed = await inFiles('rename the file', async (tx) => {
        const store = tx.objectStore('files');
        const [record, holder] = await Promise.all([store.get(id), store.index('by-name-key').get(nameKey(name))]);
        if (!record || record.trashed !== undefined) throw new NotFoundError('This file');
        if (holder && holder.id !== id) throw new InvalidNameError(`A file named "${holder.name}" already exists`);
        const next: FileRecord = { ...record, name, nameKey: nameKey(name), type: fileMimeType(name, record.type), modified: Date.now() };
        await store.put(next);
        return toFileSummary(next);
      });
      published(id);
      return renamed;
    },

    async remove(id) {
      const removed = await inFiles('delete the file', async (tx) => {
        await emptyTrash(tx);
        const record = await tx.objectStore('files').get(id);
        if (!record || record.trashed !== undefined) throw new NotFoundError('This file');
        // A key no name can have, so the name is free for a new file while this one waits in the trash.
        await tx.objectStore('files').put({ ...record, nameKey: `\u0000${id}`, trashed: Date.now() });
        return toFileSummary(record);
      });
      published(id);
      return removed;
    },

    async restore(id) {
      const restored = await inFiles('restore the file', async (tx) => {
        const record = await tx.objectStore('files').get(id);
        if (!record || record.trashed === undefined) throw new NotFoundError('The deleted file', 'the trash was emptied');
        const name = uniqueFileName(record.name, await takenFileNames(tx));
        const { trashed: _trashed, ...kept } = record;
        const next: FileRecord = { ...kept, name, nameKey: nameKey(name) };
        await tx.objectStore('files').put(next);
        return toFileSummary(next);
      });
      published(id);
      return restored;
    },

    async emptyTrash() {
      await inFiles('empty the trash', emptyTrash);
    },
  };
}

/** The key range of every chunk of file `id`. */
function chunkRange(id: string): IDBKeyRange {
  return IDBKeyRange.bound([id, 0], [id, Infinity]);
}

async function deleteFile(tx: FileTx, id: string): Promise<void> {
  await tx.objectStore('fileChunks').delete(chunkRange(id));
  await tx.objectStore('files').delete(id);
}

async function emptyTrash(tx: FileTx): Promise<void> {
  for (const record of await tx.objectStore('files').getAll()) {
    if (record.trashed !== undefined) await deleteFile(tx, record.id);
  }
}

// The name keys in use (an index's getAllKeys gives primary keys, so the records are read).
async function takenFileNames(tx: FileTx): Promise<Set<string>> {
  return new Set((await tx.objectStore('files').getAll()).map((record) => record.nameKey));
}

/** The public summary of a stored file record. */
function toFileSummary(record: FileRecord): FileSummary {
  const { id, name, size, type, created, modified } = record;
  return { id, name, size, type, created, modified };
}
