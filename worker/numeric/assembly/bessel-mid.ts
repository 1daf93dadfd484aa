// Non-integer ν > 0 and 2 <= x < 25, where the Hankel series has not converged yet and Steed's
// continued fractions lose tens of ulps. With z = x²/4 and the reflection 1/Γ(k−ν+1) =
// (−1)^k sin(νπ) Γ(ν−k)/π, both ascending series give
//   J_ν = (x/2)^ν Σ (−z)^k/(k! Γ(k+ν+1)),   S = (x/2)^−ν/π · Σ z^k Γ(ν−k)/k!,
//   J_−ν = sin(νπ)·S,  Y_ν = cot(νπ)·J_ν − S,  Y_−ν = J_ν/sin(νπ) − cos(νπ)·S,
// all in double-double, so only the sums' 2^-100 (relative to their largest term) is lost.
import { ddAdd, ddDiv, ddLo, ddMul, twoProd, twoSum } from './bessel-dd';
import { ddPow } from './bessel-exp';
import { rgammaNu1 } from './bessel-gamma';
import { phaseCos, phaseCosLo, phaseSin, phaseSinLo, sinCosPi } from './bessel-phase';
import { seriesSum } from './bessel-series';

/** J_ν from the last midJY call. */
export let midJ: f64 = 0;
/** Y_ν from the last midJY call. */
export let midY: f64 = 0;
/** J_−ν from the last midJY call. */
export let midJNeg: f64 = 0;
/** Y_−ν from the last midJY call. */
export let midYNeg: f64 = 0;

const INV_PI_HI: f64 = 0.3183098861837907;
const INV_PI_LO: f64 = -1.9678676675182486e-17;

/**
 * (x/2)^−ν/π · Σ_k (sign·z)^k Γ(ν−k)/k! for non-integer ν > 0 as a double-double, given
 * 1/Γ(ν+1) = gh + gl and (x/2)^ν = pwh + pwl: the reflected series of J_−ν (sign +1) and of
 * I_−ν (sign −1) divided by sin(νπ).
 */
export function reflectedSum(nu: f64, x: f64, sign: f64, gh: f64, gl: f64, pwh: f64, pwl: f64): f64 {
  // Terms relative to Γ(ν): T_k = T_{k−1}·sign·z/(k(ν−k)).
  const zh = twoProd(0.5 * x, 0.5 * sign * x);
  const zl = ddLo;
  let th: f64 = 1;
  let tl: f64 = 0;
  let sh: f64 = 1;
  let sl: f64 = 0;
  for (let k: f64 = 1; k < 2000; k++) {
    const nk = twoSum(nu, -k);
    const dh = ddMul(nk, ddLo, k, 0);
    const dl = ddLo;
    th = ddMul(th, tl, zh, zl);
    tl = ddLo;
    th = ddDiv(th, tl, dh, dl);
    tl = ddLo;
    sh = ddAdd(sh, sl, th, tl);
    sl = ddLo;
    if (k > nu && Math.abs(th) < 1e-34 * Math.abs(sh)) break;
  }
  // Γ(ν) = 1/(ν·(1/Γ(ν+1))).
  const rgh = ddMul(gh, gl, nu, 0);
  const rgl = ddLo;
  let qh = ddDiv(sh, sl, rgh, rgl);
  let ql = ddLo;
  qh = ddDiv(qh, ql, pwh, pwl);
  ql = ddLo;
  return ddMul(qh, ql, INV_PI_HI, INV_PI_LO);
}

/** Sets midJ, midY, midJNeg, midYNeg for non-integer ν > 0 and finite x > 0 of moderate size. */
export function midJY(nu: f64, x: f64): void {
  const pwh = ddPow(0.5 * x, nu);
  const pwl = ddLo;

  const s1h = seriesSum(nu, x, -1);
  const s1l = ddLo;
  const gh = rgammaNu1(nu);
  const gl = ddLo;
  let jh = ddMul(gh, gl, pwh, pwl);
  jh = ddMul(jh, ddLo, s1h, s1l);
  const jl = ddLo;

  const bigSh = reflectedSum(nu, x, 1, gh, gl, pwh, pwl);
  const bigSl = ddLo;

  sinCosPi(nu);
  const ch = phaseCos;
  const cl = phaseCosLo;
  const snh = phaseSin;
  const snl = phaseSinLo;

  midJ = jh + jl;
  // Y_ν = (cos·J − sin·S)/sin
  let ah = ddMul(ch, cl, jh, jl);
  let al = ddLo;
  const bh = ddMul(snh, snl, bigSh, bigSl);
  const bl = ddLo;
  ah = ddAdd(ah, al, -bh, -bl);
  al = ddLo;
  midY = ddDiv(ah, al, snh, snl);
  midJNeg = bh + bl;
  // Y_−ν = (J − sin·cos·S)/sin
  const csh = ddMul(ch, cl, bh, bl);
  ah = ddAdd(jh, jl, -csh, -ddLo);
  al = ddLo;
  midYNeg = ddDiv(ah, al, snh, snl);
}
