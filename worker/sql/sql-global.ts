/** The kernel's `sql` tag: DuckDB-WASM over files-area files, URLs and frames, loaded on first use. */
import { fileAccess } from '../data/file-access.ts';
import type { SqlEngine } from './duckdb-engine.ts';
import { buildStatement } from './sql-text.ts';

// DuckDB, Arrow and the Parquet reader load with the first statement, never with the kernel.
const startDuckDb = async (): Promise<SqlEngine> => (await import('./duckdb-engine.ts')).startDuckDb();

/** A frame class as `sql` needs it: recognise one, export one to Arrow, build one from Arrow. */
export interface FrameClass {
  fromArrow(ipc: Uint8Array): unknown;
  prototype: { toArrow(): Uint8Array };
}

/** Creates `sql` for one kernel session; `frames()` gives the session's DataFrame class when called. */
export function createSql(frames: () => FrameClass, start: () => Promise<SqlEngine> = startDuckDb) {
  let engine: Promise<SqlEngine> | undefined;
  const isTable = (value: unknown): boolean => value instanceof (frames() as unknown as new () => object);
  return async function sql(strings: TemplateStringsArray, ...values: unknown[]): Promise<unknown> {
    const statement = buildStatement(strings, values, isTable);
    const { runSql } = await import('./run-sql.ts');
    const ipc = await runSql(statement, {
      engine: () => (engine ??= start().catch((error: unknown) => {
        engine = undefined;
        throw new Error(`DuckDB could not start: ${error instanceof Error ? error.message : String(error)}`);
      })),
      readFile: (name) => fileAccess().read(name),
      tableToIpc: (table) => (table as { toArrow(): Uint8Array }).toArrow(),
    });
    return frames().fromArrow(ipc);
  };
}

/** Shift+Tab and Help docs of `sql`. */
export const sqlDocs = {
  sql: {
    signature: 'await sql`select … from ${df} join \'file.csv\' where x > ${value}`',
    doc: "SQL on DuckDB-WASM (loaded on first use): files of the files area and https:// URLs by quoted name (CSV, Parquet), interpolated DataFrames as tables and Blobs/Files as files; other values are bound as parameters; the result is a DataFrame.",
  },
};
