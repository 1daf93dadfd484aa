/** The worker side of imports: serves `ImportRequest`s one at a time, replying with ids, names and reasons only. */
import type { NotebookStorage } from '../storage/index.ts';
import { importFiles } from './import-files.ts';
import type { ImportEndpoint, ImportRequest } from './import-protocol.ts';
import { messageOf } from './error-message.ts';

/** Answers every request arriving at `endpoint`, storing through `open(database)` (opened once per database). */
export function serveImports(endpoint: ImportEndpoint, open: (database: string) => Promise<NotebookStorage>): void {
  const storages = new Map<string, Promise<NotebookStorage>>();
  const storageFor = (database: string): Promise<NotebookStorage> => {
    let storage = storages.get(database);
    if (!storage) {
      storage = open(database);
      storages.set(database, storage);
    }
    return storage;
  };
  const serve = async ({ id, database, files }: ImportRequest): Promise<void> => {
    const finished = new Set<number>();
    try {
      await importFiles(files, await storageFor(database), {
        started: (index) => endpoint.postMessage({ id, type: 'started', index }),
        finished: (index, result) => {
          finished.add(index);
          endpoint.postMessage({ id, type: 'result', index, result });
        },
      });
    } catch (error) {
      const reason = messageOf(error);
      for (const [index, file] of files.entries()) {
        if (!finished.has(index)) endpoint.postMessage({ id, type: 'result', index, result: { file: file.name, ok: false, reason } });
      }
    }
    endpoint.postMessage({ id, type: 'done' });
  };
  // One import at a time: two 50 MB files parsed at once would double the worker's memory.
  let queue = Promise.resolve();
  endpoint.addEventListener('message', (event) => {
    queue = queue.then(() => serve(event.data));
  });
}
