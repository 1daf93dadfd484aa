/**
 * DuckDB-WASM behind a small interface: started on the first `sql` use, in its own worker
 * (DuckDB's async build runs every query there), with files and tables registered by name.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { DUCKDB_ASSETS } from './duckdb-assets.ts';

/** What `sql` needs of a database. */
export interface SqlEngine {
  /** Makes `blob` readable under `name` (e.g. `'stocks.csv'` in a FROM clause); read lazily, never copied whole. */
  registerBlob(name: string, blob: Blob): Promise<void>;
  /** Makes a remote file readable under its URL through HTTP range requests. */
  registerUrl(url: string): Promise<void>;
  /** Creates (or replaces) table `name` from an Arrow IPC stream. */
  registerArrow(name: string, ipc: Uint8Array): Promise<void>;
  /** Runs `text` with `?` parameters bound to `params`; the result as an Arrow IPC stream. */
  query(text: string, params: readonly unknown[]): Promise<Uint8Array>;
}

/** Starts DuckDB-WASM in its own worker and connects once. */
export async function startDuckDb(): Promise<SqlEngine> {
  const duckdb = await import('@duckdb/duckdb-wasm');
  const { tableToIPC } = await import('apache-arrow');
  const worker = new Worker(DUCKDB_ASSETS.workerUrl);
  const db: AsyncDuckDB = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(new URL(DUCKDB_ASSETS.wasmUrl, self.location.href).href);
  const conn: AsyncDuckDBConnection = await db.connect();
  const registered = new Map<string, Blob | string>();
  return {
    async registerBlob(name, blob) {
      if (registered.get(name) === blob) return;
      await db.dropFile(name).catch(() => undefined);
      await db.registerFileHandle(name, blob, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
      registered.set(name, blob);
    },
    async registerUrl(url) {
      if (registered.get(url) === url) return;
      await db.registerFileURL(url, url, duckdb.DuckDBDataProtocol.HTTP, false);
      registered.set(url, url);
    },
    async registerArrow(name, ipc) {
      await conn.query(`DROP TABLE IF EXISTS "${name.replaceAll('"', '""')}"`);
      await conn.insertArrowFromIPCStream(ipc, { name, create: true });
    },
    async query(text, params) {
      const statement = await conn.prepare(text);
      try {
        const table = await statement.query(...params);
        return tableToIPC(table, 'stream');
      } finally {
        await statement.close();
      }
    },
  };
}
