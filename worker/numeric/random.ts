/** `random`: numpy's legacy RandomState stream (MT19937 + polar gauss + glibc log) computed in the WASM core. */
import { f64View, fillF64InChunks, type Core } from './core.ts';

/** randn/rand results: a number with no size, a Float64Array for n, rows (views on one row-major buffer) for (rows, cols). */
export type Draws = number | Float64Array | Float64Array[];

/** The `random` kernel global. */
export interface Random {
  /** Re-seeds as numpy's `np.random.seed`: an integer in [0, 2^32), an array of them, or nothing for OS entropy. */
  seed(seed?: number | ArrayLike<number>): void;
  /** Standard normal draws: `randn()` a number, `randn(n)` a Float64Array, `randn(rows, cols)` an array of rows. */
  randn(): number;
  randn(n: number): Float64Array;
  randn(rows: number, cols: number): Float64Array[];
  /** Uniform draws in [0, 1), shaped as for randn. */
  rand(): number;
  rand(n: number): Float64Array;
  rand(rows: number, cols: number): Float64Array[];
  /** Normal draws mean + std·gauss: a number without `n`, else a Float64Array of n. */
  normal(mean?: number, std?: number): number;
  normal(mean: number, std: number, n: number): Float64Array;
  /** Uniform draws lo + (hi − lo)·u in [lo, hi): a number without `n`, else a Float64Array of n. */
  uniform(lo?: number, hi?: number): number;
  uniform(lo: number, hi: number, n: number): Float64Array;
}

interface RandomExports {
  randomSeed(seed: number): void;
  randomSeedArray(words: number, length: number): void;
  randomFillGauss(out: number, n: number): void;
  randomFillNormal(out: number, n: number, loc: number, scale: number): void;
  randomFillDouble(out: number, n: number): void;
  randomFillUniform(out: number, n: number, low: number, high: number): void;
}

const UINT32_LIMIT = 2 ** 32;

function checkSeedWord(s: unknown): number {
  if (typeof s !== 'number' || !Number.isInteger(s)) throw new TypeError('random.seed: a seed must be an integer');
  if (s < 0 || s >= UINT32_LIMIT) throw new RangeError('random.seed: Seed must be between 0 and 2**32 - 1');
  return s;
}

function checkSize(n: unknown, name: string): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw new RangeError(`random.${name}: sizes must be non-negative integers`);
  }
  return n;
}

function checkParam(v: unknown, name: string): number {
  if (typeof v !== 'number') throw new TypeError(`random.${name}: parameters must be numbers`);
  return v;
}

/** Splits a row-major block into `rows` views of `cols` values each, sharing its buffer. */
function toRows(data: Float64Array, rows: number, cols: number): Float64Array[] {
  return Array.from({ length: rows }, (_, r) => data.subarray(r * cols, (r + 1) * cols));
}

/** Binds the random exports of an instantiated core into the `random` object, seeded from OS entropy. */
export function createRandom(core: Core): Random {
  const w = core as Core & RandomExports;

  const seedArray = (words: ArrayLike<number>): void => {
    if (words.length === 0) throw new RangeError('random.seed: Seed must be non-empty');
    const checked = Uint32Array.from(Array.from(words, checkSeedWord));
    const ptr = core.alloc(checked.length * 4);
    try {
      new Uint32Array(core.memory.buffer, ptr, checked.length).set(checked);
      w.randomSeedArray(ptr, checked.length);
    } finally {
      core.free(ptr);
    }
  };

  const seed = (s?: number | ArrayLike<number>): void => {
    if (s === undefined || s === null) seedArray(crypto.getRandomValues(new Uint32Array(8)));
    else if (typeof s === 'number') w.randomSeed(checkSeedWord(s));
    else seedArray(s);
  };

  const shaped = (name: string, fill: (out: number, n: number) => void) =>
    (rows?: number, cols?: number): Draws => {
      if (rows === undefined) return fillF64InChunks(core, 1, fill)[0] as number;
      const r = checkSize(rows, name);
      if (cols === undefined) return fillF64InChunks(core, r, fill);
      const c = checkSize(cols, name);
      return toRows(fillF64InChunks(core, r * c, fill), r, c);
    };

  const sized = (name: string, fill: (out: number, n: number) => void) =>
    (n?: number): number | Float64Array =>
      n === undefined ? (fillF64InChunks(core, 1, fill)[0] as number) : fillF64InChunks(core, checkSize(n, name), fill);

  seed();
  return {
    seed,
    randn: shaped('randn', (o, n) => w.randomFillGauss(o, n)) as Random['randn'],
    rand: shaped('rand', (o, n) => w.randomFillDouble(o, n)) as Random['rand'],
    normal: ((mean = 0, std = 1, n?: number) => {
      const loc = checkParam(mean, 'normal');
      const scale = checkParam(std, 'normal');
      if (scale < 0) throw new RangeError('random.normal: std must be non-negative');
      return sized('normal', (o, k) => w.randomFillNormal(o, k, loc, scale))(n);
    }) as Random['normal'],
    uniform: ((lo = 0, hi = 1, n?: number) => {
      const low = checkParam(lo, 'uniform');
      const high = checkParam(hi, 'uniform');
      return sized('uniform', (o, k) => w.randomFillUniform(o, k, low, high))(n);
    }) as Random['uniform'],
  };
}

/** One-line signature and doc per function, keyed "random.randn" etc., for the kernel's inspect. */
export const randomDocs: Record<string, { signature: string; doc: string }> = {
  'random.seed': {
    signature: 'random.seed(seed?: number | ArrayLike<number>): void',
    doc: "Re-seeds the stream as numpy's np.random.seed: an integer in [0, 2**32), an array of them, or nothing for OS entropy.",
  },
  'random.randn': {
    signature: 'random.randn(rows?: number, cols?: number): number | Float64Array | Float64Array[]',
    doc: "Standard normal draws, bit for bit numpy's legacy randn after the same seed; (rows, cols) gives an array of rows.",
  },
  'random.rand': {
    signature: 'random.rand(rows?: number, cols?: number): number | Float64Array | Float64Array[]',
    doc: 'Uniform draws in [0, 1) on 53 bits (numpy rand); (rows, cols) gives an array of rows.',
  },
  'random.normal': {
    signature: 'random.normal(mean = 0, std = 1, n?: number): number | Float64Array',
    doc: 'Normal draws mean + std * gauss (numpy normal); a number without n.',
  },
  'random.uniform': {
    signature: 'random.uniform(lo = 0, hi = 1, n?: number): number | Float64Array',
    doc: 'Uniform draws lo + (hi - lo) * u in [lo, hi) (numpy uniform); a number without n.',
  },
};
