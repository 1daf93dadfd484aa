/**
 * Turns a cell's TypeScript into the body of an async function: sucrase strips the types
 * (keeping lines), `rewriteCell` persists declarations; positions map back through both
 * source maps, which are built only when an error needs them.
 */
import { transform, type Options } from 'sucrase';
import remapping, { type SourceMapInput } from '@jridgewell/remapping';
import { TraceMap, traceSegment } from '@jridgewell/trace-mapping';
import { rewriteCell, RewriteSyntaxError, type RewrittenCell } from './rewrite.ts';

/** A 1-based line and column in the user's cell. */
export interface Position {
  line: number;
  column: number;
}

/** A syntax error located where the user wrote it. */
export class CellSyntaxError extends SyntaxError {
  constructor(
    readonly reason: string,
    readonly position: Position,
  ) {
    super(`${reason} (line ${position.line}, column ${position.column})`);
    this.name = 'SyntaxError';
  }
}

/** A compiled cell, ready to evaluate. */
export interface CompiledCell {
  /** The user's source, for quoting lines in tracebacks. */
  source: string;
  /** Body of `async function (__quire) { … }`. */
  body: string;
  /** Whether `body` returns the last expression's value as `[value]`. */
  hasResult: boolean;
  /** Maps a 1-based line/column of `body` to the user's source, or null when unmapped. */
  originalPosition(line: number, column: number): Position | null;
}

const SUCRASE: Options = { transforms: ['typescript'], disableESTransforms: true, keepUnusedImports: true };
const JS_FILE = 'cell.js';
const TS_FILE = 'cell.ts';

const BRACED = /^\s*\{[\s\S]*\}\s*$/;

/** Compiles a cell; throws `CellSyntaxError` with the user's line and column. */
export function compileCell(source: string, options: { instrument: boolean }): CompiledCell {
  // As in Node's REPL, `{ a: 1 }` alone is an object, not a block (columns on line 1 shift by one).
  if (BRACED.test(source)) {
    try {
      const wrapped = compileSource(`(${source})`, options);
      if (wrapped.hasResult) return { ...wrapped, source };
    } catch {
      // Not an object literal: compile it as statements below.
    }
  }
  return compileSource(source, options);
}

function compileSource(source: string, options: { instrument: boolean }): CompiledCell {
  const js = stripTypes(source);
  let rewritten: RewrittenCell;
  try {
    rewritten = rewriteCell(js, options);
  } catch (error) {
    if (!(error instanceof RewriteSyntaxError)) throw error;
    const at = lineColumn(js, error.offset);
    const position = trace(new TraceMap(typeMap(source) as TraceInput), at) ?? at;
    throw new CellSyntaxError(error.message, position);
  }
  let tracer: TraceMap | null = null;
  return {
    source,
    body: rewritten.body,
    hasResult: rewritten.hasResult,
    originalPosition(line, column) {
      tracer ??= buildTracer(source, rewritten);
      return trace(tracer, { line, column });
    },
  };
}

function stripTypes(source: string): string {
  try {
    return transform(source, SUCRASE).code;
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    if (error instanceof SyntaxError && loc) {
      throw new CellSyntaxError(error.message.replace(/ \(\d+:\d+\)$/, ''), { line: loc.line, column: loc.column });
    }
    throw error;
  }
}

function typeMap(source: string): unknown {
  return transform(source, { ...SUCRASE, filePath: TS_FILE, sourceMapOptions: { compiledFilename: JS_FILE } }).sourceMap;
}

function buildTracer(source: string, rewritten: RewrittenCell): TraceMap {
  const edits = rewritten.edits.generateMap({ hires: true, source: JS_FILE, includeContent: false });
  const combined = remapping(edits as unknown as SourceMapInput, (file) =>
    file === JS_FILE ? (typeMap(source) as SourceMapInput) : null,
  );
  return new TraceMap(combined as unknown as TraceInput);
}

type TraceInput = ConstructorParameters<typeof TraceMap>[0];

/** Maps a position through `map`, keeping the offset from the start of the mapped segment. */
function trace(map: TraceMap, at: Position): Position | null {
  const segment = traceSegment(map, at.line - 1, Math.max(0, at.column - 1));
  if (!segment || segment.length < 4) return null;
  const [generatedColumn, , line, column] = segment as [number, number, number, number];
  return { line: line + 1, column: column + (at.column - 1 - generatedColumn) + 1 };
}

/** 1-based line and column of an offset. */
function lineColumn(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
