// J_ν(x) and Y_ν(x) for real ν >= 0 and moderate x > 0 by the Temme–Steed method (the one
// Numerical Recipes describes as bessjy): CF1 gives J'_ν/J_ν, backward recurrence carries it down
// to μ = ν − n, Temme's series (x < 2) or Steed's CF2 (x >= 2) give Y_μ, Y_μ+1, the Wronskian
// fixes J_μ, and forward recurrence carries Y back up to ν.
import { gamma1, gamma2, rgamma1p } from './bessel-gamma';
import { ddLo } from './bessel-dd';
import { recurUp } from './bessel-recur';
import { CF_EPS as EPS, CF_FPMIN as FPMIN, CF_LN2 as LN2, CF_MAXIT as MAXIT, CF_PI as PI } from './bessel-cf-constants';

/** J_ν(x) from the last steedJY call. */
export let steedJ: f64 = 0;
/** Y_ν(x) from the last steedJY call. */
export let steedY: f64 = 0;


/** Sets steedJ/steedY for ν >= 0 and finite x > 0. */
export function steedJY(nu: f64, x: f64): void {
  const nl = x < 2 ? <i32>(nu + 0.5) : max(0, <i32>(nu - x + 1.5));
  const mu = nu - <f64>nl;
  const xi = 1 / x;
  const xi2 = 2 * xi;
  const w = xi2 / PI;

  // CF1: h = J'_ν/J_ν by modified Lentz; isign tracks the sign of J_ν/J_ν-1 products.
  let isign: f64 = 1;
  let h = nu * xi;
  if (h < FPMIN) h = FPMIN;
  let b = xi2 * nu;
  let d: f64 = 0;
  let c = h;
  for (let i = 1; i <= MAXIT; i++) {
    b += xi2;
    d = b - d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = b - 1 / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = c * d;
    h *= del;
    if (d < 0) isign = -isign;
    if (Math.abs(del - 1) < EPS) break;
  }

  // Backward recurrence from ν to μ on an arbitrary scale (rescaled against overflow).
  let rjl = isign * FPMIN;
  let rjpl = h * rjl;
  let rjl1 = rjl;
  let fact = nu * xi;
  for (let l = nl; l >= 1; l--) {
    const t = fact * rjl + rjpl;
    fact -= xi;
    rjpl = fact * t - rjl;
    rjl = t;
    if (Math.abs(rjl) > 1e250) {
      rjl *= 1e-250;
      rjpl *= 1e-250;
      rjl1 *= 1e-250;
    }
  }
  if (rjl == 0) rjl = EPS;
  const f = rjpl / rjl;

  let rjmu: f64;
  let rymu: f64;
  let ry1: f64;
  if (x < 2) {
    // Temme's series for Y_μ and Y_μ+1, |μ| <= 1/2.
    const x2 = 0.5 * x;
    const pimu = PI * mu;
    const fact1 = Math.abs(pimu) < 1e-9 ? 1 : pimu / Math.sin(pimu);
    const dd = LN2 - Math.log(x);
    const e = mu * dd;
    const fact2 = Math.abs(e) < 1e-9 ? 1 : Math.sinh(e) / e;
    const g1 = gamma1(mu);
    const g2 = gamma2(mu);
    const gampl = rgamma1p(mu) + ddLo;
    const gammi = rgamma1p(-mu) + ddLo;
    let ff = (2 / PI) * fact1 * (g1 * Math.cosh(e) + g2 * fact2 * dd);
    const ee = Math.exp(e);
    let p = ee / (gampl * PI);
    let q = 1 / (ee * PI * gammi);
    const pimu2 = 0.5 * pimu;
    const fact3 = Math.abs(pimu2) < 1e-9 ? 1 : Math.sin(pimu2) / pimu2;
    const r = PI * pimu2 * fact3 * fact3;
    let cc: f64 = 1;
    const d2 = -x2 * x2;
    let sum = ff + r * q;
    let sum1 = p;
    for (let i = 1; i <= MAXIT; i++) {
      const fi = <f64>i;
      ff = (fi * ff + p + q) / (fi * fi - mu * mu);
      cc *= d2 / fi;
      p /= fi - mu;
      q /= fi + mu;
      const del = cc * (ff + r * q);
      sum += del;
      const del1 = cc * p - fi * del;
      sum1 += del1;
      if (Math.abs(del) < (1 + Math.abs(sum)) * EPS) break;
    }
    rymu = -sum;
    ry1 = -sum1 * xi2;
    const rymup = mu * xi * rymu - ry1;
    rjmu = w / (rymup - f * rymu);
  } else {
    // Steed's CF2 for p + iq = (J'_μ + iY'_μ)/(J_μ + iY_μ).
    let a = 0.25 - mu * mu;
    let p = -0.5 * xi;
    let q: f64 = 1;
    const br = 2 * x;
    let bi: f64 = 2;
    let fct = a * xi / (p * p + q * q);
    let cr = br + q * fct;
    let ci = bi + p * fct;
    let den = br * br + bi * bi;
    let dr = br / den;
    let di = -bi / den;
    let dlr = cr * dr - ci * di;
    let dli = cr * di + ci * dr;
    let t = p * dlr - q * dli;
    q = p * dli + q * dlr;
    p = t;
    for (let i = 2; i <= MAXIT; i++) {
      a += <f64>(2 * (i - 1));
      bi += 2;
      dr = a * dr + br;
      di = a * di + bi;
      if (Math.abs(dr) + Math.abs(di) < FPMIN) dr = FPMIN;
      fct = a / (cr * cr + ci * ci);
      cr = br + cr * fct;
      ci = bi - ci * fct;
      if (Math.abs(cr) + Math.abs(ci) < FPMIN) cr = FPMIN;
      den = dr * dr + di * di;
      dr /= den;
      di = -di / den;
      dlr = cr * dr - ci * di;
      dli = cr * di + ci * dr;
      t = p * dlr - q * dli;
      q = p * dli + q * dlr;
      p = t;
      if (Math.abs(dlr - 1) + Math.abs(dli) < EPS) break;
    }
    const gam = (p - f) / q;
    rjmu = Math.sqrt(w / ((p - f) * gam + q));
    if (rjl < 0) rjmu = -rjmu;
    rymu = rjmu * gam;
    const rymup = rymu * (p + q / gam);
    ry1 = mu * xi * rymu - rymup;
  }
  const scale = rjmu / rjl;
  steedJ = rjl1 * scale;
  steedY = recurUp(mu, x, rymu, 0, ry1, 0, nl, -1);
}
