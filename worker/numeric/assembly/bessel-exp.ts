// e^x as 2^k · (hi + lo) with hi + lo in double-double, so that scaling by e^±x adds no
// rounding of its own (Math.exp would add up to one ulp); and b^e built on it.
import { ddAdd, ddDiv, ddLo, ddMul, fastTwoSum, twoProd, twoSum } from './bessel-dd';

/** The power of two of the last ddExp call. */
export let expK: i32 = 0;

const LN2_HI: f64 = 0.6931471805599453;
const LN2_LO: f64 = 2.3190468138462996e-17;
const INV_LN2: f64 = 1.4426950408889634;

// 2^k for -1022 <= k <= 1023.
// @ts-ignore: decorator
@inline function pow2(k: i32): f64 {
  return reinterpret<f64>(<u64>(k + 1023) << 52);
}

/** e^(xh + xl) = 2^expK · (hi + ddLo) for |xh| < 1e5; returns hi. */
export function ddExp(xh: f64, xl: f64): f64 {
  const k = Math.round(xh * INV_LN2);
  expK = <i32>k;
  const p = twoProd(k, LN2_HI);
  const pl = ddLo;
  let rh = twoSum(xh, -p);
  let rl = ddLo - pl - k * LN2_LO + xl;
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
  if (k > 1000) return v * pow2(1000) * pow2(k - 1000);
  if (k < -1000) return v * pow2(-1000) * pow2(k + 1000);
  return v * pow2(k);
}

/** b^e for b > 0 as a double-double (high part returned, low in ddLo) while |e·ln b| < 700. */
export function ddPow(b: f64, e: f64): f64 {
  // ln b in double-double by one Newton step on e^y = b.
  const y0 = Math.log(b);
  const eh = ddExp(y0, 0);
  const el = ddLo;
  const rh = ddDiv(b * pow2(-expK), 0, eh, el);
  const rl = ddLo;
  const lh = twoSum(y0, rh - 1);
  const ll = ddLo + rl;
  const yh = ddMul(lh, ll, e, 0);
  const vh = ddExp(yh, ddLo);
  const vl = ddLo;
  const s = pow2(expK);
  return fastTwoSum(vh * s, vl * s);
}
