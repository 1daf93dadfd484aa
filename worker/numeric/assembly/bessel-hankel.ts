// Hankel's asymptotic expansion for large x (A&S 9.2.5–9.2.10):
//   J_ν(x) = F·(P cos χ − Q sin χ),  Y_ν(x) = F·(P sin χ + Q cos χ),
//   F = sqrt(2/(πx)),  χ = x − (ν/2 + 1/4)π,
// with P, Q the even and odd parts of Σ (−1)^k a_k(ν)/x^k. Everything that can carry a
// rounding error bigger than 2^-62 of the result (F, the phase, Q's first term, the final
// products) is done in double-double, so the result is rounded once at the end.
import { ddAdd, ddDiv, ddLo, ddMul, ddSqrt, twoProd, twoSum } from './bessel-dd';
import { phaseCos, phaseCosLo, phaseFromReduced, phaseSin, phaseSinLo, reducedHi, reducedLo, reducedW, reducePio2 } from './bessel-phase';

/** J_ν(x) from the last successful hankel() call. */
export let hankelJ: f64 = 0;
/** Y_ν(x) from the last successful hankel() call. */
export let hankelY: f64 = 0;
/** Low part of hankelJ (the double-double before rounding). */
export let hankelJLo: f64 = 0;
/** Low part of hankelY. */
export let hankelYLo: f64 = 0;

/** `want` flag of hankel(): compute J. */
export const WANT_J: i32 = 1;
/** `want` flag of hankel(): compute Y. */
export const WANT_Y: i32 = 2;

const SQRT_2_OVER_PI_HI: f64 = 0.7978845608028654;
const SQRT_2_OVER_PI_LO: f64 = -4.98465440455546e-17;
// Terms below this (relative to P ≈ 1) no longer change the double-double assembly.
const TOLERANCE: f64 = 1e-20;

let pHi: f64 = 0;
let pLo: f64 = 0;
let qHi: f64 = 0;
let qLo: f64 = 0;

// Terms beyond this size would cost more bits to cancellation than the double-double sum has.
const MAX_TERM: f64 = 1e9;
const MAX_K: i32 = 400;

// 1/k for the double loop, which would otherwise spend most of its time dividing.
const INV_K = new StaticArray<f64>(MAX_K);
for (let k = 1; k < MAX_K; k++) INV_K[k] = 1.0 / <f64>k;

// P − 1 and Q, or false when the divergent series stops shrinking before TOLERANCE. The first
// term of Q, (4ν² − 1)/(8x), is always a double-double; the rest are plain doubles while the
// second term is below 1/64 (their rounding then stays under 2^-60 of P), else double-doubles.
function series(nu: f64, x: f64): bool {
  if (x > 1e280) {
    // P − 1 is below 2^-900 and Q = (4ν² − 1)/(8x) to far more than double precision.
    pHi = 0;
    pLo = 0;
    qHi = (4 * nu * nu - 1) * 0.125 / x;
    qLo = 0;
    return true;
  }
  const x8 = 8 * x;
  const muh = twoProd(2 * nu, 2 * nu);
  const mul = ddLo;
  const nh = twoSum(muh, -1);
  const q1h = ddDiv(nh, ddLo + mul, x8, 0);
  const q1l = ddLo;
  if (Math.abs(q1h) > MAX_TERM) return false;
  const mu = muh;
  if (Math.abs(q1h * (mu - 9) / (2 * x8)) < 0.015625) {
    let term = q1h;
    let p: f64 = 0;
    let q: f64 = 0;
    let prev = Math.abs(term);
    const inv8x = 1 / x8;
    for (let k = 2; k < MAX_K; k++) {
      const odd = <f64>(2 * k - 1);
      term *= (mu - odd * odd) * inv8x * unchecked(INV_K[k]);
      const size = Math.abs(term);
      // P takes −a_2, +a_4, …; Q takes a_1, −a_3, +a_5, …
      const sign: f64 = ((k >> 1) & 1) == 1 ? -1 : 1;
      if ((k & 1) == 0) p += sign * term;
      else q += sign * term;
      if (size < TOLERANCE) {
        pHi = p;
        pLo = 0;
        qHi = twoSum(q1h, q);
        qLo = ddLo + q1l;
        return true;
      }
      if (size > prev && <f64>k > nu + 1) return false;
      prev = size;
    }
    return false;
  }
  let th = q1h;
  let tl = q1l;
  let ph: f64 = 0;
  let pl: f64 = 0;
  let qh = q1h;
  let ql = q1l;
  let prev = Math.abs(th);
  for (let k = 2; k < 600; k++) {
    const odd = <f64>(2 * k - 1);
    const fh = twoSum(muh, -odd * odd);
    th = ddMul(th, tl, fh, ddLo + mul);
    tl = ddLo;
    const dh = twoProd(x8, <f64>k);
    th = ddDiv(th, tl, dh, ddLo);
    tl = ddLo;
    const size = Math.abs(th);
    const sign: f64 = ((k >> 1) & 1) == 1 ? -1 : 1;
    if ((k & 1) == 0) {
      ph = ddAdd(ph, pl, sign * th, sign * tl);
      pl = ddLo;
    } else {
      qh = ddAdd(qh, ql, sign * th, sign * tl);
      ql = ddLo;
    }
    if (size < TOLERANCE) {
      pHi = ph;
      pLo = pl;
      qHi = qh;
      qLo = ql;
      return true;
    }
    if (size > MAX_TERM || (size > prev && <f64>k > nu + 1)) return false;
    prev = size;
  }
  return false;
}

/**
 * Computes J_ν(x), Y_ν(x) for real ν and large finite x > 0 into hankelJ/hankelY (+Lo); false if
 * x is not large enough. `accurate` takes the slower 2^-62 phase, for values that recurrences amplify.
 */
export function hankel(nu: f64, x: f64, accurate: bool = false, want: i32 = WANT_J | WANT_Y): bool {
  if (!series(nu, x)) return false;
  assembleHankel(nu, x, pHi, pLo, qHi, qLo, accurate, want);
  return true;
}

/**
 * Sets hankelJ/hankelY from P = 1 + (ph + pl) and Q = qh + ql (from the series above or from a
 * rational fit of them) for order ν and argument x > 0.
 */
export function assembleHankel(
  nu: f64, x: f64, ph: f64, pl: f64, qh: f64, ql: f64, accurate: bool = false, want: i32 = WANT_J | WANT_Y,
): void {
  reducePio2(x);
  const th = twoSum(0.5 * nu, 0.25);
  phaseFromReduced(reducedW, reducedHi, reducedLo, th, ddLo, accurate);
  const ch = phaseCos;
  const cl = phaseCosLo;
  const sh = phaseSin;
  const sl = phaseSinLo;
  // F = sqrt(2/π) / sqrt(x), with x scaled by 2^-100 near the top of the range so that
  // sqrt(x)² cannot overflow.
  const big = x > 1e300;
  let rxh = ddSqrt(big ? x * 7.888609052210118e-31 : x, 0);
  let rxl = ddLo;
  if (big) {
    rxh *= 1125899906842624.0;
    rxl *= 1125899906842624.0;
  }
  const fh = ddDiv(SQRT_2_OVER_PI_HI, SQRT_2_OVER_PI_LO, rxh, rxl);
  const fl = ddLo;

  // A = P cos χ − Q sin χ and B = P sin χ + Q cos χ with P = 1 + p: exact products of the
  // high parts (p·c in plain double when |p| < 2^-6 keeps its error under 2^-59 of c), the
  // cross terms of the low parts in double.
  const small = Math.abs(ph) < 0.015625;
  if (want & WANT_J) {
    const pch = small ? ph * ch : twoProd(ph, ch);
    const pcl = (small ? 0 : ddLo) + ph * cl + pl * ch;
    const qsh = twoProd(qh, sh);
    const qsl = ddLo + qh * sl + ql * sh;
    let ah = twoSum(ch, -qsh);
    let al = ddLo;
    ah = twoSum(ah, pch);
    al += ddLo + cl - qsl + pcl;
    hankelJ = ddMul(fh, fl, ah, al);
    hankelJLo = ddLo;
  }
  if (want & WANT_Y) {
    const psh = small ? ph * sh : twoProd(ph, sh);
    const psl = (small ? 0 : ddLo) + ph * sl + pl * sh;
    const qch = twoProd(qh, ch);
    const qcl = ddLo + qh * cl + ql * ch;
    let bh = twoSum(sh, qch);
    let bl = ddLo;
    bh = twoSum(bh, psh);
    bl += ddLo + sl + qcl + psl;
    hankelY = ddMul(fh, fl, bh, bl);
    hankelYLo = ddLo;
  }
}
