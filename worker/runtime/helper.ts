/** The helper object rewritten cells receive as their only parameter. */

/** Parameter name of the helper inside every rewritten cell. */
export const HELPER = '__quire';

/** What rewritten code calls: the kept scope, the interrupt check and the module loader. */
export interface CellHelper {
  /** The kept scope (the worker's global object): top-level declarations are stored here. */
  scope: Record<string, unknown>;
  /**
   * Makes each name a plain writable property of the scope before the cell assigns it, so a
   * declaration may shadow a read-only global of the worker (`name`, `location`, …).
   */
  declare(names: readonly string[]): void;
  /** Interrupt check inserted in loops and functions; throws `InterruptError` when flagged. */
  c(): void;
  /** Loads a built-in module by name, or any other specifier with dynamic `import()`. */
  import(specifier: string): Promise<unknown>;
}
