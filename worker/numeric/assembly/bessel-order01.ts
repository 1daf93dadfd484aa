// J0, J1, Y0, Y1 for finite x > 0. Below 2: fdlibm's rational forms (constants from Sun's
// e_j0.c / e_j1.c), with the leading terms of J0 in double-double. From 2 to 25: the Hankel form
// with fdlibm's fitted P and Q and the phase and final products in double-double
// (bessel-hankel.ts). From 25 up the asymptotic series itself converges past 2^-64 and settles
// the cases the fits cannot round with certainty.
import { ddLo, twoProd, twoSum } from './bessel-dd';
import { assembleHankel, hankel, hankelJ, hankelJLo, hankelY, hankelYLo, WANT_J, WANT_Y } from './bessel-hankel';
import { j0Fast } from './bessel-j0-fast';
import { p0m1, p1m1, q0, q1 } from './bessel-pq01';

const TWO_OVER_PI: f64 = 6.36619772367581382433e-01;
// Where the Hankel series (not its rational fit) takes over for orders 0 and 1.
const SERIES_FROM: f64 = 25;
// j0Fast's range (its Cody–Waite reduction is exact below 2^20).
const FAST_BELOW: f64 = 1048576;

// P, Q from fdlibm's fits (error below 2^-58 of the envelope) assembled in double-double.
function fits(order: i32, x: f64, accurate: bool, want: i32): void {
  if (order == 0) assembleHankel(0, x, p0m1(x), 0, q0(x), 0, accurate, want);
  else assembleHankel(1, x, p1m1(x), 0, q1(x), 0, accurate, want);
}

// Whether hi + lo, known to within e, rounds to hi whatever its error (Ziv's rounding test).
function settled(hi: f64, lo: f64, e: f64): bool {
  const a = Math.abs(hi);
  const ulp = reinterpret<f64>(reinterpret<u64>(a) + 1) - a;
  return Math.abs(lo) + e < 0.5 * ulp;
}

/**
 * Sets hankelJ/hankelY (+Lo) for order 0 or 1 and x >= 2 (`accurate`, `want`: see hankel()).
 * From 25 up the cheap fits are kept when their result is certainly rounded right, else the
 * series (error below 2^-66) decides; `accurate` (recurrence bases) goes to the series at once.
 */
export function hankel01(order: i32, x: f64, accurate: bool = false, want: i32 = WANT_J | WANT_Y): void {
  if (x >= SERIES_FROM) {
    if (!accurate) {
      fits(order, x, false, want);
      // 2^-57·sqrt(2/(πx)): the fits' and the fast phase's error bound on the envelope's scale.
      const e = 6.938893903907228e-18 * 0.8 / Math.sqrt(x);
      if ((!(want & WANT_J) || settled(hankelJ, hankelJLo, e)) && (!(want & WANT_Y) || settled(hankelY, hankelYLo, e))) return;
    }
    if (hankel(<f64>order, x, accurate, want)) return;
  }
  fits(order, x, accurate, want);
}

/** J0(x) for finite x >= 2 by the double-double path alone (where the fast phase gave up). */
export function j0Slow(x: f64): f64 {
  hankel01(0, x, false, WANT_J);
  return hankelJ;
}

/** J0(x) for finite x > 0. */
export function j0Pos(x: f64): f64 {
  if (x >= 2) {
    if (x < FAST_BELOW) {
      const y = j0Fast(x);
      if (!isNaN(y)) return y;
    }
    return j0Slow(x);
  }
  if (x < 7.450580596923828e-9) return 1;
  const z = x * x;
  const r = z * (1.56249999999999947958e-02 + z * (-1.89979294238854721751e-04 + z * (1.82954049532700665670e-06 +
    z * -4.61832688532103189199e-09)));
  const s = 1 + z * (1.56191029464890010492e-02 + z * (1.16926784663337450260e-04 + z * (5.13546550207318111446e-07 +
    z * 1.16614003333790000205e-09)));
  // 1 − x²/4 exactly in double-double, then the small rest.
  const zh = twoProd(x, x);
  const zl = ddLo;
  const h = twoSum(1, -0.25 * zh);
  return h + (ddLo - 0.25 * zl + z * (r / s));
}

/** J1(x) for finite x > 0. */
export function j1Pos(x: f64): f64 {
  if (x >= 2) {
    hankel01(1, x, false, WANT_J);
    return hankelJ;
  }
  if (x < 7.450580596923828e-9) return 0.5 * x;
  const z = x * x;
  const r = z * (-6.25000000000000000000e-02 + z * (1.40705666955189706048e-03 + z * (-1.59955631084035597520e-05 +
    z * 4.96727999609584448412e-08)));
  const s = 1 + z * (1.91537599538363460805e-02 + z * (1.85946785588630915560e-04 + z * (1.17718464042623683263e-06 +
    z * (5.04636257076217042715e-09 + z * 1.23542274426137913908e-11))));
  return 0.5 * x + x * (r / s);
}

/** Y0(x) for finite x > 0. */
export function y0Pos(x: f64): f64 {
  if (x >= 2) {
    hankel01(0, x, false, WANT_Y);
    return hankelY;
  }
  if (x < 7.450580596923828e-9) return -7.38042951086872317523e-02 + TWO_OVER_PI * Math.log(x);
  const z = x * x;
  const u = -7.38042951086872317523e-02 + z * (1.76666452509181115538e-01 + z * (-1.38185671945596898896e-02 +
    z * (3.47453432093683650238e-04 + z * (-3.81407053724364161125e-06 + z * (1.95590137035022920206e-08 +
    z * -3.98205194132103398453e-11)))));
  const v = 1 + z * (1.27304834834123699328e-02 + z * (7.60068627350353253702e-05 + z * (2.59150851840457805467e-07 +
    z * 4.41110311332675467403e-10)));
  return u / v + TWO_OVER_PI * (j0Pos(x) * Math.log(x));
}

/** Y1(x) for finite x > 0. */
export function y1Pos(x: f64): f64 {
  if (x >= 2) {
    hankel01(1, x, false, WANT_Y);
    return hankelY;
  }
  if (x < 5.551115123125783e-17) return -TWO_OVER_PI / x;
  const z = x * x;
  const u = -1.96057090646238940668e-01 + z * (5.04438716639811282616e-02 + z * (-1.91256895875763547298e-03 +
    z * (2.35252600561610495928e-05 + z * -9.19099158039878874504e-08)));
  const v = 1 + z * (1.99167318236649903973e-02 + z * (2.02552581025135171496e-04 + z * (1.35608801097516229404e-06 +
    z * (6.22741452364621501295e-09 + z * 1.66559246207992079114e-11))));
  return x * (u / v) + TWO_OVER_PI * (j1Pos(x) * Math.log(x) - 1 / x);
}
