/** Runs one `sql` statement: registers what it reads (files, URLs, Parquet, frames), then queries. */
import type { SqlEngine } from './duckdb-engine.ts';
import { parquetAsArrow, parquetSource } from './parquet-columns.ts';
import { isParquet, nameKind, quotedNames, replaceSpans, type SqlStatement } from './sql-text.ts';

/** What running a statement needs from the kernel. */
export interface SqlDeps {
  /** The database, started on first use. */
  engine(): Promise<SqlEngine>;
  /** A files-area file by name; rejects when there is none. */
  readFile(name: string): Promise<Blob>;
  /** An interpolated table as an Arrow IPC stream. */
  tableToIpc(table: unknown): Uint8Array;
}

/** A statement that DuckDB refused, with its message and the statement's text. */
export class SqlError extends Error {
  override name = 'SqlError';
}

/**
 * Registers every file, URL and frame the statement reads, then runs it. A quoted name that is
 * neither an interpolated Blob nor a file of the files area is left alone (it may be an ordinary
 * string value).
 */
export async function runSql(statement: SqlStatement, deps: SqlDeps): Promise<Uint8Array> {
  const engine = await deps.engine();
  for (const [name, table] of statement.tables) await engine.registerArrow(name, deps.tableToIpc(table));
  const spans: { start: number; end: number; replacement: string }[] = [];
  for (const literal of quotedNames(statement.text)) {
    const kind = nameKind(literal.value);
    if (kind === 'other') continue;
    const blob = kind === 'file' ? (statement.files.get(literal.value) ?? (await deps.readFile(literal.value).catch(() => undefined))) : undefined;
    if (kind === 'file' && !blob) continue;
    if (isParquet(literal.value)) {
      const table = `__quire_parquet_${spans.length}`;
      await engine.registerArrow(table, await parquetAsArrow(await parquetSource(blob ?? literal.value), statement.text));
      spans.push({ start: literal.start, end: literal.end, replacement: `"${table}"` });
    } else if (blob) {
      await engine.registerBlob(literal.value, blob);
    } else {
      await engine.registerUrl(literal.value);
    }
  }
  try {
    return await engine.query(replaceSpans(statement.text, spans), statement.params);
  } catch (error) {
    throw new SqlError(error instanceof Error ? error.message : String(error));
  }
}
