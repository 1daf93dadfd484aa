/**
 * The page side of imports: hands the files (handles, not their bytes) to a dedicated worker that
 * reads, converts and stores them, so a 50 MB notebook never blocks the page; in-process where
 * there is no Worker (Node tests, old browsers) or it cannot start.
 */
import { assertNever } from '../model/assert-never.ts';
import type { NotebookStorage } from '../storage/index.ts';
import { importFiles, type ImportProgress } from './import-files.ts';
import type { ImportFile, ImportReply, ImportRequest, UploadResult } from './import-protocol.ts';

/** Imports files into one notebook database. */
export interface Importer {
  /** Imports `files` in order; resolves with one result per file, in the same order. */
  run(files: readonly ImportFile[], progress?: ImportProgress): Promise<UploadResult[]>;
}

/** The app's import worker (Vite bundles it as its own chunk; the service worker precaches it). */
export function createImportWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}

/** A worker factory where the page has workers, else null. */
export function defaultImportWorker(): (() => Worker) | null {
  return typeof Worker === 'function' ? createImportWorker : null;
}

interface Pending {
  files: readonly ImportFile[];
  progress: ImportProgress;
  results: (UploadResult | undefined)[];
  started: boolean;
  resolve(results: UploadResult[]): void;
}

/** An importer into `storage`: through a worker made by `createWorker` (on first use), or in-process when it is null. */
export function createImporter(storage: NotebookStorage, createWorker: (() => Worker) | null): Importer {
  if (!createWorker) return { run: (files, progress) => importFiles(files, storage, progress) };
  return new WorkerImporter(storage, createWorker);
}

class WorkerImporter implements Importer {
  readonly #storage: NotebookStorage;
  readonly #createWorker: () => Worker;
  readonly #pending = new Map<number, Pending>();
  #worker: Worker | null = null;
  #nextId = 1;

  constructor(storage: NotebookStorage, createWorker: () => Worker) {
    this.#storage = storage;
    this.#createWorker = createWorker;
  }

  run(files: readonly ImportFile[], progress: ImportProgress = {}): Promise<UploadResult[]> {
    let worker: Worker;
    try {
      worker = this.#worker ?? this.#start();
    } catch {
      return importFiles(files, this.#storage, progress);
    }
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, { files, progress, results: files.map(() => undefined), started: false, resolve });
      const request: ImportRequest = { id, database: this.#storage.name, files };
      worker.postMessage(request);
    });
  }

  #start(): Worker {
    const worker = this.#createWorker();
    worker.addEventListener('message', (event: MessageEvent<ImportReply>) => this.#onReply(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#fail(event.message || 'the import worker stopped');
    });
    this.#worker = worker;
    return worker;
  }

  #onReply(reply: ImportReply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    switch (reply.type) {
      case 'started':
        pending.started = true;
        pending.progress.started?.(reply.index);
        break;
      case 'result':
        pending.results[reply.index] = reply.result;
        pending.progress.finished?.(reply.index, reply.result);
        break;
      case 'done':
        this.#pending.delete(reply.id);
        pending.resolve(pending.results.map((result, i) => result ?? failed(pending.files[i]?.name ?? '', 'the import worker gave no answer')));
        // Idle again: ending the worker frees the memory a big import used.
        if (this.#pending.size === 0) this.#stop();
        break;
      default:
        assertNever(reply);
    }
  }

  /** The worker failed: requests it never started run in the page; the rest report the reason per file. */
  #fail(reason: string): void {
    this.#stop();
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const request of pending) {
      if (!request.started) {
        void importFiles(request.files, this.#storage, request.progress).then(request.resolve);
        continue;
      }
      request.resolve(request.results.map((result, i) => result ?? failed(request.files[i]?.name ?? '', `the import stopped (${reason})`)));
    }
  }

  #stop(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }
}

function failed(file: string, reason: string): UploadResult {
  return { file, ok: false, reason };
}
