/**
 * The pure text side of `sql`: turning a tagged template into a statement with `?` parameters,
 * and finding the quoted names (files, URLs) a statement reads so they can be registered first.
 */

/** A statement ready for DuckDB: text with `?` placeholders, the bound values, and what to register first. */
export interface SqlStatement {
  text: string;
  params: unknown[];
  /** Interpolated tables: the placeholder name in `text` → the value (a DataFrame or anything with toArrow). */
  tables: Map<string, unknown>;
  /** Interpolated Blobs and Files: the quoted file name in `text` → the bytes. */
  files: Map<string, Blob>;
}

/** True for values that are registered as a table instead of bound as a parameter. */
export type IsTable = (value: unknown) => boolean;

// DuckDB picks its reader by the file name's extension, so a Blob's name needs one.
const EXTENSIONS: Record<string, string> = {
  'text/csv': '.csv',
  'text/tab-separated-values': '.tsv',
  'application/json': '.json',
  'application/x-ndjson': '.ndjson',
  'application/vnd.apache.parquet': '.parquet',
};

function blobName(blob: Blob, n: number): string {
  const fromName = typeof File === 'function' && blob instanceof File ? /\.[A-Za-z0-9]+$/.exec(blob.name)?.[0] : undefined;
  return `__quire_blob_${n}${fromName ?? EXTENSIONS[blob.type.split(';')[0] ?? ''] ?? '.csv'}`;
}

/**
 * Builds a statement from a tagged template: each interpolated value becomes a `?` parameter
 * (never spliced as text), except tables (DataFrames), which become a generated table name, and
 * Blobs/Files, which become a generated file name (with the File's extension, or one from the type).
 */
export function buildStatement(strings: readonly string[], values: readonly unknown[], isTable: IsTable): SqlStatement {
  const params: unknown[] = [];
  const tables = new Map<string, unknown>();
  const files = new Map<string, Blob>();
  let text = strings[0] ?? '';
  values.forEach((value, i) => {
    if (isTable(value)) {
      const name = `__quire_frame_${tables.size}`;
      tables.set(name, value);
      text += `"${name}"`;
    } else if (typeof Blob === 'function' && value instanceof Blob) {
      const name = blobName(value, files.size);
      files.set(name, value);
      text += `'${name}'`;
    } else {
      params.push(value);
      text += '?';
    }
    text += strings[i + 1] ?? '';
  });
  return { text, params, tables, files };
}

/** A single-quoted string literal of a statement: its unquoted value and where it stands. */
export interface QuotedName {
  value: string;
  /** Offset of the opening quote. */
  start: number;
  /** Offset just past the closing quote. */
  end: number;
}

/**
 * The single-quoted literals of `text` (with `''` as an escaped quote), skipping `--` and
 * `/* *\/` comments, double-quoted identifiers and dollar-free text; an unterminated literal ends the scan.
 */
export function quotedNames(text: string): QuotedName[] {
  const found: QuotedName[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '-' && text[i + 1] === '-') {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? text.length : eol + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else if (c === '"') {
      const close = text.indexOf('"', i + 1);
      i = close < 0 ? text.length : close + 1;
    } else if (c === "'") {
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= text.length) return found;
        if (text[j] === "'") {
          if (text[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += text[j];
        j += 1;
      }
      found.push({ value, start: i, end: j + 1 });
      i = j + 1;
    } else {
      i += 1;
    }
  }
  return found;
}

/** What a quoted name refers to, judged by its form: a remote URL, or a name that may be a file of the files area. */
export function nameKind(value: string): 'url' | 'file' | 'other' {
  if (/^https?:\/\//i.test(value)) return 'url';
  // A files-area name: no spaces-only, no SQL wildcard patterns, has an extension.
  if (/^[^*?\n]+\.[A-Za-z0-9]+$/.test(value)) return 'file';
  return 'other';
}

/** True when a name (file or URL path) is a Parquet file, which DuckDB-WASM cannot read here without its extension. */
export function isParquet(value: string): boolean {
  return /\.parquet$/i.test(value.replace(/[?#].*$/, ''));
}

/** Replaces the literals at `spans` with the given replacement texts (spans in ascending order, non-overlapping). */
export function replaceSpans(text: string, spans: ReadonlyArray<{ start: number; end: number; replacement: string }>): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + span.replacement;
    at = span.end;
  }
  return out + text.slice(at);
}
