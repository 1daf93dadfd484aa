/**
 * Parquet for SQL: DuckDB-WASM cannot read Parquet here (its extension is fetched from DuckDB's
 * own server at run time, unreachable and offline), so the columns a statement names are read
 * with hyparquet — over HTTP range requests for a URL, so only the footer and those column chunks
 * travel — and handed to DuckDB as an Arrow table.
 */
import { asyncBufferFromUrl, parquetMetadataAsync, parquetReadObjects, parquetSchema, type AsyncBuffer } from 'hyparquet';
import { tableFromArrays, tableToIPC } from 'apache-arrow';

/** The identifiers of a statement outside its string literals, lower-cased (a superset of the columns it reads). */
export function statementWords(text: string): Set<string> {
  const words = new Set<string>();
  const bare = text.replace(/'(?:[^']|'')*'/g, ' ');
  for (const match of bare.matchAll(/"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_$]*)/g)) {
    words.add((match[1] ?? match[2] ?? '').replaceAll('""', '"').toLowerCase());
  }
  return words;
}

/** True when the statement selects every column (`*` other than inside `count(*)`). */
export function selectsAll(text: string): boolean {
  const bare = text.replace(/'(?:[^']|'')*'/g, ' ').replace(/count\s*\(\s*\*\s*\)/gi, ' ');
  return bare.includes('*');
}

/**
 * The columns of `available` that a statement needs: all of them for `*`, else those it names
 * (at least one, so a `count(*)` still sees every row).
 */
export function neededColumns(available: readonly string[], text: string): string[] {
  if (selectsAll(text)) return [...available];
  const words = statementWords(text);
  const named = available.filter((name) => words.has(name.toLowerCase()));
  return named.length > 0 ? named : available.slice(0, 1);
}

/** An AsyncBuffer over a Blob: each read slices the Blob, so a large file is never read whole. */
export function blobBuffer(blob: Blob): AsyncBuffer {
  return { byteLength: blob.size, slice: (start, end) => blob.slice(start, end).arrayBuffer() };
}

/** Opens a Parquet source: a URL through range requests, or a Blob. */
export async function parquetSource(source: string | Blob): Promise<AsyncBuffer> {
  return typeof source === 'string' ? asyncBufferFromUrl({ url: source }) : blobBuffer(source);
}

/** Reads the columns of a Parquet file that `statement` needs, as an Arrow IPC stream for DuckDB. */
export async function parquetAsArrow(file: AsyncBuffer, statement: string): Promise<Uint8Array> {
  const metadata = await parquetMetadataAsync(file);
  const available = parquetSchema(metadata).children.map((child) => child.element.name);
  const columns = neededColumns(available, statement);
  const rows = await parquetReadObjects({ file, metadata, columns });
  const arrays: Record<string, unknown[]> = {};
  for (const name of columns) arrays[name] = rows.map((row) => normalise(row[name]));
  return tableToIPC(tableFromArrays(arrays as Parameters<typeof tableFromArrays>[0]), 'stream');
}

// Arrow's inference takes numbers, bigints, strings, booleans and Dates; hyparquet may give
// typed values it does not know (e.g. Uint8Array for binary), which travel as text.
function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return value;
}
