// J_ν through the fast Hankel phase (bessel-hankel-fast.ts) for orders that are multiples of
// 1/64 (so that χ = x − (ν/2 + 1/4)π is a whole number of table steps from x; every integer and
// half-integer order is), with Hankel's P − 1 and Q summed in plain doubles (the first term of
// each as a double-double) and a running bound on their error passed on to the rounding test.
import { hankelJFast, prodErr } from './bessel-hankel-fast';
import { hankelJFastX2 } from './bessel-hankel-fast-x2';

const MAX_K: i32 = 64;
// Terms below this no longer matter next to the fast phase's 2^-62 bound.
const TINY: f64 = 1e-21;
const U: f64 = 1.1102230246251565e-16;

// The last jvPQ's results (AssemblyScript has no cheap multiple return values): p = pqPh + pqPl,
// q = pqQh + pqQl within pqError, χ's table shift.
let pqPh: f64 = 0;
let pqPl: f64 = 0;
let pqQh: f64 = 0;
let pqQl: f64 = 0;
let pqError: f64 = 0;
let pqShift: i32 = 0;

/** J_ν(x) for 0 ≤ ν < 2^20 and 2 ≤ x < 2^20 when the fast phase can round it with certainty, else NaN. */
export function jvFast(nu: f64, x: f64): f64 {
  if (!jvPQ(nu, x)) return NaN;
  return hankelJFast(pqShift, x, pqPh, pqPl, pqQh, pqQl, pqError);
}

/** jvFast on both lanes of x (same order); NaN in a lane that fails. */
export function jvFastX2(nu: f64, x: v128): v128 {
  const x0 = f64x2.extract_lane(x, 0);
  const x1 = f64x2.extract_lane(x, 1);
  if (!jvPQ(nu, x0)) return f64x2.replace_lane(f64x2.splat(NaN), 1, jvFast(nu, x1));
  let ph = f64x2.splat(pqPh);
  let pl = f64x2.splat(pqPl);
  let qh = f64x2.splat(pqQh);
  let ql = f64x2.splat(pqQl);
  let err = f64x2.splat(pqError);
  if (!jvPQ(nu, x1)) return f64x2.replace_lane(f64x2.splat(NaN), 0, jvFast(nu, x0));
  ph = f64x2.replace_lane(ph, 1, pqPh);
  pl = f64x2.replace_lane(pl, 1, pqPl);
  qh = f64x2.replace_lane(qh, 1, pqQh);
  ql = f64x2.replace_lane(ql, 1, pqQl);
  err = f64x2.replace_lane(err, 1, pqError);
  return hankelJFastX2(pqShift, x, ph, pl, qh, ql, err);
}

// Hankel's p and q for the fast phase into pqPh …; false where the fast phase does not apply.
function jvPQ(nu: f64, x: f64): bool {
  const t = 64 * nu + 32;
  if (x < 2 || x >= 1048576 || nu >= 1048576 || t != Math.floor(t)) return false;
  pqShift = <i32>(t - 256 * Math.floor(t / 256));
  // μ = 4ν² and (μ − 1)/8 are exact: ν = m/64 with m < 2^26.
  const mu = 4 * nu * nu;
  const m1 = (mu - 1) * 0.125;
  const qh = m1 / x;
  const qx = qh * x;
  const ql = ((m1 - qx) - prodErr(qh, x, qx)) / x;
  // The second term, P's first, q1·(μ − 9)/(16x), as a double-double too: it can be as large as
  // 1/8 here.
  const c9 = (mu - 9) * 0.0625;
  const d = c9 / x;
  const dx = d * x;
  const dl = ((c9 - dx) - prodErr(d, x, dx)) / x;
  const t2 = qh * d;
  const t2l = prodErr(qh, d, t2) + qh * dl + ql * d;
  // Beyond that the series converges too slowly for this phase to pay (large ν, small x),
  // unless ν is a small half-integer, where it stops after ν + 1/2 terms.
  if (Math.abs(t2) > 0.125 && !(nu < 32 && Math.floor(nu + 0.5) == nu + 0.5)) return false;
  // Term k ≥ 3 from term k − 1 with four roundings (inv8x's included), so term k is off by at
  // most 4k·2^-53 of itself, and each sum by 2^-53 of its size per addition: 2^-53·Σ 8k|term k|
  // bounds both. The sums stop once a term is below TINY; the series' rest is then below its
  // first omitted terms (Watson, for k > ν), the next two, added to the bound.
  const inv8x = 0.125 / x;
  let term = t2;
  let p: f64 = 0;
  let q: f64 = 0;
  let err: f64 = 0;
  let prev = Math.abs(t2);
  for (let k = 3; k < MAX_K; k++) {
    term *= (mu - <f64>((2 * k - 1) * (2 * k - 1))) * inv8x / <f64>k;
    const size = Math.abs(term);
    // P takes −a_2, +a_4, …; Q takes a_1, −a_3, +a_5, …
    const signed = ((k >> 1) & 1) == 1 ? -term : term;
    if ((k & 1) == 0) p += signed;
    else q += signed;
    err += <f64>(8 * k) * size;
    if (size < TINY && <f64>k > nu) {
      const next = term * (mu - <f64>((2 * k + 1) * (2 * k + 1))) * inv8x / <f64>(k + 1);
      const after = next * (mu - <f64>((2 * k + 3) * (2 * k + 3))) * inv8x / <f64>(k + 2);
      pqError = err * U * 1.01 + Math.abs(next) + Math.abs(after);
      pqPh = -t2;
      pqPl = p - t2l;
      pqQh = qh;
      pqQl = ql + q;
      return true;
    }
    if (size > prev && <f64>k > nu + 1) return false;
    prev = size;
  }
  return false;
}
