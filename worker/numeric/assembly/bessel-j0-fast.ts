// A fast first phase for J0 on 2 ≤ x < 2^20: the Hankel form F·((1 + p) cos χ − q sin χ),
// χ = x − π/4, F = sqrt(2/(πx)), evaluated in doubles with exact (Dekker) products wherever a
// rounding error could exceed about 2^-66 of F. The bounds noted below add up to under 2^-62.5·F;
// E = 2^-61/sqrt(x) ≥ 2^-60.7·F covers them with a margin. The result is kept only when every
// value within E of the computed one rounds to it (Ziv's test); otherwise (about 3% of points,
// near zeros mostly) NaN sends the caller to the double-double path. p and q: fdlibm's fits
// below 25, as the slow path uses them, so both round the same formula; above that Hankel's
// series, truncated where its first omitted term, which bounds the rest, is below 2^-67.
import { sinCosPi, phaseCos, phaseCosLo, phaseSin, phaseSinLo } from './bessel-phase';
import { p0m1, q0 } from './bessel-pq01';

const SPLIT: f64 = 134217729.0;
// π/128 in three parts: 27 bits, 27 bits, the rest; k·C1 and k·C2 are exact for k < 2^26.
const C1: f64 = 0.024543692590668797;
const C2: f64 = 1.550146209311487e-11;
const C3: f64 = 8.939357384546612e-20;
const INV_STEP: f64 = 40.74366543152521;
const K_HI: f64 = 0.7978845608028654;
const K_LO: f64 = -4.98465440455546e-17;
const K_HI_26: f64 = 0.7978845536708832;
// 2^-61; E/sqrt(x) bounds |computed − exact|.
const E: f64 = 4.336808689942018e-19;
const FITS_BELOW: f64 = 25;
const FEWER_TERMS_FROM: f64 = 40;

// cos(jπ/128), sin(jπ/128) for j < 256 as double-doubles, with the high parts pre-split:
// [cos hi, cos lo, sin hi, sin lo, cos hi (26 bits), rest, sin hi (26 bits), rest].
const TABLE = new StaticArray<f64>(256 * 8);
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

// (−1)^m a_2m and (−1)^m a_2m+1 for ν = 0 (a_k = Π (−(2j−1)²) / (k! 8^k)).
const P: StaticArray<f64> = [
  -0.0703125, 0.112152099609375, -0.5725014209747314, 6.074042001273483, -110.01714026924674, 3038.090510922384,
  -118838.42625678325, 6252951.493434797, -425939216.5047669, 36468400807.06556, -3833534661393.9443,
  485401468685290.06, -7.286857349377656e+16, 1.2797219419759747e+19,
];
const Q: StaticArray<f64> = [
  0.0732421875, -0.22710800170898438, 1.7277275025844574, -24.380529699556064, 551.3358961220206,
  -18257.755474293175, 832859.3040162893, -50069589.531988926, 3836255180.2304335, -364901081884.98334,
  42189715702840.97, -5827244631566907.0, 9.47628809926011e+17,
];

// Σ c[i] w^(i+1) for i < n, Horner.
// @ts-ignore: decorator
@inline function series(c: StaticArray<f64>, n: i32, w: f64): f64 {
  let s = unchecked(c[n - 1]);
  for (let i = n - 2; i >= 0; i--) s = unchecked(c[i]) + w * s;
  return w * s;
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

// @ts-ignore: decorator
@inline function prodErr(a: f64, b: f64, p: f64): f64 {
  const ah = splitHi(a);
  return prodErrSplit(p, ah, a - ah, b);
}

/** J0(x) for 2 ≤ x < 2^20 when the fast phase can round it with certainty, else NaN. */
export function j0Fast(x: f64): f64 {
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

  // χ = (k − 32)·π/128 + r; cos χ = C cos r − S sin r and sin χ = S cos r + C sin r with the exact
  // products S·rh and C·rh, the rest (each below 2^-13) in plain doubles: error below 2^-63.5.
  const o = (((<i32>k - 32) & 255) << 3);
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

  // p and q = qh + qlo.
  let p: f64;
  let qh: f64;
  let qlo: f64 = 0;
  if (x < FITS_BELOW) {
    p = p0m1(x);
    qh = q0(x);
  } else {
    const inv = 1 / x;
    const w = inv * inv;
    const few = x >= FEWER_TERMS_FROM;
    p = series(P, few ? 8 : 14, w);
    // −1/(8x) = qh + ql: the error of inv from x·inv − 1, exact by Dekker and Sterbenz.
    qh = -0.125 * inv;
    const xi = x * inv;
    qlo = -0.125 * ((1 - xi) - prodErr(x, inv, xi)) * inv + inv * series(Q, few ? 8 : 13, w);
  }

  // A = (1 + p) cos χ − q sin χ with the exact products p·cosH and qh·sinH.
  const pch = p * cosH;
  const pcl = prodErr(p, cosH, pch);
  const qsh = qh * sinH;
  const qsl = prodErr(qh, sinH, qsh);
  const a1 = cosH - qsh;
  const a1e = twoSumError(cosH, -qsh, a1);
  const ah = a1 + pch;
  const al = twoSumError(a1, pch, ah) + a1e + pcl - qsl + cosL + p * cosL - qh * sinL - qlo * (sinH + sinL);

  // J0 = K·A / sqrt(x) with K = sqrt(2/π): s = sqrt(x) rounded and δ = (s² − x)/(2x) its
  // relative excess, so 1/sqrt(x) = (1 + δ)/s to 2^-106; then one division with its remainder.
  const s = Math.sqrt(x);
  const ss = s * s;
  const delta = ((ss - x) + prodErr(s, s, ss)) / (2 * x);
  // A renormalised first, so that b·s below is within a few ulps of bh and bh − b·s is exact.
  const an = ah + al;
  const anl = twoSumError(ah, al, an);
  const bh = an * K_HI;
  const bl = prodErrSplit(bh, K_HI_26, K_HI - K_HI_26, an) + an * K_LO + anl * K_HI;
  const y = bh / s;
  const ys = y * s;
  const yl = ((bh - ys) - prodErr(y, s, ys) + bl) / s + y * delta;

  // The sum rounded, then Ziv's test: its exact error (Fast2Sum, |yl| being about 2^-52|y|) plus
  // E·F below half the gap to its nearer neighbour (taken from its lower neighbour's exponent, so
  // a power of two is judged by its smaller gap below).
  const j = y + yl;
  const d = yl - (j - y);
  const below = (reinterpret<u64>(j) << 1 >> 1) - 1;
  const halfGap = reinterpret<f64>((below & 0x7ff0000000000000) - (<u64>53 << 52));
  return Math.abs(d) + E / s < halfGap && j != 0 ? j : NaN;
}

// The exact error of s = a + b (Knuth's TwoSum).
// @ts-ignore: decorator
@inline function twoSumError(a: f64, b: f64, s: f64): f64 {
  const bb = s - a;
  return (a - (s - bb)) + (b - bb);
}
