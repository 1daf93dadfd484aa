// Double-double arithmetic for the Bessel core. WebAssembly has no fused multiply-add, so exact
// products use Dekker's splitting. Each function returns the high part of its result and leaves
// the low part in `ddLo` (AssemblyScript has no cheap multiple return values); read it at once.

/** Low part of the most recent double-double result. */
export let ddLo: f64 = 0;

// 2^27 + 1: splits a double into two 26-bit halves whose products are exact.
const SPLIT: f64 = 134217729.0;

/** a + b exactly as hi + ddLo (Knuth's two-sum, any magnitudes). */
// @ts-ignore: decorator
@inline export function twoSum(a: f64, b: f64): f64 {
  const s = a + b;
  const bb = s - a;
  ddLo = (a - (s - bb)) + (b - bb);
  return s;
}

/** a + b exactly as hi + ddLo, valid when |a| >= |b| or a == 0 (Dekker's fast two-sum). */
// @ts-ignore: decorator
@inline export function fastTwoSum(a: f64, b: f64): f64 {
  const s = a + b;
  ddLo = b - (s - a);
  return s;
}

/** a * b exactly as hi + ddLo (Dekker's two-product; |a|, |b| below 2^995). */
// @ts-ignore: decorator
@inline export function twoProd(a: f64, b: f64): f64 {
  const p = a * b;
  const ca = SPLIT * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLIT * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  ddLo = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  return p;
}

/** (ah + al) + (bh + bl) in double-double. */
export function ddAdd(ah: f64, al: f64, bh: f64, bl: f64): f64 {
  const s = twoSum(ah, bh);
  const e = ddLo + al + bl;
  return fastTwoSum(s, e);
}

/** (ah + al) * (bh + bl) in double-double. */
export function ddMul(ah: f64, al: f64, bh: f64, bl: f64): f64 {
  const p = twoProd(ah, bh);
  const e = ddLo + (ah * bl + al * bh);
  return fastTwoSum(p, e);
}

/** (ah + al) * b in double-double. */
export function ddMulD(ah: f64, al: f64, b: f64): f64 {
  const p = twoProd(ah, b);
  const e = ddLo + al * b;
  return fastTwoSum(p, e);
}

/** (ah + al) / (bh + bl) in double-double (one correction step). */
export function ddDiv(ah: f64, al: f64, bh: f64, bl: f64): f64 {
  const q = ah / bh;
  const ph = ddMul(q, 0, bh, bl);
  const pl = ddLo;
  const rh = twoSum(ah, -ph);
  const r = rh + (ddLo - pl + al);
  return fastTwoSum(q, r / bh);
}

/** sqrt(ah + al) in double-double (one Newton step). */
export function ddSqrt(ah: f64, al: f64): f64 {
  const s = Math.sqrt(ah);
  const p = twoProd(s, s);
  const e = (ah - p - ddLo + al) / (s + s);
  return fastTwoSum(s, e);
}
