/** The IndexedDB schema, one typed `DBSchema` per version; `migrations.ts` moves data between them. */
import type { DBSchema } from 'idb';
import type { Checkpoint, NotebookContent, NotebookSummary } from './types.ts';

/** The current schema version. */
export const SCHEMA_VERSION = 2;

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

/**
 * Version 2: summaries apart from contents (so listing reads no content), the search text apart
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
}
