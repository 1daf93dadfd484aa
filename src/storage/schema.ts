/** The IndexedDB schema, one typed `DBSchema` per version; `migrations.ts` moves data between them. */
import type { DBSchema } from 'idb';
import type { Checkpoint, FileSummary, NotebookContent, NotebookSummary } from './types.ts';

/** The current schema version. */
export const SCHEMA_VERSION = 3;

/** Version 1, the naive first design: one store holding each notebook with its content. */
export interface QuireDBv1 extends DBSchema {
  notebooks: {
    key: string;
    value: { id: string; name: string; content: NotebookContent; created: number; modified: number };
  };
}

/** A summary as stored: `nameKey` (lowercased name) makes names unique through an index. */
export interface SummaryRecord extends NotebookSummary {
  nameKey: string;
}

/** A files-area file as stored: its chunk count, and `trashed` (when removed, its `nameKey` freed) until the trash is emptied. */
export interface FileRecord extends FileSummary {
  nameKey: string;
  chunks: number;
  trashed?: number;
}

/** Version 2 as it was before the files area (the migration test writes it raw). */
export type QuireDBv2 = Omit<QuireDB, 'files' | 'fileChunks'>;

/**
 * Version 3 adds the files area (`files`, `fileChunks`) to version 2: summaries apart from contents (so listing reads no content), the search text apart
 * from both, checkpoints (metadata apart from content), and settings.
 */
export interface QuireDB extends DBSchema {
  summaries: {
    key: string;
    value: SummaryRecord;
    indexes: { 'by-modified': number; 'by-name': string; 'by-name-key': string };
  };
  /** Content keyed by notebook id (out-of-line key: the value is the nbformat object untouched). */
  contents: { key: string; value: NotebookContent };
  /** Lowercased cell sources keyed by notebook id, for search. */
  texts: { key: string; value: string };
  checkpoints: {
    key: string;
    value: Checkpoint;
    indexes: { 'by-notebook': string };
  };
  /** Checkpoint content keyed by checkpoint id, apart so listing checkpoints reads none. */
  checkpointContents: { key: string; value: NotebookContent };
  settings: { key: string; value: unknown };
  /** Files-area files without their bytes. */
  files: {
    key: string;
    value: FileRecord;
    indexes: { 'by-name-key': string };
  };
  /** Each file's bytes as Blobs of at most FILE_CHUNK_BYTES, keyed [file id, chunk index]. */
  fileChunks: { key: [string, number]; value: Blob };
}
