// A fused multiply-add for WebAssembly, which has none: glibc's log on x86_64 runs the FMA
// build (gcc contracts its a*b + c into vfmadd), so reproducing it bit for bit needs
// fma(a, b, c) rounded once. Exact method: Dekker's exact product, then Boldo & Melquiond's
// emulated FMA (TwoSum, an addition rounded to odd, a final round to nearest). Fast method:
// round a*b and the sum as usual, and prove from the sum's exact error and a bound on the
// product's error that no rounding boundary lies between; else fall back to the exact method.

// 2^27 + 1 splits a double into two 26-bit halves whose products are exact.
const SPLITTER: f64 = 134217729.0;

/** fma(a, b, c) = a·b + c with a single rounding; exact as long as a·b neither overflows nor underflows. */
// @ts-ignore: decorator
@inline export function fma(a: f64, b: f64, c: f64): f64 {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const pe = ah * bh - p + ah * bl + al * bh + al * bl;
  // TwoSum(c, p) = s + se exactly.
  const s = c + p;
  const cv = s - p;
  const se = c - cv + (p - (s - cv));
  // u = se + pe rounded to odd, so that the final rounding of s + u cannot round twice.
  const u = se + pe;
  const sv = u - pe;
  const ue = se - sv + (pe - (u - sv));
  let bits = reinterpret<i64>(u);
  if (ue != 0 && (bits & 1) == 0) bits += (bits ^ reinterpret<i64>(ue)) < 0 ? -1 : 1;
  return s + reinterpret<f64>(bits);
}

/** fma(z, invc, −1) when z·invc lies in [1/2, 2]: there the subtraction of 1 is exact (Sterbenz). */
// @ts-ignore: decorator
@inline export function fmaMinusOne(z: f64, invc: f64): f64 {
  const p = z * invc;
  let t = SPLITTER * z;
  const zh = t - (t - z);
  const zl = z - zh;
  t = SPLITTER * invc;
  const ih = t - (t - invc);
  const il = invc - ih;
  const pe = zh * ih - p + zh * il + zl * ih + zl * il;
  return p - 1.0 + pe;
}

// |a·b − RN(a·b)| ≤ 2^-53 |RN(a·b)|; 2^-52 also covers the rounding of the test's own sum.
const PRODUCT_ERROR: f64 = 2.220446049250313e-16;
const EXPONENT: u64 = 0x7ff0000000000000;

/**
 * True when s + d + e rounds to s for every |e| ≤ PRODUCT_ERROR·|p|. Half the gap to the
 * nearer neighbour of s is taken from the exponent of |s|'s lower neighbour, so a power of two
 * (whose gap below is half) is judged by its smaller gap; s = 0 or tiny s never passes.
 */
// @ts-ignore: decorator
@inline function roundsToSum(s: f64, d: f64, p: f64): bool {
  const below = (reinterpret<u64>(s) << 1 >> 1) - 1;
  const halfGap = reinterpret<f64>((below & EXPONENT) - (<u64>53 << 52));
  return abs(d) + abs(p) * PRODUCT_ERROR < halfGap && s != 0;
}

/** fma(a, b, c) for |a·b| ≤ |c| (or 2^e ≤ |c| for a·b < 2^(e+1)): a checked fast path, exact always. */
// @ts-ignore: decorator
@inline export function fmaSmallProduct(a: f64, b: f64, c: f64): f64 {
  const p = a * b;
  const s = c + p;
  // Fast2Sum: exact error of c + p since |c| ≥ |p|.
  const d = p - (s - c);
  return roundsToSum(s, d, p) ? s : fma(a, b, c);
}

/** fma(a, b, c) for any magnitudes: a checked fast path with TwoSum, exact always. */
// @ts-ignore: decorator
@inline export function fmaChecked(a: f64, b: f64, c: f64): f64 {
  const p = a * b;
  const s = c + p;
  const cv = s - p;
  const d = c - cv + (p - (s - cv));
  return roundsToSum(s, d, p) ? s : fma(a, b, c);
}
