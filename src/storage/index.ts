/** The storage layer's public surface: the only module outside src/storage that others import. */
export { openStorage, deleteStorage, DEFAULT_DATABASE, type OpenStorageOptions } from './notebook-storage.ts';
export { newId } from './ids.ts';
export { estimateJsonSize } from './content-size.ts';
export type { HintStore } from './visit-hint.ts';
export { StorageFullError, ConflictError, NotFoundError, InvalidNameError, StorageError } from './errors.ts';
export { KEEP_CHECKPOINTS } from './checkpoints.ts';
export { MAX_NAME_LENGTH } from './names.ts';
export { FILE_CHUNK_BYTES } from './file-storage.ts';
export { fileMimeType } from './file-types.ts';
export { CHANNEL_NAME } from './change-channel.ts';
export type * from './types.ts';
export {
  isFolderMountSupported,
  pickFolder,
  ensurePermission,
  listIpynb,
  readFile,
  writeFile,
  FOLDER_MOUNT_UNSUPPORTED,
  type FolderHandle,
  type FolderFileHandle,
  type FolderWritable,
  type FolderEntry,
  type PermissionMode,
} from './folder.ts';
