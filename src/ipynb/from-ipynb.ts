/** Reading a .ipynb file: nbformat 4.0–4.5 and 3, upgraded to the 4.5 model as Jupyter does. */
import type { Notebook } from '../model/types.ts';
import { NotebookFormatError } from './errors.ts';
import { describeJson, expectArray, isJsonObject, own } from './json-shape.ts';
import { parseJson, type IpynbInput } from './parse-json.ts';
import { readNotebook, type RawNotebook } from './read-notebook.ts';
import { upgradeV3 } from './upgrade-v3.ts';

/** A notebook read from a file, with what was repaired or upgraded on the way, for the user. */
export interface ImportResult {
  notebook: Notebook;
  notices: string[];
}

function integerField(root: Readonly<Record<string, unknown>>, key: string): number | undefined {
  const value = own(root, key);
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  throw new NotebookFormatError(key, `expected an integer, found ${describeJson(value)}`);
}

function rawV4(root: Readonly<Record<string, unknown>>, minor: number, notices: string[]): RawNotebook {
  const value = own(root, 'cells');
  if (value === undefined) throw new NotebookFormatError('cells', 'missing');
  const cells = expectArray(value, 'cells');
  if (minor > 5) notices.push(`Written as nbformat 4.${minor}, newer than 4.5: read as 4.5`);
  else if (minor < 5) notices.push(`Upgraded from nbformat 4.${minor} to 4.5`);
  return { root, cells, cellPaths: cells.map((_, i) => `cells[${i}]`), idsOptional: minor < 5 };
}

/**
 * Reads a notebook from the text or bytes of a .ipynb file. Throws NotebookFormatError, whose
 * message names what is wrong and where, for anything that cannot be a notebook; repairs what
 * nbformat would repair (duplicate or invalid cell ids) and reports it in `notices`.
 */
export function fromIpynb(input: IpynbInput): ImportResult {
  return fromIpynbJson(parseJson(input));
}

/** Like `fromIpynb`, for a notebook already parsed (e.g. the JSON value `toIpynb` gave to storage). */
export function fromIpynbJson(root: unknown): ImportResult {
  if (!isJsonObject(root)) throw new NotebookFormatError('', `not a notebook: the file holds ${describeJson(root)}, not a JSON object`);
  const major = integerField(root, 'nbformat');
  if (major === undefined) throw new NotebookFormatError('nbformat', 'missing (not a Jupyter notebook?)');
  const notices: string[] = [];
  let raw: RawNotebook;
  if (major === 4) {
    raw = rawV4(root, integerField(root, 'nbformat_minor') ?? 0, notices);
  } else if (major === 3) {
    raw = { ...upgradeV3(root, notices), idsOptional: true };
    notices.push('Upgraded from nbformat 3 to 4.5');
  } else {
    throw new NotebookFormatError('nbformat', `version ${major} is not supported (Quire reads nbformat 3 and 4)`);
  }
  return { notebook: readNotebook(raw, notices), notices };
}
