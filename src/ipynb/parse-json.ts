/** Text or bytes of a file to a parsed JSON value, with readable errors. */
import { NotebookFormatError } from './errors.ts';

/** What `fromIpynb` accepts: the file's text, or its bytes (UTF-8). */
export type IpynbInput = string | Uint8Array | ArrayBuffer;

function decode(input: IpynbInput): string {
  if (typeof input === 'string') return input.startsWith('\uFEFF') ? input.slice(1) : input;
  try {
    // The decoder drops a UTF-8 byte order mark by itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new NotebookFormatError('', 'not a text file (invalid UTF-8)');
  }
}

/** The JSON value in `input`; a NotebookFormatError when it is empty, not UTF-8 or not JSON. */
export function parseJson(input: IpynbInput): unknown {
  const text = decode(input);
  if (text.trim() === '') throw new NotebookFormatError('', 'the file is empty');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new NotebookFormatError('', `not valid JSON (${reason})`);
  }
}
