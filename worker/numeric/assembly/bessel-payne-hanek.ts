// Payne–Hanek reduction of a huge argument by π/2: x·(2/π) mod 4 from the bits of 2/π that
// matter at x's exponent, for x >= 2^52 where the Cody–Waite products no longer stay exact.
import { ddLo, ddAdd, ddMul, fastTwoSum } from './bessel-dd';

/** π/2 as the sum of three doubles (159 bits). */
export const PIO2_1: f64 = 1.5707963267948966;
/** Second part of π/2. */
export const PIO2_2: f64 = 6.123233995736766e-17;
/** Third part of π/2. */
export const PIO2_3: f64 = -1.4973849048591698e-33;

/** Quadrant count of the last reducePio2Huge (only its value mod 4 is meaningful). */
export let hugeW: f64 = 0;
/** High part of the remainder of the last reducePio2Huge. */
export let hugeHi: f64 = 0;
/** Low part of that remainder. */
export let hugeLo: f64 = 0;

// 2/π in 24-bit chunks (the same digits as fdlibm's ipio2), 1344 bits: enough for x < 2^1024.
const TWO_OVER_PI: StaticArray<f64> = [
  10680707, 7228996, 1387004, 2578385, 16069853, 12639074, 9804092, 4427841, 16666979, 11263675,
  12935607, 2387514, 4345298, 14681673, 3074569, 13734428, 16653803, 1880361, 10960616, 8533493,
  3062596, 8710556, 7349940, 6258241, 3772886, 3769171, 3798172, 8675211, 12450088, 3874808,
  9961438, 366607, 15675153, 9132554, 7151469, 3571407, 2607881, 12013382, 4155038, 6285869,
  7677882, 13102053, 15825725, 473591, 9065106, 15363067, 6271263, 9264392, 5636912, 4652155,
  7056368, 13614112, 10155062, 1944035, 9527646, 15080200,
];

// 2^s for -1022 <= s <= 1023.
// @ts-ignore: decorator
@inline function pow2(s: i32): f64 {
  return reinterpret<f64>(<u64>(s + 1023) << 52);
}

let sumHi: f64 = 0;
let sumLo: f64 = 0;

// Adds (p·2^s) mod 4 to the running sum; p is an integer below 2^51.
function addTerm(p: f64, s: i32): void {
  if (s >= 2 || p == 0) return;
  let t: f64;
  if (s > -49) {
    const m = pow2(2 - s);
    t = (p - Math.floor(p / m) * m) * pow2(s);
  } else {
    t = p * pow2(s);
  }
  sumHi = ddAdd(sumHi, sumLo, t, 0);
  sumLo = ddLo;
}

/** Reduces finite x >= 2^52 by π/2 into hugeW (mod 4 only), hugeHi and hugeLo. */
export function reducePio2Huge(x: f64): void {
  const bits = reinterpret<u64>(x);
  const e = <i32>((bits >> 52) & 0x7ff) - 1075;
  const m = <f64>((bits & 0xfffffffffffff) | 0x10000000000000);
  // m = mh·2^26 + ml, so mh·chunk and ml·chunk are exact doubles.
  const mh = Math.floor(m / 67108864.0);
  const ml = m - mh * 67108864.0;
  sumHi = 0;
  sumLo = 0;
  // chunk i weighs 2^(-24(i+1)); the first chunks only add multiples of 4.
  const first = max(0, (e + 26 - 2) / 24 - 2);
  for (let i = first; i < first + 9; i++) {
    const c = unchecked(TWO_OVER_PI[i]);
    const s = e - 24 * (i + 1);
    addTerm(mh * c, s + 26);
    addTerm(ml * c, s);
  }
  const w = Math.round(sumHi);
  const fh = fastTwoSum(sumHi - w, sumLo);
  const fl = ddLo;
  hugeW = w;
  hugeHi = ddMul(fh, fl, PIO2_1, PIO2_2);
  hugeLo = ddLo;
}
