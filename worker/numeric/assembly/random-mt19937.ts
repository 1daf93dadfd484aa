// MT19937 as numpy's legacy RandomState drives it: Matsumoto & Nishimura's generator with the
// 2002 init_genrand / init_by_array seeding and the 53-bit double from two 32-bit draws.

const N: i32 = 624;
const M: i32 = 397;
const MATRIX_A: u32 = 0x9908b0df;
const UPPER: u32 = 0x80000000;
const LOWER: u32 = 0x7fffffff;

const key = new StaticArray<u32>(N);
let pos: i32 = N;

/** Seeds the state from one 32-bit integer (init_genrand; numpy's `seed(int)`). */
export function mtSeed(seed: u32): void {
  let s = seed;
  for (let i = 0; i < N; i++) {
    unchecked((key[i] = s));
    s = 1812433253 * (s ^ (s >> 30)) + <u32>(i + 1);
  }
  pos = N;
}

/** Seeds the state from `length` 32-bit words at `words` (init_by_array; numpy's `seed(array)`). */
export function mtSeedArray(words: usize, length: i32): void {
  mtSeed(19650218);
  let i = 1;
  let j = 0;
  for (let k = N > length ? N : length; k > 0; k--) {
    const prev = unchecked(key[i - 1]);
    unchecked((key[i] = (unchecked(key[i]) ^ ((prev ^ (prev >> 30)) * 1664525)) + load<u32>(words + (<usize>j << 2)) + <u32>j));
    i++;
    j++;
    if (i >= N) {
      unchecked((key[0] = key[N - 1]));
      i = 1;
    }
    if (j >= length) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = unchecked(key[i - 1]);
    unchecked((key[i] = (unchecked(key[i]) ^ ((prev ^ (prev >> 30)) * 1566083941)) - <u32>i));
    i++;
    if (i >= N) {
      unchecked((key[0] = key[N - 1]));
      i = 1;
    }
  }
  // The most significant bit set guarantees a non-zero state.
  unchecked((key[0] = 0x80000000));
  pos = N;
}

// @ts-ignore: decorator
@inline function twist(upper: u32, lower: u32, far: u32): u32 {
  const y = (upper & UPPER) | (lower & LOWER);
  return far ^ (y >> 1) ^ (-(y & 1) & MATRIX_A);
}

// @ts-ignore: decorator
@inline function twist4(at: usize, far: usize): void {
  const y = v128.or(v128.and(v128.load(at), i32x4.splat(UPPER)), v128.and(v128.load(at, 4), i32x4.splat(LOWER)));
  const odd = i32x4.neg(v128.and(y, i32x4.splat(1)));
  v128.store(at, v128.xor(v128.xor(v128.load(far), i32x4.shr_u(y, 1)), v128.and(odd, i32x4.splat(MATRIX_A))));
}

// Outputs of the current block, tempered four at a time when the block is made, and the 53-bit
// doubles of its consecutive pairs (words 2i, 2i + 1), for draws that start at an even position.
const tempered = new StaticArray<u32>(N);
const doubles = new StaticArray<f64>(N >> 1);

// The recurrence four words at a time: word i needs i + 1 (not yet rewritten) and i + M (or
// i + M − N, rewritten 227 words earlier), so four consecutive words never depend on each other.
function regenerate(): void {
  const base = changetype<usize>(key);
  let i = 0;
  for (; i + 4 <= N - M; i += 4) twist4(base + (<usize>i << 2), base + (<usize>(i + M) << 2));
  for (; i < N - M; i++) unchecked((key[i] = twist(key[i], key[i + 1], key[i + M])));
  for (; i + 4 <= N - 1; i += 4) twist4(base + (<usize>i << 2), base + (<usize>(i + M - N) << 2));
  for (; i < N - 1; i++) unchecked((key[i] = twist(key[i], key[i + 1], key[i + M - N])));
  unchecked((key[N - 1] = twist(key[N - 1], key[0], key[M - 1])));
  const out = changetype<usize>(tempered);
  for (let j = 0; j < N; j += 4) {
    let y = v128.load(base + (<usize>j << 2));
    y = v128.xor(y, i32x4.shr_u(y, 11));
    y = v128.xor(y, v128.and(i32x4.shl(y, 7), i32x4.splat(0x9d2c5680)));
    y = v128.xor(y, v128.and(i32x4.shl(y, 15), i32x4.splat(0xefc60000)));
    v128.store(out + (<usize>j << 2), v128.xor(y, i32x4.shr_u(y, 18)));
  }
  // Four words make two doubles: (w0 >> 5)·2^26 + (w1 >> 6), the same for w2, w3, times 2^-53.
  const dbl = changetype<usize>(doubles);
  for (let j = 0; j < N; j += 4) {
    const w = v128.load(out + (<usize>j << 2));
    const hi = i32x4.shr_u(w, 5);
    const lo = i32x4.shr_u(w, 6);
    const a = f64x2.convert_low_i32x4_u(v128.shuffle<i32>(hi, hi, 0, 2, 0, 2));
    const b = f64x2.convert_low_i32x4_u(v128.shuffle<i32>(lo, lo, 1, 3, 1, 3));
    const d = f64x2.mul(f64x2.add(f64x2.mul(a, f64x2.splat(67108864.0)), b), f64x2.splat(1.1102230246251565e-16));
    v128.store(dbl + (<usize>j << 2), d);
  }
  pos = 0;
}

/** The next tempered 32-bit output. */
// @ts-ignore: decorator
@inline export function mtNext(): u32 {
  if (pos == N) regenerate();
  return unchecked(tempered[pos++]);
}

/**
 * Index in mtBlockDoubles of the next double when it is there (the stream sits at an even word
 * with a whole pair left in the block), refilling a used-up block first; else −1.
 */
export function mtDoubleIndex(): i32 {
  if (pos == N) regenerate();
  return (pos & 1) == 0 && pos <= N - 2 ? pos >> 1 : -1;
}

/** Moves the stream to the start of double `index` of the current block (index ≤ N/2). */
export function mtSeekDouble(index: i32): void {
  pos = index << 1;
}

/** The current block's doubles (see mtDoubleIndex). */
export function mtBlockDoubles(): usize {
  return changetype<usize>(doubles);
}

/** A double in [0, 1) on 53 bits from two draws, as numpy's random_sample. */
// @ts-ignore: decorator
@inline export function mtNextDouble(): f64 {
  if (pos > N - 2) return doubleAcrossBlocks();
  const p = pos;
  pos += 2;
  if ((p & 1) == 0) return unchecked(doubles[p >> 1]);
  const at = changetype<usize>(tempered) + (<usize>p << 2);
  return toDouble(load<u32>(at), load<u32>(at, 4));
}

// @ts-ignore: decorator
@inline function toDouble(first: u32, second: u32): f64 {
  // Multiplying by 2^-53 is exact, so it equals numpy's division by 9007199254740992.
  return (<f64>(first >> 5) * 67108864.0 + <f64>(second >> 6)) * 1.1102230246251565e-16;
}

// The two draws of a double straddle a block boundary (or the block is used up): one at a time.
function doubleAcrossBlocks(): f64 {
  const first = mtNext();
  return toDouble(first, mtNext());
}

/** The state word at `index` (0 ≤ index < 624), for tests against numpy's `get_state()` key. */
export function mtKey(index: i32): u32 {
  return key[index];
}
