// Public Bessel exports of the numeric core: special values (the `conventions` of the reference
// set: limits at 0 and ±∞, NaN outside the real domain), reflection for negative x and negative
// order, then the positive-order, positive-x kernels of bessel-real.ts and bessel-order01.ts.
// Each scalar f(v, x) has an array twin f_array(inPtr, outPtr, n, v) over n doubles.
import { ivNeg, ivPos, jvPos, jvTriesFast, jyJ, jyNeg, jyPos, jyY, kvPos, yvPos } from './bessel-real';
import { jvFastX2 } from './bessel-jv-fast';
import { j0FastX2, j0FastX2Range } from './bessel-j0-fast';
import { j0Pos, j0Slow, j1Pos, y0Pos, y1Pos } from './bessel-order01';

// @ts-ignore: decorator
@inline function isInteger(v: f64): bool {
  return Math.floor(v) == v;
}

// (−1)^n for an integer-valued n.
// @ts-ignore: decorator
@inline function parity(n: f64): f64 {
  return Math.floor(n * 0.5) * 2 == n ? 1 : -1;
}

// sin(πv) and cos(πv), exactly 0 and ±1 at integers and half-integers.
function sinPi(v: f64): f64 {
  const r = v - 2 * Math.round(v * 0.5);
  if (r == 0 || Math.abs(r) == 1) return 0;
  if (Math.abs(r) == 0.5) return r > 0 ? 1 : -1;
  return Math.sin(3.141592653589793 * r);
}

function cosPi(v: f64): f64 {
  return sinPi(v + 0.5);
}

/** J0(x). */
export function besselJ0(x: f64): f64 {
  const a = Math.abs(x);
  if (a == 0) return 1;
  if (a == Infinity) return 0;
  return j0Pos(a);
}

/** J1(x). */
export function besselJ1(x: f64): f64 {
  const a = Math.abs(x);
  if (a == 0) return x;
  if (a == Infinity) return 0;
  const r = j1Pos(a);
  return x < 0 ? -r : r;
}

/** Y0(x). */
export function besselY0(x: f64): f64 {
  if (x < 0 || isNaN(x)) return NaN;
  if (x == 0) return -Infinity;
  if (x == Infinity) return 0;
  return y0Pos(x);
}

/** Y1(x). */
export function besselY1(x: f64): f64 {
  if (x < 0 || isNaN(x)) return NaN;
  if (x == 0) return -Infinity;
  if (x == Infinity) return 0;
  return y1Pos(x);
}

/** J_v(x) for real order v and real x. */
export function besselJv(v: f64, x: f64): f64 {
  if (isNaN(v) || isNaN(x)) return NaN;
  const integer = isInteger(v);
  if (x < 0) {
    if (!integer) return NaN;
    return parity(v) * besselJv(v, -x);
  }
  if (x == 0) {
    if (v == 0) return 1;
    if (v > 0 || integer) return 0;
    // J_v(0) = (x/2)^v / Γ(v+1) → ±∞ with the sign of 1/Γ(v+1).
    const t = v + 1;
    return t > 0 || parity(Math.floor(-t)) < 0 ? Infinity : -Infinity;
  }
  if (x == Infinity) return 0;
  if (v >= 0) return jvPos(v, x);
  if (integer) return parity(v) * jvPos(-v, x);
  if (jyNeg(-v, x)) return jyJ;
  const c = cosPi(v);
  const s = sinPi(v);
  jyPos(-v, x);
  // J_{−ν} = cos(νπ) J_ν − sin(νπ) Y_ν with ν = −v.
  let r: f64 = 0;
  if (c != 0) r += c * jyJ;
  if (s != 0) r += s * jyY;
  return r;
}

/** Y_v(x) for real order v and x >= 0. */
export function besselYv(v: f64, x: f64): f64 {
  if (isNaN(v) || isNaN(x) || x < 0) return NaN;
  const integer = isInteger(v);
  if (x == 0) {
    if (v >= 0) return -Infinity;
    if (integer) return parity(-v) < 0 ? Infinity : -Infinity;
    const c = cosPi(-v);
    if (c == 0) return 0;
    return c > 0 ? -Infinity : Infinity;
  }
  if (x == Infinity) return 0;
  if (v >= 0) return yvPos(v, x);
  if (integer) return parity(v) * yvPos(-v, x);
  if (jyNeg(-v, x)) return jyY;
  const c = cosPi(v);
  const s = sinPi(v);
  jyPos(-v, x);
  // Y_{−ν} = sin(νπ) J_ν + cos(νπ) Y_ν with ν = −v.
  let r: f64 = 0;
  if (s != 0) r -= s * jyJ;
  if (c != 0) r += c * jyY;
  return r;
}

/** J_n(x); a non-integer n is taken as a real order, as scipy's jn does. */
export function besselJn(n: f64, x: f64): f64 {
  return besselJv(n, x);
}

/** Y_n(x); a non-integer n is truncated toward zero, as scipy's yn does. */
export function besselYn(n: f64, x: f64): f64 {
  return besselYv(isNaN(n) || Math.abs(n) == Infinity ? n : Math.trunc(n), x);
}

/** I_v(x) for real order v and real x. */
export function besselIv(v: f64, x: f64): f64 {
  if (isNaN(v) || isNaN(x)) return NaN;
  const integer = isInteger(v);
  if (x < 0) {
    if (!integer) return NaN;
    return parity(v) * besselIv(v, -x);
  }
  if (x == 0) {
    if (v == 0) return 1;
    if (v > 0 || integer) return 0;
    return sinPi(-v) > 0 ? Infinity : -Infinity;
  }
  if (x == Infinity) return Infinity;
  if (v >= 0 || integer) return ivPos(Math.abs(v), x);
  return ivNeg(-v, x);
}

/** K_v(x) for real order v and x >= 0. */
export function besselKv(v: f64, x: f64): f64 {
  if (isNaN(v) || isNaN(x) || x < 0) return NaN;
  if (x == 0) return Infinity;
  if (x == Infinity) return 0;
  return kvPos(Math.abs(v), x);
}

/** J0 over n doubles at inPtr into outPtr, two at a time where both take j0FastX2. */
export function besselJ0Array(inPtr: usize, outPtr: usize, n: i32): void {
  let i = 0;
  for (; i + 2 <= n; i += 2) {
    const at = <usize>i << 3;
    const x = v128.load(inPtr + at);
    if (j0FastX2Range(x)) {
      const y = j0FastX2(x);
      const y0 = f64x2.extract_lane(y, 0);
      const y1 = f64x2.extract_lane(y, 1);
      // Lanes the fast phase gave up on go straight to the double-double path (x >= 2 here).
      store<f64>(outPtr + at, isNaN(y0) ? j0Slow(f64x2.extract_lane(x, 0)) : y0);
      store<f64>(outPtr + at, isNaN(y1) ? j0Slow(f64x2.extract_lane(x, 1)) : y1, 8);
    } else {
      store<f64>(outPtr + at, besselJ0(f64x2.extract_lane(x, 0)));
      store<f64>(outPtr + at, besselJ0(f64x2.extract_lane(x, 1)), 8);
    }
  }
  if (i < n) store<f64>(outPtr + (<usize>i << 3), besselJ0(load<f64>(inPtr + (<usize>i << 3))));
}

/** J1 over n doubles. */
export function besselJ1Array(inPtr: usize, outPtr: usize, n: i32): void {
  for (let i = 0; i < n; i++) store<f64>(outPtr + (<usize>i << 3), besselJ1(load<f64>(inPtr + (<usize>i << 3))));
}

/** Y0 over n doubles. */
export function besselY0Array(inPtr: usize, outPtr: usize, n: i32): void {
  for (let i = 0; i < n; i++) store<f64>(outPtr + (<usize>i << 3), besselY0(load<f64>(inPtr + (<usize>i << 3))));
}

/** Y1 over n doubles. */
export function besselY1Array(inPtr: usize, outPtr: usize, n: i32): void {
  for (let i = 0; i < n; i++) store<f64>(outPtr + (<usize>i << 3), besselY1(load<f64>(inPtr + (<usize>i << 3))));
}

/** J_v over n doubles (J0's two-lane path for v = 0). */
export function besselJvArray(inPtr: usize, outPtr: usize, n: i32, v: f64): void {
  if (v == 0) {
    besselJ0Array(inPtr, outPtr, n);
    return;
  }
  let i = 0;
  if (v > 0) {
    // Pairs that jvPos would send to jvFast run it on two lanes; the rest one at a time.
    for (; i + 2 <= n; i += 2) {
      const at = <usize>i << 3;
      const x = v128.load(inPtr + at);
      const x0 = f64x2.extract_lane(x, 0);
      const x1 = f64x2.extract_lane(x, 1);
      let y0: f64 = NaN;
      let y1: f64 = NaN;
      if (x0 > 0 && x1 > 0 && jvTriesFast(v, x0) && jvTriesFast(v, x1)) {
        const y = jvFastX2(v, x);
        y0 = f64x2.extract_lane(y, 0);
        y1 = f64x2.extract_lane(y, 1);
      }
      store<f64>(outPtr + at, isNaN(y0) ? besselJv(v, x0) : y0);
      store<f64>(outPtr + at, isNaN(y1) ? besselJv(v, x1) : y1, 8);
    }
  }
  for (; i < n; i++) store<f64>(outPtr + (<usize>i << 3), besselJv(v, load<f64>(inPtr + (<usize>i << 3))));
}

/** Y_v over n doubles. */
export function besselYvArray(inPtr: usize, outPtr: usize, n: i32, v: f64): void {
  for (let i = 0; i < n; i++) store<f64>(outPtr + (<usize>i << 3), besselYv(v, load<f64>(inPtr + (<usize>i << 3))));
}

/** J_n over n doubles. */
export function besselJnArray(inPtr: usize, outPtr: usize, n: i32, order: f64): void {
  besselJvArray(inPtr, outPtr, n, order);
}

/** Y_n over n doubles. */
export function besselYnArray(inPtr: usize, outPtr: usize, n: i32, order: f64): void {
  for (let i = 0; i < n; i++) store<f64>(outPtr + (<usize>i << 3), besselYn(order, load<f64>(inPtr + (<usize>i << 3))));
}

/** I_v over n doubles. */
export function besselIvArray(inPtr: usize, outPtr: usize, n: i32, v: f64): void {
  for (let i = 0; i < n; i++) store<f64>(outPtr + (<usize>i << 3), besselIv(v, load<f64>(inPtr + (<usize>i << 3))));
}

/** K_v over n doubles. */
export function besselKvArray(inPtr: usize, outPtr: usize, n: i32, v: f64): void {
  for (let i = 0; i < n; i++) store<f64>(outPtr + (<usize>i << 3), besselKv(v, load<f64>(inPtr + (<usize>i << 3))));
}
