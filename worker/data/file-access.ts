/**
 * How the data readers and writers in worker/data reach the files area: the kernel runtime sets
 * it when the worker starts (the page owns IndexedDB and the opened folder; the worker never opens
 * them itself, it asks the page through the kernel protocol).
 */
export interface FileAccess {
  /** The bytes of a files-area file (or of an opened folder's file) by name; rejects with a message naming the file when there is none. */
  read(name: string): Promise<Blob>;
  /** Stores bytes as a files-area file under `name`, replacing one of that name; the file list shows it at once. */
  write(name: string, data: Blob): Promise<void>;
}

let access: FileAccess | undefined;

/** Called once by the kernel runtime at start with the page-backed implementation. */
export function setFileAccess(next: FileAccess): void {
  access = next;
}

/** The files area as seen from the worker; throws a clear error where none was set (a worker without a page). */
export function fileAccess(): FileAccess {
  if (!access) throw new Error('The files area is not available in this kernel.');
  return access;
}
