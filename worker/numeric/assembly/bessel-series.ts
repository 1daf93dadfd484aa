// The ascending series J_ν(x) = (x/2)^ν/Γ(ν+1) · Σ (−x²/4)^k / (k! (ν+1)_k) and its I_ν twin
// (all signs +), for ν >= 0. Terms and sum are double-doubles, so the series stays accurate to
// about 2^-100 of its largest term: good wherever that term is not 2^40 times the result.
import { ddAdd, ddDiv, ddLo, ddMul, ddMulD, fastTwoSum, twoProd, twoSum } from './bessel-dd';
import { rgammaNu1 } from './bessel-gamma';

/** Σ_k (sign·x²/4)^k/(k!(ν+1)_k) as a double-double (high returned, low in ddLo). */
export function seriesSum(nu: f64, x: f64, sign: f64): f64 {
  const zh = twoProd(0.5 * x, 0.5 * sign * x);
  const zl = ddLo;
  let th: f64 = 1;
  let tl: f64 = 0;
  let sh: f64 = 1;
  let sl: f64 = 0;
  let k: f64 = 1;
  for (; k < 2000; k++) {
    const nk = twoSum(nu, k);
    const dh = ddMulD(nk, ddLo, k);
    const dl = ddLo;
    th = ddMul(th, tl, zh, zl);
    tl = ddLo;
    th = ddDiv(th, tl, dh, dl);
    tl = ddLo;
    sh = ddAdd(sh, sl, th, tl);
    sl = ddLo;
    // Once the terms are below 2^-53 of the sum their own rounding no longer matters.
    if (Math.abs(th) < 1e-16 * Math.abs(sh)) break;
  }
  let t = th + tl;
  let tail: f64 = 0;
  for (k++; k < 2000; k++) {
    t *= zh / (k * (nu + k));
    tail += t;
    if (Math.abs(t) < 1e-34 * Math.abs(sh)) break;
  }
  return fastTwoSum(sh, sl + tail);
}

/** The series times (x/2)^ν/Γ(ν+1) for ν >= 0, finite x > 0; sign = −1 for J, +1 for I. */
export function ascendingSeries(nu: f64, x: f64, sign: f64): f64 {
  const sh = seriesSum(nu, x, sign);
  const sl = ddLo;
  const gh = rgammaNu1(nu);
  const gl = ddLo;
  const ph = ddMulD(gh, gl, Math.pow(0.5 * x, nu));
  return ddMul(ph, ddLo, sh, sl);
}
