// The ascending series J_ν(x) = (x/2)^ν/Γ(ν+1) · Σ (−x²/4)^k / (k! (ν+1)_k) and its I_ν twin
// (all signs +), for ν >= 0. Used where the terms shrink from the start, so the sum (kept in
// double-double) loses nothing to cancellation.
import { ddLo, ddMulD, fastTwoSum, twoSum } from './bessel-dd';
import { rgammaNu1 } from './bessel-gamma';

/** Σ_k (sign·x²/4)^k/(k!(ν+1)_k) · (x/2)^ν/Γ(ν+1) for ν >= 0, finite x > 0; sign = −1 for J, +1 for I. */
export function ascendingSeries(nu: f64, x: f64, sign: f64): f64 {
  const z = sign * 0.25 * x * x;
  let term: f64 = 1;
  let sh: f64 = 1;
  let sl: f64 = 0;
  for (let k: f64 = 1; k < 500; k++) {
    term *= z / (k * (nu + k));
    sh = twoSum(sh, term);
    sl += ddLo;
    if (Math.abs(term) < 1e-20 * Math.abs(sh)) break;
  }
  sh = fastTwoSum(sh, sl);
  sl = ddLo;
  const gh = rgammaNu1(nu);
  const gl = ddLo;
  const ph = ddMulD(gh, gl, Math.pow(0.5 * x, nu));
  return ph * sh + (ph * sl + ddLo * sh);
}
