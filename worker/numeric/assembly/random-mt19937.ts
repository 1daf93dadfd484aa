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

function regenerate(): void {
  let i = 0;
  for (; i < N - M; i++) unchecked((key[i] = twist(key[i], key[i + 1], key[i + M])));
  for (; i < N - 1; i++) unchecked((key[i] = twist(key[i], key[i + 1], key[i + M - N])));
  unchecked((key[N - 1] = twist(key[N - 1], key[0], key[M - 1])));
  pos = 0;
}

/** The next tempered 32-bit output. */
// @ts-ignore: decorator
@inline export function mtNext(): u32 {
  if (pos == N) regenerate();
  let y = unchecked(key[pos++]);
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  return y ^ (y >> 18);
}

/** A double in [0, 1) on 53 bits from two draws, as numpy's random_sample. */
// @ts-ignore: decorator
@inline export function mtNextDouble(): f64 {
  const a = mtNext() >> 5;
  const b = mtNext() >> 6;
  return (<f64>a * 67108864.0 + <f64>b) / 9007199254740992.0;
}

/** The state word at `index` (0 ≤ index < 624), for tests against numpy's `get_state()` key. */
export function mtKey(index: i32): u32 {
  return key[index];
}
