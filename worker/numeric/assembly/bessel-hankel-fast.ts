// The fast first phase of the Hankel form for J_ν at 2 ≤ x < 2^20 when χ = x − (ν/2 + 1/4)π is a
// whole number of steps π/128 away from x (ν a multiple of 1/64: every integer and half-integer
// order): J = F·((1 + p) cos χ − q sin χ), F = sqrt(2/(πx)), with p, q given. cos χ and sin χ
// come from a table of cos, sin(jπ/128) and short Taylor series of the remainder; every value
// that could carry a rounding error above about 2^-66·(1 + |p| + |q|) is kept exactly with
// Dekker products and Knuth sums. Error budget, relative to F (and to 1 + |p| + |q| for the
// terms that scale with it): cos χ and sin χ within 2^-63.4 each (ct's rounding and Taylor tail
// 2^-64.3, the three roundings after ch·ct 2^-65, ch·ct itself 2^-66.7); A's low-part sum
// 2^-64.6; F·A's low part 2^-64.8: under 2^-62.4 in all. The bound used,
// 2^-62·(1 + |p| + |q|)/sqrt(x) = 2^-61.7·(…)·F, leaves a margin of 1.6. The result is kept
// only when every value within that error (plus the caller's bound on the error of p and q)
// rounds to it (Ziv's test); otherwise NaN sends the caller to the double-double path.
import { sinCosPi, phaseCos, phaseCosLo, phaseSin, phaseSinLo } from './bessel-phase';

/** 2^27 + 1, Veltkamp's splitting constant. */
export const SPLIT: f64 = 134217729.0;
/** π/128 in three parts: 27 bits, 27 bits, the rest; k·C1 and k·C2 are exact for k < 2^26. */
export const C1: f64 = 0.024543692590668797;
/** See C1. */
export const C2: f64 = 1.550146209311487e-11;
/** See C1. */
export const C3: f64 = 8.939357384546612e-20;
/** 128/π. */
export const INV_STEP: f64 = 40.74366543152521;
/** sqrt(2/π) as K_HI + K_LO, and K_HI's high 26 bits. */
export const K_HI: f64 = 0.7978845608028654;
/** See K_HI. */
export const K_LO: f64 = -4.98465440455546e-17;
/** See K_HI. */
export const K_HI_26: f64 = 0.7978845536708832;
/** 2^-62, the relative error bound of the fast phase (see above). */
export const E: f64 = 2.168404344971009e-19;

/**
 * cos(jπ/128), sin(jπ/128) for j < 256 as double-doubles, with the high parts pre-split:
 * [cos hi, cos lo, sin hi, sin lo, cos hi (26 bits), rest, sin hi (26 bits), rest].
 */
export const TABLE = new StaticArray<f64>(256 * 8);
for (let j = 0; j < 256; j++) {
  sinCosPi(<f64>j / 128);
  const o = j * 8;
  TABLE[o] = phaseCos;
  TABLE[o + 1] = phaseCosLo;
  TABLE[o + 2] = phaseSin;
  TABLE[o + 3] = phaseSinLo;
  TABLE[o + 4] = splitHi(phaseCos);
  TABLE[o + 5] = phaseCos - TABLE[o + 4];
  TABLE[o + 6] = splitHi(phaseSin);
  TABLE[o + 7] = phaseSin - TABLE[o + 6];
}

// The high 26 bits of a (Veltkamp's split; a − splitHi(a) is the exact low part).
// @ts-ignore: decorator
@inline function splitHi(a: f64): f64 {
  const t = SPLIT * a;
  return t - (t - a);
}

// The exact error a·b − p of the rounded product p = a·b, a given split as ah + al (Dekker).
// Values come back one at a time: AssemblyScript globals would cost a memory round trip each.
// @ts-ignore: decorator
@inline function prodErrSplit(p: f64, ah: f64, al: f64, b: f64): f64 {
  const bh = splitHi(b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** The exact error a·b − p of the rounded product p = a·b (Dekker; |a|, |b| below 2^995). */
// @ts-ignore: decorator
@inline export function prodErr(a: f64, b: f64, p: f64): f64 {
  const ah = splitHi(a);
  return prodErrSplit(p, ah, a - ah, b);
}

/**
 * J_ν(x) = F·((1 + p) cos χ − q sin χ) for 2 ≤ x < 2^20, χ = x − shift·π/128 (shift =
 * 128(ν/2 + 1/4) mod 256), p = ph + pl, q = qh + ql known to within `pqError` (absolute), when
 * the fast phase can round it with certainty; else NaN.
 */
export function hankelJFast(shift: i32, x: f64, ph: f64, pl: f64, qh: f64, ql: f64, pqError: f64): f64 {
  // x = k·π/128 + (rh + rl): x − k·C1 is exact (Sterbenz), the next step's error kept by TwoSum.
  const k = Math.round(x * INV_STEP);
  const t1 = x - k * C1;
  const kc2 = k * C2;
  const r0 = t1 - kc2;
  const e0 = twoSumError(t1, -kc2, r0);
  const rh = r0 + (e0 - k * C3);
  const rl = (e0 - k * C3) - (rh - r0);

  // sin r = rh + st, cos r = 1 + ct with |r| ≤ π/256: the Taylor tails are below 2^-70 and the
  // rounding errors of st, ct below 2^-66.
  const z = rh * rh;
  const st = rl + rh * z * (-0.16666666666666666 + z * (0.008333333333333333 + z * -0.0001984126984126984));
  const ct = z * (-0.5 + z * (0.041666666666666664 + z * -0.001388888888888889)) - rh * rl;

  // χ = (k − shift)·π/128 + r; cos χ = C cos r − S sin r and sin χ = S cos r + C sin r with the exact
  // products S·rh and C·rh, the rest (each below 2^-13) in plain doubles: error below 2^-63.5.
  const o = (((<i32>k - shift) & 255) << 3);
  const ch = unchecked(TABLE[o]);
  const cl = unchecked(TABLE[o + 1]);
  const sh = unchecked(TABLE[o + 2]);
  const sl = unchecked(TABLE[o + 3]);
  const srh = sh * rh;
  const srl = prodErrSplit(srh, unchecked(TABLE[o + 6]), unchecked(TABLE[o + 7]), rh);
  const crh = ch * rh;
  const crl = prodErrSplit(crh, unchecked(TABLE[o + 4]), unchecked(TABLE[o + 5]), rh);
  const cosH = ch - srh;
  const cosL = twoSumError(ch, -srh, cosH) - srl + cl + ch * ct - sh * st - sl * rh;
  const sinH = sh + crh;
  const sinL = twoSumError(sh, crh, sinH) + crl + sl + sh * ct + ch * st + cl * rh;

  // A = (1 + p) cos χ − q sin χ with the exact products ph·cosH and qh·sinH.
  const pch = ph * cosH;
  const pcl = prodErr(ph, cosH, pch);
  const qsh = qh * sinH;
  const qsl = prodErr(qh, sinH, qsh);
  const a1 = cosH - qsh;
  const a1e = twoSumError(cosH, -qsh, a1);
  const ah = a1 + pch;
  const al = twoSumError(a1, pch, ah) + a1e + pcl - qsl + cosL + ph * cosL + pl * (cosH + cosL) -
    qh * sinL - ql * (sinH + sinL);

  // J = F·A. F = K/sqrt(x) (K = sqrt(2/π)) as Fh + Fl, from x alone so that it overlaps the
  // phase: s = sqrt(x) and inv = 1/s rounded, 1/s = inv·(1 + e) with e = 1 − s·inv (exact by
  // Dekker and Sterbenz), 1/sqrt(x) = (1 + δ)/s with δ = (s² − x)/(2x), both to 2^-104.
  const s = Math.sqrt(x);
  const inv = 1 / s;
  const si = s * inv;
  const ss = s * s;
  const e = (1 - si) - prodErr(s, inv, si);
  const delta = ((ss - x) + prodErr(s, s, ss)) / (2 * x);
  const fh = K_HI * inv;
  const fl = prodErrSplit(fh, K_HI_26, K_HI - K_HI_26, inv) + K_LO * inv + fh * (e + delta);
  const y = fh * ah;
  const yl = prodErr(ah, fh, y) + ah * fl + al * fh;

  // The sum rounded, then Ziv's test: its exact error (TwoSum) plus the error bound below half
  // the gap to its nearer neighbour (taken from its lower neighbour's exponent, so a power of two
  // is judged by its smaller gap below).
  const j = y + yl;
  const d = twoSumError(y, yl, j);
  const below = (reinterpret<u64>(j) << 1 >> 1) - 1;
  const halfGap = reinterpret<f64>((below & 0x7ff0000000000000) - (<u64>53 << 52));
  const bound = (E * (1 + Math.abs(ph) + Math.abs(qh)) + pqError) * inv;
  return Math.abs(d) + bound < halfGap && j != 0 ? j : NaN;
}

// The exact error of s = a + b (Knuth's TwoSum).
// @ts-ignore: decorator
@inline function twoSumError(a: f64, b: f64, s: f64): f64 {
  const bb = s - a;
  return (a - (s - bb)) + (b - bb);
}
