// Real order ν >= 0 and finite x > 0: picks the method for J_ν, Y_ν, I_ν, K_ν by region.
import { hankel, hankelJ, hankelY, WANT_J, WANT_Y } from './bessel-hankel';
import { ivLarge, kvLarge } from './bessel-asym-ik';
import { besselIK, ikI, ikK, ikKLo, ikScaled } from './bessel-ik';
import { ddLo, ddMul } from './bessel-dd';
import { ddExp, expK, scale2 } from './bessel-exp';
import { jvFast } from './bessel-jv-fast';
import { j0Pos, j1Pos, y0Pos, y1Pos } from './bessel-order01';
import { midJ, midJNeg, midJY, midY, midYNeg } from './bessel-mid';
import { midINeg, midINegative } from './bessel-mid-i';
import { kvMid } from './bessel-mid-k';
import { ascendingSeries } from './bessel-series';
import { steedJ, steedJY, steedY } from './bessel-steed';
import { upJ, upward, upY } from './bessel-upward';

/** J_ν(x) from the last jyPos call. */
export let jyJ: f64 = 0;
/** Y_ν(x) from the last jyPos call. */
export let jyY: f64 = 0;

// The Hankel series is tried from here on; it reports failure itself when x is too small for ν.
// For half-integer ν it terminates (J_ν, Y_ν are elementary), so it is exact down to where its
// terms cancel too much, which it also reports.
function hankelWorth(nu: f64, x: f64): bool {
  return x > nu && (x >= 25 || (x >= 2 && Math.floor(nu + 0.5) == nu + 0.5));
}

/** Whether jvPos(ν, x) for ν > 0, x > 0 tries jvFast first (so an array may run it two lanes at a time). */
export function jvTriesFast(nu: f64, x: f64): bool {
  return nu != 1 && hankelWorth(nu, x);
}

// The ascending series for J is used while its cancellation (about e^(x²/(2ν+2))) costs
// fewer than 2^44 of the 2^106 its double-double sum carries.
function seriesJWorth(nu: f64, x: f64): bool {
  return x * x <= 60 * (nu + 1) && seriesInRange(nu, x);
}

// The series' prefactor (x/2)^ν/Γ(ν+1) is formed from its two factors, which must stay finite.
function seriesInRange(nu: f64, x: f64): bool {
  // Written so that 0·log(0) (ν = 0, x subnormal) counts as in range.
  return nu <= 170 && !(nu * Math.log(0.5 * x) >= 700);
}

// Non-integer orders below the large-x (Hankel) methods, while (x/2)^±ν stays in range.
function midWorth(nu: f64, x: f64): bool {
  return x < 25 && Math.floor(nu) != nu && nu * (Math.log(nu + 1) - Math.log(0.5 * x)) < 690;
}

/** Sets jyJ and jyY to J_−ν(x), Y_−ν(x) for non-integer ν > 0 when the direct series apply; false otherwise. */
export function jyNeg(nu: f64, x: f64): bool {
  // The Hankel form holds for negative orders as it stands.
  if (hankelWorth(nu, x) && hankel(-nu, x)) {
    jyJ = hankelJ;
    jyY = hankelY;
    return true;
  }
  if (!midWorth(nu, x)) return false;
  midJY(nu, x);
  jyJ = midJNeg;
  jyY = midYNeg;
  return true;
}

/** Sets jyJ and jyY to J_ν(x), Y_ν(x) for ν >= 0, finite x > 0. */
export function jyPos(nu: f64, x: f64): void {
  jyJ = jvPos(nu, x);
  jyY = yvPos(nu, x);
}

// Forward recurrence from the Hankel form at orders μ, μ+1 applies here (see bessel-upward.ts).
function upwardWorth(nu: f64, x: f64): bool {
  return x >= 25 || (x >= 2 && Math.floor(nu) == nu);
}

/** J_ν(x) for ν >= 0, finite x > 0. */
export function jvPos(nu: f64, x: f64): f64 {
  if (nu == 0) return j0Pos(x);
  if (nu == 1) return j1Pos(x);
  if (hankelWorth(nu, x)) {
    const fast = jvFast(nu, x);
    if (!isNaN(fast)) return fast;
    if (hankel(nu, x, false, WANT_J)) return hankelJ;
  }
  if (seriesJWorth(nu, x)) return ascendingSeries(nu, x, -1);
  if (upwardWorth(nu, x) && nu < x) {
    upward(nu, x);
    if (!isNaN(upJ)) return upJ;
  }
  if (midWorth(nu, x)) {
    midJY(nu, x);
    return midJ;
  }
  steedJY(nu, x);
  return steedJ;
}

/** Y_ν(x) for ν >= 0, finite x > 0. */
export function yvPos(nu: f64, x: f64): f64 {
  if (nu == 0) return y0Pos(x);
  if (nu == 1) return y1Pos(x);
  if (hankelWorth(nu, x) && hankel(nu, x, false, WANT_Y)) return hankelY;
  if (upwardWorth(nu, x)) {
    upward(nu, x);
    if (!isNaN(upY)) return upY;
  }
  if (midWorth(nu, x)) {
    midJY(nu, x);
    return midY;
  }
  steedJY(nu, x);
  return steedY;
}

// e^x·s without spurious overflow for large x.
function timesExp(s: f64, x: f64): f64 {
  if (Math.abs(x) < 700) return s * Math.exp(x);
  const h = Math.exp(0.5 * x);
  return s * h * h;
}

/** I_ν(x) for ν >= 0, finite x > 0. */
export function ivPos(nu: f64, x: f64): f64 {
  if (x <= 2 * nu + 40 && seriesInRange(nu, x)) return ascendingSeries(nu, x, 1);
  // Beyond here e^(x − ν²/(2x)) overflows for every order this code can reach.
  if (x >= 1e4) return Infinity;
  const r = ivLarge(nu, x);
  if (!isNaN(r)) return r;
  besselIK(nu, x);
  return ikScaled ? timesExp(ikI, x) : ikI;
}

// Non-integer orders and small x for the reflected I series (bessel-mid-i.ts, bessel-mid-k.ts).
function reflectedIWorth(nu: f64, x: f64): bool {
  return x < 10 && Math.floor(nu) != nu && nu * (Math.log(nu + 1) - Math.log(0.5 * x)) < 690;
}

/** I_−ν(x) for non-integer ν > 0, finite x > 0. */
export function ivNeg(nu: f64, x: f64): f64 {
  if (reflectedIWorth(nu, x)) {
    midINegative(nu, x);
    return midINeg;
  }
  // I_−ν = I_ν + (2/π) sin(νπ) K_ν.
  return ivPos(nu, x) + 0.6366197723675814 * Math.sin(3.141592653589793 * (nu - 2 * Math.round(nu * 0.5))) * kvPos(nu, x);
}

/** K_ν(x) for ν >= 0, finite x > 0. */
export function kvPos(nu: f64, x: f64): f64 {
  // and here e^(−x + ν²/(2x)) underflows.
  if (x >= 1e4) return 0;
  if (reflectedIWorth(nu, x)) return kvMid(nu, x);
  if (x >= 30) {
    const r = kvLarge(nu, x);
    if (!isNaN(r)) return r;
  }
  besselIK(nu, x);
  if (!ikScaled) return ikK;
  // e^−x in double-double, so unscaling adds no rounding of its own.
  const eh = ddExp(-x, 0);
  const k = expK;
  const ph = ddMul(ikK, ikKLo, eh, ddLo);
  return scale2(ph, ddLo, k);
}

