// Large-x expansions of the modified functions (A&S 9.7.1, 9.7.2):
//   I_ν(x) ~ e^x/sqrt(2πx) · Σ (−1)^k a_k(ν)/x^k,  K_ν(x) ~ sqrt(π/(2x)) e^−x · Σ a_k(ν)/x^k,
// a_k(ν) = Π_{j<=k} (4ν² − (2j−1)²) / (k! 8^k), summed in double-double until the terms drop
// below 2^-66; e^±x comes from ddExp, so the result is rounded once.
import { ddAdd, ddDiv, ddLo, ddMul, ddSqrt, twoProd, twoSum } from './bessel-dd';
import { ddExp, expK, scale2 } from './bessel-exp';

const TWO_PI_HI: f64 = 6.283185307179586;
const TWO_PI_LO: f64 = 2.4492935982947064e-16;
const MAX_TERM: f64 = 1e9;

let sumHi: f64 = 0;
let sumLo: f64 = 0;

// Σ s^k a_k/x^k with s = −1 (I) or +1 (K); false when it does not converge.
function sum(nu: f64, x: f64, s: f64): bool {
  const x8 = 8 * x;
  const muh = twoProd(2 * nu, 2 * nu);
  const mul = ddLo;
  let th: f64 = 1;
  let tl: f64 = 0;
  sumHi = 1;
  sumLo = 0;
  let prev: f64 = Infinity;
  for (let k = 1; k < 600; k++) {
    const odd = <f64>(2 * k - 1);
    const fh = twoSum(muh, -odd * odd);
    th = ddMul(th, tl, fh, ddLo + mul);
    tl = ddLo;
    const dh = twoProd(x8, s * <f64>k);
    th = ddDiv(th, tl, dh, ddLo);
    tl = ddLo;
    sumHi = ddAdd(sumHi, sumLo, th, tl);
    sumLo = ddLo;
    const size = Math.abs(th);
    if (size < 1e-20 * Math.abs(sumHi)) return true;
    if (size > MAX_TERM || (size > prev && <f64>k > nu + 1)) return false;
    prev = size;
  }
  return false;
}

/** I_ν(x) for ν >= 0 and large x, or NaN when x is too small for the expansion. */
export function ivLarge(nu: f64, x: f64): f64 {
  if (!sum(nu, x, -1)) return NaN;
  const eh = ddExp(x, 0);
  const k = expK;
  const mh = ddMul(eh, ddLo, sumHi, sumLo);
  const ml = ddLo;
  const dh = ddMul(TWO_PI_HI, TWO_PI_LO, x, 0);
  const rh = ddSqrt(dh, ddLo);
  const qh = ddDiv(mh, ml, rh, ddLo);
  return scale2(qh, ddLo, k);
}

/** K_ν(x) for ν >= 0 and large x, or NaN when x is too small for the expansion. */
export function kvLarge(nu: f64, x: f64): f64 {
  if (!sum(nu, x, 1)) return NaN;
  const eh = ddExp(-x, 0);
  const k = expK;
  const mh = ddMul(eh, ddLo, sumHi, sumLo);
  const ml = ddLo;
  // sqrt(π/(2x)) = sqrt(2π)/(2·sqrt(x))... written as π/sqrt(2πx).
  const dh = ddMul(TWO_PI_HI, TWO_PI_LO, x, 0);
  const rh = ddSqrt(dh, ddLo);
  const rl = ddLo;
  const qh = ddDiv(mh, ml, rh, rl);
  const ph = ddMul(qh, ddLo, 3.141592653589793, 1.2246467991473532e-16);
  return scale2(ph, ddLo, k);
}
