/** Exhaustiveness check for switches over unions. */

/** Fails to compile when a switch misses a case; throws if reached at run time. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
