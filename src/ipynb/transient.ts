/**
 * Metadata nbformat calls transient and strips on both read and write (its `strip_transient`):
 * conversion bookkeeping, the old signature, and the per-cell trust flag (a file must not be
 * able to declare itself trusted).
 */
import type { JsonObject } from '../model/types.ts';

const NOTEBOOK_TRANSIENT = ['orig_nbformat', 'orig_nbformat_minor', 'signature'];
const CELL_TRANSIENT = ['trusted'];

function without(metadata: JsonObject, keys: readonly string[]): JsonObject {
  if (!keys.some((key) => Object.hasOwn(metadata, key))) return metadata;
  return Object.fromEntries(Object.entries(metadata).filter(([key]) => !keys.includes(key)));
}

/** Notebook metadata without orig_nbformat, orig_nbformat_minor and signature. */
export function notebookMetadataToKeep(metadata: JsonObject): JsonObject {
  return without(metadata, NOTEBOOK_TRANSIENT);
}

/** Cell metadata without `trusted`. */
export function cellMetadataToKeep(metadata: JsonObject): JsonObject {
  return without(metadata, CELL_TRANSIENT);
}
