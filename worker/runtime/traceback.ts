/** nbformat `error` outputs whose tracebacks point at the user's cells, not the rewritten code. */
import type { IError } from '@jupyterlab/nbformat';
import type { CellSyntaxError, CompiledCell, Position } from './compile.ts';
import { inspect } from './inspect.ts';
import { HELPER } from './helper.ts';

/** Lines `wrapCell` puts before the cell body. */
const WRAPPER_LINES = 1;

/** The source to evaluate for cell number `seq`: an async function named by `//# sourceURL`. */
export function wrapCell(body: string, seq: number): string {
  return `(async function (${HELPER}) {\n${body}\n})\n//# sourceURL=quire-cell-${seq}.js`;
}

/** A cell that has been run: its In [n] and compiled code. */
export interface RanCell {
  executionCount: number;
  compiled: CompiledCell;
}

const FRAME = /quire-cell-(\d+)\.js:(\d+):(\d+)/;

interface MappedFrame {
  text: string;
  cell: RanCell | null;
  position: Position | null;
}

function mapFrame(line: string, lookup: (seq: number) => RanCell | undefined): MappedFrame {
  const match = FRAME.exec(line);
  if (!match) return { text: line, cell: null, position: null };
  const cell = lookup(Number(match[1]));
  if (!cell) return { text: line, cell: null, position: null };
  const position = cell.compiled.originalPosition(Number(match[2]) - WRAPPER_LINES, Number(match[3]));
  const where = position ? `In [${cell.executionCount}]:${position.line}:${position.column}` : `In [${cell.executionCount}]`;
  const text = line
    .replace(/\(?[^\s(]*quire-cell-\d+\.js:\d+:\d+\)?/, `(${where})`)
    .replace(/\bat (?:async )?(?:Object\.)?eval \((In \[[^)]*)\)/, 'at $1');
  return { text, cell, position };
}

/** The source line with a caret under `column`, IPython style. */
function pointer(source: string, position: Position): string[] {
  const line = source.split('\n')[position.line - 1];
  if (line === undefined) return [];
  const label = `${position.line} | `;
  return [`${label}${line}`, `${' '.repeat(label.length - 2)}| ${' '.repeat(Math.max(0, position.column - 1))}^`];
}

/** The error output for a value thrown while running cells. */
export function errorOutput(error: unknown, lookup: (seq: number) => RanCell | undefined): IError {
  if (!(error instanceof Error)) {
    const evalue = inspect(error);
    return { output_type: 'error', ename: 'Uncaught', evalue, traceback: [`Uncaught ${evalue}`] };
  }
  const ename = error.name || 'Error';
  const evalue = error.message;
  const stack = typeof error.stack === 'string' ? error.stack.split('\n') : [];
  const frames = stack.filter((line) => /^\s*at |@/.test(line)).map((line) => mapFrame(line, lookup));
  const lastCell = frames.map((f) => f.cell !== null).lastIndexOf(true);
  const kept = lastCell >= 0 ? frames.slice(0, lastCell + 1) : frames;
  const first = kept.find((f) => f.cell !== null && f.position !== null);
  const context = first?.cell && first.position ? ['', `In [${first.cell.executionCount}], line ${first.position.line}:`, ...pointer(first.cell.compiled.source, first.position)] : [];
  const head = evalue ? `${ename}: ${evalue}` : ename;
  return { output_type: 'error', ename, evalue, traceback: [head, ...kept.map((f) => f.text.replace(/^\s*/, '    ')), ...context] };
}

/** The error output for a cell that does not parse: names the line and column as written. */
export function syntaxErrorOutput(error: CellSyntaxError, source: string): IError {
  const { line, column } = error.position;
  return {
    output_type: 'error',
    ename: 'SyntaxError',
    evalue: error.message,
    traceback: [`SyntaxError: ${error.reason}`, `    at line ${line}, column ${column}`, '', ...pointer(source, error.position)],
  };
}
