/** One nbformat 4 cell read into the model (its id is checked later, against the whole notebook). */
import type { Attachments, Cell, JsonObject } from '../model/types.ts';
import { NotebookFormatError } from './errors.ts';
import { childPath, describeJson, expectArray, expectObject, own, unknownFields } from './json-shape.ts';
import { joinLines } from './lines.ts';
import { readBundle } from './mime-bundle.ts';
import { readCount, readOutput } from './read-output.ts';
import { cellMetadataToKeep } from './transient.ts';

const CODE_FIELDS: ReadonlySet<string> = new Set(['id', 'cell_type', 'source', 'metadata', 'outputs', 'execution_count']);
const TEXT_FIELDS: ReadonlySet<string> = new Set(['id', 'cell_type', 'source', 'metadata', 'attachments']);

function readAttachments(value: unknown, path: string): Attachments {
  const attachments = expectObject(value, path);
  return Object.fromEntries(Object.entries(attachments).map(([name, bundle]) => [name, readBundle(bundle, childPath(path, name))]));
}

/** The cell at `path` with `id` as its id; throws NotebookFormatError for what cannot be a cell. */
export function readCell(value: unknown, path: string, id: string, notices: string[]): Cell {
  const raw = expectObject(value, path);
  const type = own(raw, 'cell_type');
  if (type === undefined) throw new NotebookFormatError(path, 'missing cell_type');
  let source = '';
  const rawSource = own(raw, 'source');
  if (rawSource === undefined) notices.push(`${path}: missing source, read as empty`);
  else source = joinLines(rawSource, childPath(path, 'source'));
  const metadata = cellMetadataToKeep(expectObject(own(raw, 'metadata') ?? {}, childPath(path, 'metadata')));
  switch (type) {
    case 'code': {
      const outputs = expectArray(own(raw, 'outputs') ?? [], childPath(path, 'outputs')).map((output, i) =>
        readOutput(output, childPath(childPath(path, 'outputs'), i), notices),
      );
      const execution_count = readCount(own(raw, 'execution_count'), childPath(path, 'execution_count'));
      return withExtra({ id, cell_type: 'code', source, metadata, outputs, execution_count }, unknownFields(raw, CODE_FIELDS));
    }
    case 'markdown':
    case 'raw': {
      const rawAttachments = own(raw, 'attachments');
      const attachments = rawAttachments === undefined ? {} : { attachments: readAttachments(rawAttachments, childPath(path, 'attachments')) };
      return withExtra({ id, cell_type: type === 'markdown' ? 'markdown' : 'raw', source, metadata, ...attachments }, unknownFields(raw, TEXT_FIELDS));
    }
    default:
      throw new NotebookFormatError(childPath(path, 'cell_type'), `unknown cell type ${typeof type === 'string' ? `"${type}"` : describeJson(type)}`);
  }
}

function withExtra(cell: Cell, extra: JsonObject | undefined): Cell {
  return extra ? { ...cell, extra } : cell;
}
