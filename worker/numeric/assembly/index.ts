// Entry of the WASM numeric core: re-exports every module compiled into core.wasm.
export { alloc, free } from './memory';
export * from './bessel';
export * from './random';
export * from './arrays';
