/**
 * A mounted local folder through the File System Access API (Chromium): pick a folder, list its
 * notebooks, read and write them in place, and re-check permission after a reload.
 */
import { isQuotaError, NotFoundError, StorageError } from './errors.ts';

/** The access a folder is asked for. */
export type PermissionMode = 'read' | 'readwrite';

/** A writable file stream; writes land in a swap file and replace the file only on `close`. */
export interface FolderWritable {
  write(data: string): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}

/** The parts of FileSystemFileHandle used here. */
export interface FolderFileHandle {
  readonly kind: 'file';
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<FolderWritable>;
}

/** The parts of FileSystemDirectoryHandle used here (lib.dom lacks `values()` and the permission methods). */
export interface FolderHandle {
  readonly kind: 'directory';
  readonly name: string;
  values(): AsyncIterable<FolderFileHandle | { readonly kind: 'directory'; readonly name: string }>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FolderFileHandle>;
  queryPermission?(descriptor: { mode: PermissionMode }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: PermissionMode }): Promise<PermissionState>;
}

/** A notebook file in the folder. */
export interface FolderEntry {
  name: string;
  size: number;
  modified: number;
}

type DirectoryPicker = (options?: { id?: string; mode?: PermissionMode }) => Promise<FolderHandle>;

/** Why "Open folder…" is hidden where it is unsupported. */
export const FOLDER_MOUNT_UNSUPPORTED =
  'Opening a local folder needs the File System Access API, which Chrome, Edge and Opera have on the desktop (over HTTPS or on localhost). Use Upload and Download here.';

/** Whether this browser can mount a local folder. */
export function isFolderMountSupported(): boolean {
  return typeof directoryPicker() === 'function';
}

/** Asks the user for a folder (call from a click); null when they cancel. */
export async function pickFolder(): Promise<FolderHandle | null> {
  const pick = directoryPicker();
  if (!pick) throw new StorageError(FOLDER_MOUNT_UNSUPPORTED);
  try {
    return await pick({ id: 'quire-folder', mode: 'readwrite' });
  } catch (error) {
    if (errorName(error) === 'AbortError') return null;
    throw folderError(error, 'open the folder', 'The folder');
  }
}

/**
 * Whether Quire may use the folder in `mode`, asking the user if needed. Permission does not
 * survive a reload, and asking needs a user gesture: call it from the click that opens a file.
 */
export async function ensurePermission(handle: FolderHandle, mode: PermissionMode = 'readwrite'): Promise<boolean> {
  if (!handle.queryPermission) return true;
  if ((await handle.queryPermission({ mode })) === 'granted') return true;
  if (!handle.requestPermission) return false;
  return (await handle.requestPermission({ mode })) === 'granted';
}

/** The folder's `.ipynb` files (not its subfolders), by name. */
export async function listIpynb(handle: FolderHandle): Promise<FolderEntry[]> {
  const entries: FolderEntry[] = [];
  try {
    for await (const entry of handle.values()) {
      if (entry.kind !== 'file' || !entry.name.toLowerCase().endsWith('.ipynb')) continue;
      const file = await entry.getFile();
      entries.push({ name: entry.name, size: file.size, modified: file.lastModified });
    }
  } catch (error) {
    throw folderError(error, `list the folder "${handle.name}"`, `The folder "${handle.name}"`);
  }
  // Names natural order calls equal ("a1", "a01") fall back to code points, so the list does not depend on the folder's order.
  return entries.sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The text of one file in the folder. */
export async function readFile(handle: FolderHandle, name: string): Promise<string> {
  try {
    const file = await (await handle.getFileHandle(checkedName(name))).getFile();
    return await file.text();
  } catch (error) {
    throw folderError(error, `read "${name}"`, `"${name}"`);
  }
}

/** Writes a file in the folder, creating it if needed; on failure the old file is left as it was. */
export async function writeFile(handle: FolderHandle, name: string, text: string): Promise<void> {
  let writable: FolderWritable | null = null;
  try {
    writable = await (await handle.getFileHandle(checkedName(name), { create: true })).createWritable();
    await writable.write(text);
    await writable.close();
  } catch (error) {
    await writable?.abort(error).catch(() => undefined);
    throw folderError(error, `write "${name}"`, `The folder for "${name}"`);
  }
}

function directoryPicker(): DirectoryPicker | undefined {
  return (globalThis as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
}

function checkedName(name: string): string {
  if (name === '' || /[/\\]/u.test(name)) throw new StorageError(`"${name}" is not a file name in this folder`);
  return name;
}

/** A message about the folder (not browser storage) for what the File System Access API threw. */
function folderError(error: unknown, action: string, subject: string): Error {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return new StorageError(`The disk is full — could not ${action}`, { cause: error });
  switch (errorName(error)) {
    case 'NotFoundError':
      return new NotFoundError(subject, 'it was moved or deleted outside Quire');
    case 'NotAllowedError':
    case 'SecurityError':
      return new StorageError(`Quire may no longer use this folder (could not ${action}) — open the folder again to allow it`, { cause: error });
    default:
      return new StorageError(`Could not ${action}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function errorName(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
}
