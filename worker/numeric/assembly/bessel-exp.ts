// e^x as 2^k · (hi + lo) with hi + lo in double-double, so that scaling by e^±x adds no
// rounding of its own (Math.exp would add up to one ulp).
import { ddAdd, ddDiv, ddLo, ddMul, fastTwoSum, twoProd, twoSum } from './bessel-dd';

/** The power of two of the last ddExp call. */
export let expK: i32 = 0;

const LN2_HI: f64 = 0.6931471805599453;
const LN2_LO: f64 = 2.3190468138462996e-17;
const INV_LN2: f64 = 1.4426950408889634;

/** e^x = 2^expK · (hi + ddLo) for |x| < 1e5; returns hi. */
export function ddExp(x: f64): f64 {
  const k = Math.round(x * INV_LN2);
  expK = <i32>k;
  const p = twoProd(k, LN2_HI);
  const pl = ddLo;
  let rh = twoSum(x, -p);
  let rl = ddLo - pl - k * LN2_LO;
  rh = fastTwoSum(rh, rl);
  rl = ddLo;
  // e^r by Taylor in double-double, |r| <= 0.35: 24 terms reach 2^-110.
  let th: f64 = 1;
  let tl: f64 = 0;
  let sh: f64 = 1;
  let sl: f64 = 0;
  for (let n: f64 = 1; n <= 24; n++) {
    th = ddMul(th, tl, rh, rl);
    tl = ddLo;
    th = ddDiv(th, tl, n, 0);
    tl = ddLo;
    sh = ddAdd(sh, sl, th, tl);
    sl = ddLo;
  }
  return fastTwoSum(sh, sl);
}

/** (hi + lo)·2^k rounded once where the result is normal. */
export function scale2(hi: f64, lo: f64, k: i32): f64 {
  const v = hi + lo;
  if (k > 2000) return v * Infinity;
  if (k < -2000) return v * 0;
  if (k > 1000) return v * reinterpret<f64>(<u64>(1000 + 1023) << 52) * reinterpret<f64>(<u64>(k - 1000 + 1023) << 52);
  if (k < -1000) return v * reinterpret<f64>(<u64>(-1000 + 1023) << 52) * reinterpret<f64>(<u64>(k + 1000 + 1023) << 52);
  return v * reinterpret<f64>(<u64>(k + 1023) << 52);
}
