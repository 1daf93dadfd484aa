/**
 * nbformat 3 to the nbformat 4 shape, step by step as nbformat's `v4.convert.upgrade` does:
 * worksheets flattened, `input`/`prompt_number` renamed, heading cells become markdown "# …",
 * `pyout`/`pyerr` become execute_result/error, short MIME keys become MIME types, the per-cell
 * `language` and the notebook's `name` are dropped. (nbformat records `orig_nbformat` here, but
 * strips it again, with the signature, as transient metadata: see transient.ts.)
 */
import type { JsonObject } from '../model/types.ts';
import { NotebookFormatError } from './errors.ts';
import { childPath, describeJson, expectArray, expectObject, own } from './json-shape.ts';
import { joinLines, splitLines } from './lines.ts';

/** A v4-shaped notebook made from a v3 one, with the v3 path of each of its cells for messages. */
export interface UpgradedV3 {
  root: JsonObject;
  cells: readonly unknown[];
  cellPaths: readonly string[];
}

const SHORT_MIME: Readonly<Record<string, string>> = {
  text: 'text/plain',
  html: 'text/html',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpeg: 'image/jpeg',
  latex: 'text/latex',
  json: 'application/json',
  javascript: 'application/javascript',
};

function toMimeKeys(bundle: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(bundle).map(([key, value]) => [Object.hasOwn(SHORT_MIME, key) ? SHORT_MIME[key] : key, value]));
}

function without(object: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}

function upgradeBundle(output: JsonObject, path: string, notices: string[]): JsonObject {
  const data = toMimeKeys(without(output, ['output_type', 'prompt_number', 'execution_count', 'metadata']));
  const json = own(data, 'application/json');
  if (typeof json !== 'string' && !Array.isArray(json)) return data;
  const jsonPath = childPath(path, 'json');
  try {
    return { ...data, 'application/json': JSON.parse(joinLines(json, jsonPath)) as unknown };
  } catch (error) {
    if (error instanceof NotebookFormatError) throw error;
    notices.push(`${jsonPath}: not valid JSON, kept as text`);
    return data;
  }
}

function upgradeOutput(value: unknown, path: string, notices: string[]): JsonObject {
  const output = expectObject(value, path);
  const type = own(output, 'output_type');
  switch (type) {
    case 'pyout':
    case 'display_data': {
      const metadata = toMimeKeys(expectObject(own(output, 'metadata') ?? {}, childPath(path, 'metadata')));
      const data = upgradeBundle(output, path, notices);
      if (type === 'display_data') return { output_type: 'display_data', data, metadata };
      return { output_type: 'execute_result', execution_count: own(output, 'prompt_number') ?? null, data, metadata };
    }
    case 'pyerr':
      return { ...output, output_type: 'error' };
    case 'stream':
      return { ...without(output, ['stream']), name: own(output, 'stream') ?? 'stdout' };
    default:
      return output;
  }
}

function upgradeCell(value: unknown, path: string, notices: string[]): JsonObject {
  const cell = expectObject(value, path);
  const metadata = expectObject(own(cell, 'metadata') ?? {}, childPath(path, 'metadata'));
  switch (own(cell, 'cell_type')) {
    case 'code': {
      const collapsed = own(cell, 'collapsed');
      const outputsPath = childPath(path, 'outputs');
      const outputs = expectArray(own(cell, 'outputs') ?? [], outputsPath).map((output, i) => upgradeOutput(output, childPath(outputsPath, i), notices));
      return {
        ...without(cell, ['language', 'collapsed', 'input', 'prompt_number']),
        metadata: collapsed === undefined ? metadata : { ...metadata, collapsed },
        source: joinLines(own(cell, 'input') ?? '', childPath(path, 'input')),
        execution_count: own(cell, 'prompt_number') ?? null,
        outputs,
      };
    }
    case 'heading': {
      const level = own(cell, 'level') ?? 1;
      if (typeof level !== 'number' || !Number.isInteger(level) || level < 1) {
        throw new NotebookFormatError(childPath(path, 'level'), `expected a heading level, found ${describeJson(level)}`);
      }
      const text = splitLines(joinLines(own(cell, 'source') ?? '', childPath(path, 'source')))
        .map((line) => line.replace(/(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])$/, ''))
        .join(' ');
      return { ...without(cell, ['level']), cell_type: 'markdown', metadata, source: `${'#'.repeat(level)} ${text}` };
    }
    case 'html':
      return { ...cell, cell_type: 'markdown', metadata };
    default:
      return { ...cell, metadata };
  }
}

/** `root` (an nbformat 3 notebook) upgraded to the nbformat 4 shape. */
export function upgradeV3(root: JsonObject, notices: string[]): UpgradedV3 {
  const worksheets = expectArray(own(root, 'worksheets') ?? [], 'worksheets');
  const cells: unknown[] = [];
  const cellPaths: string[] = [];
  worksheets.forEach((worksheet, w) => {
    const wsPath = childPath('worksheets', w);
    const cellsPath = childPath(wsPath, 'cells');
    expectArray(own(expectObject(worksheet, wsPath), 'cells') ?? [], cellsPath).forEach((cell, i) => {
      cells.push(upgradeCell(cell, childPath(cellsPath, i), notices));
      cellPaths.push(childPath(cellsPath, i));
    });
  });
  if (worksheets.length > 1) notices.push(`${worksheets.length} worksheets flattened into one list of cells`);
  const metadata = without(expectObject(own(root, 'metadata') ?? {}, 'metadata'), ['name']);
  const upgraded: JsonObject = { ...without(root, ['worksheets', 'orig_nbformat', 'orig_nbformat_minor']), nbformat: 4, nbformat_minor: 0, metadata };
  return { root: upgraded, cells, cellPaths };
}
