/**
 * The notebook value: plain, immutable data that maps one-to-one onto nbformat 4.5.
 * Cells are kept as an order of ids plus a map by id (stable identity for the UI and the kernel).
 * Multi-line strings are joined into one string on the way in (ipynb/) and split on the way out.
 */
import type { IOutput, IMimeBundle, IAttachments, INotebookMetadata } from '@jupyterlab/nbformat';

export type { IOutput as Output, IMimeBundle as MimeBundle, IAttachments as Attachments };

/** A JSON object whose unknown fields must survive a round trip untouched. */
export type JsonObject = { readonly [key: string]: unknown };

/** The three cell kinds nbformat defines. */
export type CellType = 'code' | 'markdown' | 'raw';

interface CellBase {
  /** nbformat 4.5 cell id: 1–64 chars of [a-zA-Z0-9-_], unique in the notebook. */
  readonly id: string;
  /** The cell's text as one string (joined from nbformat's list of lines). */
  readonly source: string;
  /** Cell metadata, unknown keys kept verbatim. */
  readonly metadata: JsonObject;
  /** Top-level cell fields this version does not know, kept for the round trip. */
  readonly extra?: JsonObject;
}

/** A code cell with its outputs and execution count. */
export interface CodeCell extends CellBase {
  readonly cell_type: 'code';
  readonly outputs: readonly IOutput[];
  readonly execution_count: number | null;
}

/** A markdown cell; `attachments` holds images referenced as `attachment:name`. */
export interface MarkdownCell extends CellBase {
  readonly cell_type: 'markdown';
  readonly attachments?: IAttachments;
}

/** A raw cell, passed through untouched. */
export interface RawCell extends CellBase {
  readonly cell_type: 'raw';
  readonly attachments?: IAttachments;
}

/** Any cell. */
export type Cell = CodeCell | MarkdownCell | RawCell;

/** The whole notebook document. */
export interface Notebook {
  readonly nbformat: 4;
  readonly nbformat_minor: number;
  /** Notebook metadata (kernelspec, language_info, title, unknown keys kept verbatim). */
  readonly metadata: INotebookMetadata & JsonObject;
  /** Cell ids in display order. */
  readonly cellOrder: readonly string[];
  /** Cells by id. A Map, because cell ids from files may be `__proto__` or `constructor`. */
  readonly cells: ReadonlyMap<string, Cell>;
  /** Top-level notebook fields this version does not know, kept for the round trip. */
  readonly extra?: JsonObject;
}
