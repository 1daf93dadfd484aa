/** The messages between the page and the import worker (src/store/import.worker.ts); types only. */

/** One file to import: its name and its bytes, read where the import runs. */
export interface ImportFile {
  name: string;
  data: Blob;
}

/** The outcome of importing one file: the stored notebook's id and name, or the reason it was refused. */
export type UploadResult = { file: string; ok: true; id: string; name: string } | { file: string; ok: false; reason: string };

/** Page → worker: import `files` into the notebook database named `database`. */
export interface ImportRequest {
  id: number;
  database: string;
  files: readonly ImportFile[];
}

/** Worker → page: a file started, a file finished, or the whole request done; never the notebook itself. */
export type ImportReply =
  | { id: number; type: 'started'; index: number }
  | { id: number; type: 'result'; index: number; result: UploadResult }
  | { id: number; type: 'done' };

/** The side of a message port (a worker's global scope, a MessagePort) that serves requests. */
export interface ImportEndpoint {
  postMessage(reply: ImportReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportRequest>) => void): void;
}
