/** Where the build put DuckDB-WASM's worker script and WebAssembly (fetched on first use, then cached by the service worker). */
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';

/** The URLs of the exception-handling build, which every browser Quire supports runs. */
export const DUCKDB_ASSETS = { workerUrl, wasmUrl };
