// I_ν(x) and K_ν(x) for real ν >= 0 and finite x > 0 by Temme's method (as Numerical Recipes'
// bessik describes it): CF1 gives I'_ν/I_ν, backward recurrence carries it to μ = ν − n,
// Temme's series (x < 2) or Steed's CF2 (x >= 2) give K_μ, K_μ+1, the Wronskian fixes I_μ, and
// forward recurrence carries K up to ν. For x >= 2 everything runs scaled by e^x (K) and
// e^−x (I) so that the results overflow or underflow only when they must.
import { gamma1, gamma2, rgamma1p } from './bessel-gamma';
import { ddLo } from './bessel-dd';
import { cf2K, cf2K1Hi, cf2K1Lo, cf2KHi, cf2KLo } from './bessel-k-cf2';
import { recurLo, recurUp } from './bessel-recur';
import { CF_EPS as EPS, CF_FPMIN as FPMIN, CF_LN2 as LN2, CF_MAXIT as MAXIT, CF_PI as PI } from './bessel-cf-constants';

/** e^−x·I_ν(x) for x >= 2, plain I_ν(x) below (see ikScaled). */
export let ikI: f64 = 0;
/** e^x·K_ν(x) for x >= 2, plain K_ν(x) below. */
export let ikK: f64 = 0;
/** Low part of ikK. */
export let ikKLo: f64 = 0;
/** Whether the last besselIK call left scaled values. */
export let ikScaled: bool = false;


/** Sets ikI/ikK (scaled when x >= 2, see ikScaled) for ν >= 0 and finite x > 0. */
export function besselIK(nu: f64, x: f64): void {
  const nl = <i32>(nu + 0.5);
  const mu = nu - <f64>nl;
  const xi = 1 / x;
  const xi2 = 2 * xi;

  // CF1: h = I'_ν/I_ν by modified Lentz.
  let h = nu * xi;
  if (h < FPMIN) h = FPMIN;
  let b = xi2 * nu;
  let d: f64 = 0;
  let c = h;
  for (let i = 1; i <= MAXIT; i++) {
    b += xi2;
    d = 1 / (b + d);
    c = b + 1 / c;
    const del = c * d;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  let ril = FPMIN;
  let ripl = h * ril;
  let ril1 = ril;
  let fact = nu * xi;
  for (let l = nl; l >= 1; l--) {
    const t = fact * ril + ripl;
    fact -= xi;
    ripl = fact * t + ril;
    ril = t;
    if (ril > 1e250) {
      ril *= 1e-250;
      ripl *= 1e-250;
      ril1 *= 1e-250;
    }
  }
  const f = ripl / ril;

  let rkmu: f64;
  let rk1: f64;
  let rkmuLo: f64 = 0;
  let rk1Lo: f64 = 0;
  if (x < 2) {
    const x2 = 0.5 * x;
    const pimu = PI * mu;
    const fact1 = Math.abs(pimu) < 1e-9 ? 1 : pimu / Math.sin(pimu);
    const dd = LN2 - Math.log(x);
    const e = mu * dd;
    const fact2 = Math.abs(e) < 1e-9 ? 1 : Math.sinh(e) / e;
    const gampl = rgamma1p(mu) + ddLo;
    const gammi = rgamma1p(-mu) + ddLo;
    let ff = fact1 * (gamma1(mu) * Math.cosh(e) + gamma2(mu) * fact2 * dd);
    let sum = ff;
    const ee = Math.exp(e);
    let p = 0.5 * ee / gampl;
    let q = 0.5 / (ee * gammi);
    let cc: f64 = 1;
    const d2 = x2 * x2;
    let sum1 = p;
    for (let i = 1; i <= MAXIT; i++) {
      const fi = <f64>i;
      ff = (fi * ff + p + q) / (fi * fi - mu * mu);
      cc *= d2 / fi;
      p /= fi - mu;
      q /= fi + mu;
      const del = cc * ff;
      sum += del;
      sum1 += cc * (p - fi * ff);
      if (Math.abs(del) < Math.abs(sum) * EPS) break;
    }
    rkmu = sum;
    rk1 = sum1 * xi2;
    ikScaled = false;
  } else {
    // Steed's CF2 with Temme's normalisation, giving e^x·K_μ and e^x·K_μ+1 (double-double).
    cf2K(mu, x);
    rkmu = cf2KHi;
    rkmuLo = cf2KLo;
    rk1 = cf2K1Hi;
    rk1Lo = cf2K1Lo;
    ikScaled = true;
  }
  const rkmup = mu * xi * rkmu - rk1;
  const rimu = xi / (f * rkmu - rkmup);
  ikI = rimu * ril1 / ril;
  ikK = recurUp(mu, x, rkmu, rkmuLo, rk1, rk1Lo, nl, 1);
  ikKLo = recurLo;
}
