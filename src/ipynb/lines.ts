/** nbformat's multi-line strings: joined on the way in, split into lines on the way out. */
import { NotebookFormatError } from './errors.ts';
import { childPath, describeJson } from './json-shape.ts';

/** A multi-line string (a string or a list of strings) as one string; otherwise an error at `path`. */
export function joinLines(value: unknown, path: string): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) throw new NotebookFormatError(path, `expected a string or a list of strings, found ${describeJson(value)}`);
  value.forEach((line: unknown, i) => {
    if (typeof line !== 'string') throw new NotebookFormatError(childPath(path, i), `expected a string, found ${describeJson(line)}`);
  });
  return (value as string[]).join('');
}

/** How a multi-line string is written: as a list of lines (files, `splitLines`), or whole (storage). */
export type Multiline = (text: string) => string | string[];

// Python's str.splitlines(keepends=True), which nbformat uses: these are all line boundaries.
const LINE = /[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]|$)/g;

/** `text` split into lines that keep their line ends, exactly as nbformat writes it ("" gives []). */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  LINE.lastIndex = 0;
  while (LINE.lastIndex < text.length) {
    const match = LINE.exec(text);
    if (match === null) break;
    lines.push(match[0]);
  }
  return lines;
}
