/**
 * Build assets left out of the first-visit precache because only some notebooks need them
 * (DuckDB-WASM is 35 MB): fetched on first use, then kept by the service worker for offline use.
 * Their names carry a content hash, so a cached copy never goes stale.
 */

/** Globs (relative to dist/) the precache manifest skips: DuckDB's worker and WASM, and the chunks named below. */
export const ON_DEMAND_GLOBS = ['assets/duckdb-*', 'assets/ondemand-*'];

/** True for a request path the service worker caches on first use. */
export function isOnDemandAsset(pathname: string): boolean {
  return /\/assets\/(duckdb|ondemand)-[^/]+$/.test(pathname);
}

// The modules that only SQL loads: the SQL room itself and the libraries it brings (Arrow with
// its flatbuffers and tslib).
const SQL_ONLY = /\/(worker\/sql\/|node_modules\/(apache-arrow|flatbuffers|tslib|@duckdb\/duckdb-wasm|hyparquet)\/)/;

/** The build name of a JavaScript chunk made only of SQL's modules, so the precache skips it; undefined for any other chunk. */
export function onDemandChunkName(moduleIds: readonly string[]): string | undefined {
  return moduleIds.length > 0 && moduleIds.every((id) => SQL_ONLY.test(id)) ? 'assets/ondemand-[name]-[hash].js' : undefined;
}

/** The cache that holds them. */
export const ON_DEMAND_CACHE = 'quire-on-demand';
