// A fused multiply-add for WebAssembly, which has none: glibc's log on x86_64 runs the FMA
// build (gcc contracts its a*b + c into vfmadd), so reproducing it bit for bit needs
// fma(a, b, c) rounded once. Method: Dekker's exact product, then Boldo & Melquiond's
// emulated FMA (TwoSum, an addition rounded to odd, a final round to nearest).

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
