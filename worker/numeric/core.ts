/** Loads the WASM numeric core and moves Float64Arrays in and out of its memory. */

/** The exports every facade relies on; facades declare their own function exports on top. */
export interface CoreBase {
  memory: WebAssembly.Memory;
  alloc(bytes: number): number;
  free(ptr: number): void;
}

/** The instantiated core: base exports plus whatever functions the facades look up. */
export type Core = CoreBase & Record<string, unknown>;

function imports(): WebAssembly.Imports {
  return {
    env: {
      abort(_msg: number, _file: number, line: number, column: number): never {
        throw new Error(`numeric core aborted at ${line}:${column}`);
      },
      seed: (): number => Date.now(),
    },
  };
}

/** Instantiates core.wasm from its bytes (Node, tests) or a fetch Response (browser). */
export async function instantiateCore(source: BufferSource | Response): Promise<Core> {
  const { instance } =
    source instanceof Response
      ? await WebAssembly.instantiateStreaming(source, imports())
      : await WebAssembly.instantiate(source, imports());
  return instance.exports as unknown as Core;
}

/** A Float64Array view of `length` doubles at `ptr`; re-create after any allocation (memory may grow). */
export function f64View(core: CoreBase, ptr: number, length: number): Float64Array {
  return new Float64Array(core.memory.buffer, ptr, length);
}

/**
 * Copies `input` into WASM memory, lets `run(inPtr, outPtr, n)` fill an output block of the
 * same length, and returns a copy of the output. Both blocks are freed afterwards.
 */
export function mapF64(
  core: CoreBase,
  input: ArrayLike<number>,
  run: (inPtr: number, outPtr: number, n: number) => void,
): Float64Array {
  const n = input.length;
  const inPtr = core.alloc(n * 8);
  const outPtr = core.alloc(n * 8);
  try {
    f64View(core, inPtr, n).set(input);
    run(inPtr, outPtr, n);
    return f64View(core, outPtr, n).slice();
  } finally {
    core.free(outPtr);
    core.free(inPtr);
  }
}

// Doubles per block of the chunked helpers: 64 KB stays in cache, so a large array crosses
// WASM memory in pieces instead of being written to and read back from memory that size.
const CHUNK = 8192;

/**
 * Like mapF64, but through one reused block of CHUNK doubles: chunk after chunk, in order, is
 * copied in, computed by `run` and copied straight into the result (so `run` may carry state
 * from one chunk to the next).
 */
export function mapF64InChunks(
  core: CoreBase,
  input: ArrayLike<number>,
  run: (inPtr: number, outPtr: number, n: number) => void,
): Float64Array {
  const n = input.length;
  const out = new Float64Array(n);
  const src = input instanceof Float64Array ? input : Float64Array.from(input);
  const block = Math.min(n, CHUNK);
  const inPtr = core.alloc(block * 8);
  const outPtr = core.alloc(block * 8);
  try {
    for (let i = 0; i < n; i += CHUNK) {
      const m = Math.min(CHUNK, n - i);
      f64View(core, inPtr, m).set(src.subarray(i, i + m));
      run(inPtr, outPtr, m);
      out.set(f64View(core, outPtr, m), i);
    }
    return out;
  } finally {
    core.free(outPtr);
    core.free(inPtr);
  }
}

/**
 * Lets `run(outPtr, m)` fill `n` doubles of a sequential stream (each call continues where the
 * last stopped, as the random generator does) in chunks of one reused block, copied into the result.
 */
export function fillF64InChunks(core: CoreBase, n: number, run: (outPtr: number, m: number) => void): Float64Array {
  const out = new Float64Array(n);
  const ptr = core.alloc(Math.min(n, CHUNK) * 8);
  try {
    for (let i = 0; i < n; i += CHUNK) {
      const m = Math.min(CHUNK, n - i);
      run(ptr, m);
      out.set(f64View(core, ptr, m), i);
    }
    return out;
  } finally {
    core.free(ptr);
  }
}

/** Lets `run(outPtr, n)` fill `n` doubles in WASM memory and returns a copy. */
export function fillF64(core: CoreBase, n: number, run: (outPtr: number, n: number) => void): Float64Array {
  const outPtr = core.alloc(n * 8);
  try {
    run(outPtr, n);
    return f64View(core, outPtr, n).slice();
  } finally {
    core.free(outPtr);
  }
}
