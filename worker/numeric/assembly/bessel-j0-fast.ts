// J0 on 2 ≤ x < 2^20 through the fast Hankel phase (bessel-hankel-fast.ts), χ = x − π/4, with
// p and q from fdlibm's fits below 25, as the slow path uses them, so both round the same
// formula; above that from Hankel's series, truncated where its first omitted term, which
// bounds the rest, is below 2^-67. The error of p and q then stays below 2^-64, inside the
// fast phase's own bound. j0FastX2 does the same on two lanes.
import { hankelJFast, prodErr } from './bessel-hankel-fast';
import { hankelJFastX2, prodErrX2 } from './bessel-hankel-fast-x2';
import { interval, p0m1, p0m1X2, q0, q0X2 } from './bessel-pq01';

const FITS_BELOW: f64 = 25;
const FEWER_TERMS_FROM: f64 = 40;
// χ = x − 32·π/128.
const SHIFT: i32 = 32;

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

// q of the last j0PQ call as qh + ql (AssemblyScript has no cheap multiple return values).
let pqQh: f64 = 0;
let pqQl: f64 = 0;

// p for 2 ≤ x < 2^20, with q left in pqQh + pqQl.
function j0PQ(x: f64): f64 {
  if (x < FITS_BELOW) {
    pqQh = q0(x);
    pqQl = 0;
    return p0m1(x);
  }
  const inv = 1 / x;
  const w = inv * inv;
  const few = x >= FEWER_TERMS_FROM;
  // q = −1/(8x) + …: −inv/8 plus its error from x·inv − 1, exact by Dekker and Sterbenz.
  const xi = x * inv;
  pqQh = -0.125 * inv;
  pqQl = -0.125 * ((1 - xi) - prodErr(x, inv, xi)) * inv + inv * series(Q, few ? 8 : 13, w);
  return series(P, few ? 8 : 14, w);
}

/** J0(x) for 2 ≤ x < 2^20 when the fast phase can round it with certainty, else NaN. */
export function j0Fast(x: f64): f64 {
  const p = j0PQ(x);
  return hankelJFast(SHIFT, x, p, 0, pqQh, pqQl, 0);
}

// series() on two lanes.
// @ts-ignore: decorator
@inline function seriesX2(c: StaticArray<f64>, n: i32, w: v128): v128 {
  let s = f64x2.splat(unchecked(c[n - 1]));
  for (let i = n - 2; i >= 0; i--) s = f64x2.add(f64x2.splat(unchecked(c[i])), f64x2.mul(w, s));
  return f64x2.mul(w, s);
}

/** Whether both lanes of x lie in j0FastX2's range [2, 2^20). */
// @ts-ignore: decorator
@inline export function j0FastX2Range(x: v128): bool {
  return i64x2.all_true(v128.and(f64x2.ge(x, f64x2.splat(2)), f64x2.lt(x, f64x2.splat(1048576))));
}

/** j0Fast on both lanes of x, each in [2, 2^20) (see j0FastX2Range); NaN in a lane that fails. */
export function j0FastX2(x: v128): v128 {
  const zero = f64x2.splat(0);
  if (!i64x2.all_true(f64x2.ge(x, f64x2.splat(FITS_BELOW)))) {
    const x0 = f64x2.extract_lane(x, 0);
    const x1 = f64x2.extract_lane(x, 1);
    if (x0 < FITS_BELOW && x1 < FITS_BELOW) {
      const i = interval(x0);
      if (i == interval(x1)) {
        const p = p0m1X2(x, i);
        return hankelJFastX2(SHIFT, x, p, zero, q0X2, zero, zero);
      }
    }
    // p and q lane by lane (fits or series), the phase on both lanes.
    let p = f64x2.splat(j0PQ(x0));
    let qh = f64x2.splat(pqQh);
    let ql = f64x2.splat(pqQl);
    p = f64x2.replace_lane(p, 1, j0PQ(x1));
    qh = f64x2.replace_lane(qh, 1, pqQh);
    ql = f64x2.replace_lane(ql, 1, pqQl);
    return hankelJFastX2(SHIFT, x, p, zero, qh, ql, zero);
  }
  const inv = f64x2.div(f64x2.splat(1), x);
  const w = f64x2.mul(inv, inv);
  const few = i64x2.all_true(f64x2.ge(x, f64x2.splat(FEWER_TERMS_FROM)));
  const xi = f64x2.mul(x, inv);
  const e = f64x2.sub(f64x2.sub(f64x2.splat(1), xi), prodErrX2(x, inv, xi));
  const ql = f64x2.add(f64x2.mul(f64x2.mul(f64x2.splat(-0.125), e), inv), f64x2.mul(inv, seriesX2(Q, few ? 8 : 13, w)));
  return hankelJFastX2(SHIFT, x, seriesX2(P, few ? 8 : 14, w), zero, f64x2.mul(f64x2.splat(-0.125), inv), ql, zero);
}
