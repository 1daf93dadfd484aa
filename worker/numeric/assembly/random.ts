// numpy's legacy RandomState distributions on the MT19937 stream: random_sample, uniform,
// the polar Box–Muller gauss with its cached second deviate, and normal = loc + scale·gauss.
import { glibcLog } from './glibc-log';
import { mtNext, mtNextDouble, mtSeed, mtSeedArray } from './random-mt19937';

export { mtKey as randomKey } from './random-mt19937';

let hasGauss = false;
let cachedGauss: f64 = 0;

/** numpy `seed(int)`: init_genrand with a 32-bit seed; forgets the cached deviate. */
export function randomSeed(seed: u32): void {
  mtSeed(seed);
  hasGauss = false;
  cachedGauss = 0;
}

/** numpy `seed(array)`: init_by_array over `length` u32 words at `words`; forgets the cached deviate. */
export function randomSeedArray(words: usize, length: i32): void {
  mtSeedArray(words, length);
  hasGauss = false;
  cachedGauss = 0;
}

/** The next raw 32-bit output (numpy's `randint(2**32)` stream for the legacy generator). */
export function randomUint32(): u32 {
  return mtNext();
}

// @ts-ignore: decorator
@inline function gauss(): f64 {
  if (hasGauss) {
    hasGauss = false;
    return cachedGauss;
  }
  let x1: f64, x2: f64, r2: f64;
  do {
    x1 = 2.0 * mtNextDouble() - 1.0;
    x2 = 2.0 * mtNextDouble() - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 == 0.0);
  const f = Math.sqrt((-2.0 * glibcLog(r2)) / r2);
  cachedGauss = f * x1;
  hasGauss = true;
  return f * x2;
}

/** Fills `n` doubles at `out` with standard normals (numpy `randn`). */
export function randomFillGauss(out: usize, n: i32): void {
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), gauss());
}

/** Fills `n` doubles at `out` with loc + scale·gauss (numpy `normal`). */
export function randomFillNormal(out: usize, n: i32, loc: f64, scale: f64): void {
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), loc + scale * gauss());
}

/** Fills `n` doubles at `out` with uniform doubles in [0, 1) (numpy `random_sample` / `rand`). */
export function randomFillDouble(out: usize, n: i32): void {
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), mtNextDouble());
}

/** Fills `n` doubles at `out` with low + (high − low)·u (numpy `uniform`). */
export function randomFillUniform(out: usize, n: i32, low: f64, high: f64): void {
  const range = high - low;
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), low + range * mtNextDouble());
}

/** Natural logarithm exactly as glibc's (exported for tests against Math.log and glibc values). */
export function randomLog(x: f64): f64 {
  return glibcLog(x);
}
