// The natural logarithm exactly as glibc ≥ 2.28 computes it on x86_64 with FMA (the variant
// Debian's numpy calls in its polar Box–Muller): ARM optimized-routines' table-driven method,
// with every multiply-add that gcc fused in that build (read off its machine code) fused here.
import { fma, fmaChecked, fmaMinusOne, fmaSmallProduct } from './log-fma';
import {
  A0, A1, A2, A3, A4, B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, LN2_HI, LN2_LO, LOG_TABLE,
} from './log-table';

// Inputs in [1 - 0x1p-4, 1 + 0x1.09p-4) take the polynomial path around 1.
const NEAR_ONE_LO: u64 = 0x3fee000000000000;
const NEAR_ONE_SPAN: u64 = 0x3ff1090000000000 - NEAR_ONE_LO;
// x = 2^k z with z in [OFF, 2 OFF): OFF is 0x1.6p-1 as bits.
const OFF: u64 = 0x3fe6000000000000;
const TWO_27: f64 = 134217728.0;

/** Natural logarithm, bit-identical to glibc's `log` (FMA build) for every double input. */
export function glibcLog(x: f64): f64 {
  let ix = reinterpret<u64>(x);
  if (ix - NEAR_ONE_LO < NEAR_ONE_SPAN) return logNearOne(x);
  const top = <u32>(ix >> 48);
  if (top - 0x0010 >= 0x7ff0 - 0x0010) {
    if (ix << 1 == 0) return -Infinity;
    if (ix == 0x7ff0000000000000) return x;
    if ((top & 0x8000) != 0 || (top & 0x7ff0) == 0x7ff0) return NaN;
    // Subnormal: scale into the normal range and undo the scale in the exponent.
    ix = reinterpret<u64>(x * 4503599627370496.0) - (<u64>52 << 52);
  }
  const tmp = ix - OFF;
  const i = <i32>((tmp >> 45) & 127);
  const kd = <f64>(<i64>tmp >> 52);
  const z = reinterpret<f64>(ix - (tmp & (<u64>0xfff << 52)));
  const invc = unchecked(LOG_TABLE[2 * i]);
  const logc = unchecked(LOG_TABLE[2 * i + 1]);
  const r = fmaMinusOne(z, invc);
  // kd * LN2_HI is exact (LN2_HI has trailing zero bits), so the fused form needs no emulation.
  const w = kd * LN2_HI + logc;
  const hi = w + r;
  const loRest = w - hi + r;
  // kd * LN2_LO is exact for |k| < 16, which covers every input of the polar method.
  const lo = kd > -16 && kd < 16 ? kd * LN2_LO + loRest : fma(kd, LN2_LO, loRest);
  const r2 = r * r;
  // |r| < 1/128: the polynomial's products are far smaller than the terms they are added to;
  // r2·A0 usually dominates lo, so its rounding error matters and that fma is done exactly.
  const p = fmaSmallProduct(fmaSmallProduct(r, A4, A3), r2, fmaSmallProduct(r, A2, A1));
  return fmaChecked(r * r2, p, fma(r2, A0, lo)) + hi;
}

function logNearOne(x: f64): f64 {
  if (x == 1.0) return 0;
  const r = x - 1.0;
  const r2 = r * r;
  const r3 = r * r2;
  // |r| < 0.07: each product in the polynomial is far smaller than the term it is added to.
  const a = fmaSmallProduct(r2, B3, fmaSmallProduct(r, B2, B1));
  const b = fmaSmallProduct(r2, B6, fmaSmallProduct(r, B5, B4));
  const c = fmaSmallProduct(r3, B10, fmaSmallProduct(r2, B9, fmaSmallProduct(r, B8, B7)));
  const q = fmaSmallProduct(fmaSmallProduct(c, r3, b), r3, a);
  // r = rhi + rlo with rhi on 26 bits, so rhi² and the products by B0 = -1/2 are exact.
  const w = r * TWO_27;
  const rhi = r + w - w;
  const rlo = r - rhi;
  const h = rhi * rhi * B0;
  const hi = r + h;
  const lo = r - hi + h;
  // Both products here dominate their addends, so their rounding errors matter: exact fmas.
  return hi + fma(q, r3, fma(B0 * rlo, rhi + r, lo));
}
