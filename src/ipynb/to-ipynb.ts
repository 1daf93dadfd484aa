/** Writing the model as nbformat 4.5 JSON, the way Jupyter writes it. */
import { assertNever } from '../model/assert-never.ts';
import { cellsOf } from '../model/queries.ts';
import type { Attachments, Cell, JsonObject, Notebook, Output } from '../model/types.ts';
import { splitLines, type Multiline } from './lines.ts';
import { writeBundle } from './mime-bundle.ts';
import { cellMetadataToKeep, notebookMetadataToKeep } from './transient.ts';

/** An nbformat 4.5 notebook as a JSON value, ready for JSON serialisation or storage. */
export interface IpynbNotebook {
  readonly nbformat: 4;
  readonly nbformat_minor: 5;
  readonly metadata: JsonObject;
  readonly cells: readonly JsonObject[];
  readonly [key: string]: unknown;
}

const keepWhole: Multiline = (text) => text;

function writeOutput(output: Output, multiline: Multiline): JsonObject {
  // `transient` (the display id) belongs to the live session; nbformat forbids it in files.
  const { transient: _transient, ...kept } = output;
  switch (kept.output_type) {
    case 'stream':
      return typeof kept['text'] === 'string' ? { ...kept, text: multiline(kept['text']) } : kept;
    case 'display_data':
    case 'execute_result': {
      const data = kept['data'];
      return typeof data === 'object' && data !== null && !Array.isArray(data) ? { ...kept, data: writeBundle(data, multiline) } : kept;
    }
    default:
      return kept;
  }
}

function writeAttachments(attachments: Attachments | undefined, multiline: Multiline): JsonObject {
  if (attachments === undefined) return {};
  const entries = Object.entries(attachments).flatMap(([name, bundle]) => (bundle ? [[name, writeBundle(bundle, multiline)]] : []));
  return { attachments: Object.fromEntries(entries) };
}

function writeCell(cell: Cell, multiline: Multiline): JsonObject {
  const common = { ...cell.extra, id: cell.id, cell_type: cell.cell_type, metadata: cellMetadataToKeep(cell.metadata), source: multiline(cell.source) };
  switch (cell.cell_type) {
    case 'code':
      return { ...common, execution_count: cell.execution_count, outputs: cell.outputs.map((output) => writeOutput(output, multiline)) };
    case 'markdown':
    case 'raw':
      return { ...common, ...writeAttachments(cell.attachments, multiline) };
    default:
      return assertNever(cell);
  }
}

function writeNotebook(nb: Notebook, multiline: Multiline): IpynbNotebook {
  const cells = cellsOf(nb).map((cell) => writeCell(cell, multiline));
  return { ...nb.extra, nbformat: 4, nbformat_minor: 5, metadata: notebookMetadataToKeep(nb.metadata), cells };
}

/** The notebook as an nbformat 4.5 JSON value (display ids and transient metadata left out, unknown fields kept). */
export function toIpynb(nb: Notebook): IpynbNotebook {
  return writeNotebook(nb, splitLines);
}

/**
 * Like `toIpynb`, with every multi-line string kept whole instead of split into lines, which
 * nbformat 4.5 equally allows. For storage: a 10 MB notebook of logs is hundreds of thousands
 * of lines, and building, storing and reading back that many strings is what made saves slow.
 */
export function toStoredIpynb(nb: Notebook): IpynbNotebook {
  return writeNotebook(nb, keepWhole);
}
