/** numpy-like array functions (arange, linspace, cumsum, sum, mean, std, …) with their hot loops in the WASM core. */
import { f64View, fillF64, mapF64, type Core, type CoreBase } from './core.ts';

/** Array arguments: plain number arrays or Float64Arrays (other typed arrays work too). */
export type NumArray = ArrayLike<number>;

/** The array functions the kernel exposes as globals. */
export interface Arrays {
  /** Evenly spaced values in [start, stop): `arange(stop)` or `arange(start, stop, step = 1)`, as numpy. */
  arange(startOrStop: number, stop?: number, step?: number): Float64Array;
  /** `n` evenly spaced values from a to b, both ends included and exact (numpy linspace). */
  linspace(a: number, b: number, n?: number): Float64Array;
  /** Running sum from the left. */
  cumsum(a: NumArray): Float64Array;
  /** Sum as numpy computes it (pairwise), so results agree to the last bit. */
  sum(a: NumArray): number;
  /** Arithmetic mean (numpy mean). */
  mean(a: NumArray): number;
  /** Standard deviation with `ddof` delta degrees of freedom (default 0, as numpy). */
  std(a: NumArray, ddof?: number): number;
  /** Variance with `ddof` delta degrees of freedom (default 0, as numpy). */
  variance(a: NumArray, ddof?: number): number;
  /** Smallest value (NaN if any is NaN). */
  min(a: NumArray): number;
  /** Largest value (NaN if any is NaN). */
  max(a: NumArray): number;
  /** Element-wise a + b; either side may be a number. */
  add(a: NumArray | number, b: NumArray | number): Float64Array;
  /** Element-wise a − b; either side may be a number. */
  sub(a: NumArray | number, b: NumArray | number): Float64Array;
  /** Element-wise a · b; either side may be a number. */
  mul(a: NumArray | number, b: NumArray | number): Float64Array;
  /** Element-wise a / b; either side may be a number. */
  div(a: NumArray | number, b: NumArray | number): Float64Array;
}

interface ArrayExports {
  arrayArange(out: number, n: number, start: number, step: number): void;
  arrayLinspace(out: number, n: number, start: number, stop: number): void;
  arrayCumsum(input: number, out: number, n: number): void;
  arraySum(ptr: number, n: number): number;
  arrayMean(ptr: number, n: number): number;
  arrayVar(ptr: number, scratch: number, n: number, ddof: number): number;
  arrayMin(ptr: number, n: number): number;
  arrayMax(ptr: number, n: number): number;
  arrayAdd(a: number, b: number, out: number, n: number): void;
  arraySub(a: number, b: number, out: number, n: number): void;
  arrayMul(a: number, b: number, out: number, n: number): void;
  arrayDiv(a: number, b: number, out: number, n: number): void;
}

function checkArray(a: unknown, name: string): asserts a is NumArray {
  const ok = ArrayBuffer.isView(a) || Array.isArray(a);
  if (!ok) throw new TypeError(`${name}: expected an array of numbers or a Float64Array`);
}

function checkNumber(v: unknown, what: string): asserts v is number {
  if (typeof v !== 'number') throw new TypeError(`${what} must be a number`);
}

/** Copies `a` into WASM memory for `run(ptr, n)` and frees it afterwards. */
function withInput<T>(core: CoreBase, a: NumArray, run: (ptr: number, n: number) => T): T {
  const ptr = core.alloc(a.length * 8);
  try {
    f64View(core, ptr, a.length).set(a);
    return run(ptr, a.length);
  } finally {
    core.free(ptr);
  }
}

/** Binds the array exports of an instantiated core into the array functions. */
export function createArrays(core: Core): Arrays {
  const w = core as Core & ArrayExports;

  const reduce = (name: string, f: (ptr: number, n: number) => number, emptyIsError: boolean) =>
    (a: NumArray): number => {
      checkArray(a, name);
      if (a.length === 0 && emptyIsError) throw new RangeError(`${name}: zero-size array has no ${name}`);
      return withInput(core, a, f);
    };

  const variance = (a: NumArray, ddof = 0): number => {
    checkArray(a, 'variance');
    checkNumber(ddof, 'ddof');
    return withInput(core, a, (ptr, n) => {
      const scratch = core.alloc(n * 8);
      try {
        return w.arrayVar(ptr, scratch, n, ddof);
      } finally {
        core.free(scratch);
      }
    });
  };

  const elementwise = (name: string, f: (a: number, b: number, out: number, n: number) => void) =>
    (a: NumArray | number, b: NumArray | number): Float64Array => {
      if (typeof a !== 'number') checkArray(a, name);
      if (typeof b !== 'number') checkArray(b, name);
      const n = typeof a === 'number' ? (typeof b === 'number' ? 1 : b.length) : a.length;
      if (typeof b !== 'number' && b.length !== n) {
        throw new RangeError(`${name}: lengths ${n} and ${b.length} differ`);
      }
      const left = typeof a === 'number' ? new Float64Array(n).fill(a) : a;
      const right = typeof b === 'number' ? new Float64Array(n).fill(b) : b;
      return withInput(core, right, (bPtr) => mapF64(core, left, (aPtr, out) => f(aPtr, bPtr, out, n)));
    };

  return {
    arange(startOrStop, stop, step = 1) {
      const [start, end] = stop === undefined ? [0, startOrStop] : [startOrStop, stop];
      checkNumber(start, 'arange: start');
      checkNumber(end, 'arange: stop');
      checkNumber(step, 'arange: step');
      if (step === 0) throw new RangeError('arange: step must not be zero');
      const length = Math.ceil((end - start) / step);
      if (Number.isNaN(length) || !Number.isFinite(length)) throw new RangeError('arange: cannot compute length');
      return fillF64(core, Math.max(0, length), (out, n) => w.arrayArange(out, n, start, step));
    },
    linspace(a, b, n = 50) {
      checkNumber(a, 'linspace: a');
      checkNumber(b, 'linspace: b');
      if (!Number.isInteger(n) || n < 0) throw new RangeError('linspace: n must be a non-negative integer');
      return fillF64(core, n, (out, k) => w.arrayLinspace(out, k, a, b));
    },
    cumsum(a) {
      checkArray(a, 'cumsum');
      // In place: one block of WASM memory instead of two halves the memory traffic for large arrays.
      return withInput(core, a, (ptr, n) => {
        w.arrayCumsum(ptr, ptr, n);
        return f64View(core, ptr, n).slice();
      });
    },
    sum: reduce('sum', (p, n) => w.arraySum(p, n), false),
    mean: reduce('mean', (p, n) => w.arrayMean(p, n), false),
    std: (a, ddof = 0) => Math.sqrt(variance(a, ddof)),
    variance,
    min: reduce('min', (p, n) => w.arrayMin(p, n), true),
    max: reduce('max', (p, n) => w.arrayMax(p, n), true),
    add: elementwise('add', (a, b, o, n) => w.arrayAdd(a, b, o, n)),
    sub: elementwise('sub', (a, b, o, n) => w.arraySub(a, b, o, n)),
    mul: elementwise('mul', (a, b, o, n) => w.arrayMul(a, b, o, n)),
    div: elementwise('div', (a, b, o, n) => w.arrayDiv(a, b, o, n)),
  };
}

const sig = (signature: string, doc: string): { signature: string; doc: string } => ({ signature, doc });

/** One-line signature and doc per function, keyed by global name, for the kernel's inspect. */
export const arraysDocs: Record<string, { signature: string; doc: string }> = {
  arange: sig('arange(start: number, stop?: number, step = 1): Float64Array', 'Values start, start + step, … below stop (numpy arange; arange(stop) starts at 0).'),
  linspace: sig('linspace(a: number, b: number, n = 50): Float64Array', 'n evenly spaced values from a to b, both included (numpy linspace).'),
  cumsum: sig('cumsum(a: ArrayLike<number>): Float64Array', 'Running sum from the left (numpy cumsum).'),
  sum: sig('sum(a: ArrayLike<number>): number', "Sum with numpy's pairwise summation, equal to np.sum to the last bit."),
  mean: sig('mean(a: ArrayLike<number>): number', 'Arithmetic mean (numpy mean).'),
  std: sig('std(a: ArrayLike<number>, ddof = 0): number', 'Standard deviation, dividing by n - ddof (numpy std).'),
  variance: sig('variance(a: ArrayLike<number>, ddof = 0): number', 'Variance, dividing by n - ddof (numpy var).'),
  min: sig('min(a: ArrayLike<number>): number', 'Smallest value; NaN if any value is NaN (numpy min).'),
  max: sig('max(a: ArrayLike<number>): number', 'Largest value; NaN if any value is NaN (numpy max).'),
  add: sig('add(a: ArrayLike<number> | number, b: ArrayLike<number> | number): Float64Array', 'Element-wise a + b.'),
  sub: sig('sub(a: ArrayLike<number> | number, b: ArrayLike<number> | number): Float64Array', 'Element-wise a - b.'),
  mul: sig('mul(a: ArrayLike<number> | number, b: ArrayLike<number> | number): Float64Array', 'Element-wise a * b.'),
  div: sig('div(a: ArrayLike<number> | number, b: ArrayLike<number> | number): Float64Array', 'Element-wise a / b.'),
};
