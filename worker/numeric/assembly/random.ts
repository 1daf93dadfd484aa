// numpy's legacy RandomState distributions on the MT19937 stream: random_sample, uniform,
// the polar Box–Muller gauss with its cached second deviate, and normal = loc + scale·gauss.
import { glibcLogX2 } from './log-x2';
import { mtBlockDoubles, mtDoubleIndex, mtNext, mtNextDouble, mtSeed, mtSeedArray, mtSeekDouble } from './random-mt19937';

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

/** The next raw tempered 32-bit MT19937 output (numpy's raw stream; tests compare it). */
export function randomUint32(): u32 {
  return mtNext();
}

// Pairs drawn per batch: the rejection loop fills a batch, then logs run two lanes at a time.
const BATCH: i32 = 256;
// Doubles per MT19937 block (624 words).
const HALF_BLOCK: i32 = 312;
const batchX1 = new StaticArray<f64>(BATCH);
const batchX2 = new StaticArray<f64>(BATCH);
const batchR2 = new StaticArray<f64>(BATCH);
const tail = new StaticArray<f64>(4);

/** Draws `pairs` accepted points of the polar method into the batch arrays, as numpy's loop does. */
function drawPairs(pairs: i32): void {
  // Every attempt is stored and the slot kept only when accepted: no branch to mispredict.
  // Attempts read the block's doubles straight from a local index; one that straddles blocks
  // (or an odd word position) takes the general draws.
  let j = 0;
  while (j < pairs) {
    let q = mtDoubleIndex();
    if (q < 0 || q > HALF_BLOCK - 2) {
      const x1 = 2.0 * mtNextDouble() - 1.0;
      const x2 = 2.0 * mtNextDouble() - 1.0;
      j += keep(j, x1, x2);
      continue;
    }
    const doubles = mtBlockDoubles();
    for (; j < pairs && q <= HALF_BLOCK - 2; q += 2) {
      const at = doubles + (<usize>q << 3);
      j += keep(j, 2.0 * load<f64>(at) - 1.0, 2.0 * load<f64>(at, 8) - 1.0);
    }
    mtSeekDouble(q);
  }
}

// Stores an attempt in slot j; 1 if it is accepted (0 < r2 < 1), else 0.
// @ts-ignore: decorator
@inline function keep(j: i32, x1: f64, x2: f64): i32 {
  const r2 = x1 * x1 + x2 * x2;
  unchecked((batchX1[j] = x1));
  unchecked((batchX2[j] = x2));
  unchecked((batchR2[j] = r2));
  return <i32>(r2 < 1.0) & <i32>(r2 != 0.0);
}

/**
 * Fills `n` doubles at `out` with numpy's legacy gauss: each accepted pair gives f·x2, then f·x1
 * with f = sqrt(−2 log(r2) / r2); a deviate left over at the end is cached for the next call.
 */
export function randomFillGauss(out: usize, n: i32): void {
  let i = 0;
  if (hasGauss && n > 0) {
    store<f64>(out, cachedGauss);
    hasGauss = false;
    i = 1;
  }
  while (i < n) {
    const remaining = n - i;
    const pairs = min(BATCH, (remaining + 1) >> 1);
    drawPairs(pairs);
    // Both lanes of the last step may run past `pairs`; those lanes hold stale values and are ignored.
    for (let j = 0; j < pairs; j += 2) {
      const r2 = v128.load(changetype<usize>(batchR2) + (<usize>j << 3));
      const f = f64x2.sqrt(f64x2.div(f64x2.mul(f64x2.splat(-2.0), glibcLogX2(r2)), r2));
      const g2 = f64x2.mul(f, v128.load(changetype<usize>(batchX2) + (<usize>j << 3)));
      const g1 = f64x2.mul(f, v128.load(changetype<usize>(batchX1) + (<usize>j << 3)));
      const k = i + 2 * j;
      const at = out + (<usize>k << 3);
      if (k + 3 < n) {
        // Interleave: out[k..k+3] = g2[0], g1[0], g2[1], g1[1].
        v128.store(at, v128.shuffle<f64>(g2, g1, 0, 2));
        v128.store(at, v128.shuffle<f64>(g2, g1, 1, 3), 16);
      } else {
        emitTail(at, n - k, g2, g1, j + 1 < pairs);
      }
    }
    i += 2 * pairs;
  }
}

/** Writes the last 1–4 values of a fill (`room` slots left) and caches a deviate that does not fit. */
function emitTail(at: usize, room: i32, g2: v128, g1: v128, secondPair: bool): void {
  const values = tail;
  unchecked((values[0] = f64x2.extract_lane(g2, 0)));
  unchecked((values[1] = f64x2.extract_lane(g1, 0)));
  unchecked((values[2] = f64x2.extract_lane(g2, 1)));
  unchecked((values[3] = f64x2.extract_lane(g1, 1)));
  const made = secondPair ? 4 : 2;
  for (let q = 0; q < min(room, made); q++) store<f64>(at + (<usize>q << 3), unchecked(values[q]));
  if (made > room) {
    cachedGauss = unchecked(values[room]);
    hasGauss = true;
  }
}

/** Fills `n` doubles at `out` with loc + scale·gauss (numpy `normal`). */
export function randomFillNormal(out: usize, n: i32, loc: f64, scale: f64): void {
  randomFillGauss(out, n);
  for (let i = 0; i < n; i++) {
    const at = out + (<usize>i << 3);
    store<f64>(at, loc + scale * load<f64>(at));
  }
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
