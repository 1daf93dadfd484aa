// 1/Γ near 1 from its Taylor series (A&S 6.1.34 coefficients, 1/Γ(1+μ) = Σ c_k μ^k), the
// building block of Temme's series (Temme 1975; Γ1 and Γ2 there) and of the power-series prefactor.
import { ddDiv, ddLo, ddMul, twoSum } from './bessel-dd';

// c_1, c_3, c_5, … (odd powers) and c_2, c_4, … (even powers) of 1/Γ(1+μ); c_0 = 1.
const ODD: StaticArray<f64> = [
  0.5772156649015329, -0.04200263503409524, -0.04219773455554433, 0.0072189432466631,
  -0.00021524167411495098, -2.013485478078824e-05, 1.133027231981696e-06, 6.116095104481416e-09,
  -1.18127457048702e-09, 7.782263439905071e-12, 5.100370287454476e-13, -5.348122539423018e-15,
  -1.1812593016974588e-16, 1.4123806553180319e-18, 1.7144063219273374e-20,
];
const EVEN: StaticArray<f64> = [
  -0.6558780715202539, 0.16653861138229148, -0.009621971527876973, -0.0011651675918590652,
  0.0001280502823881162, -1.2504934821426706e-06, -2.056338416977607e-07, 5.002007644469223e-09,
  1.0434267116911005e-10, -3.696805618642206e-12, -2.0583260535665066e-14, 1.2267786282382608e-15,
  1.1866922547516004e-18, -2.29874568443537e-19, 1.337351730493693e-22,
];

function poly(c: StaticArray<f64>, z: f64): f64 {
  let s: f64 = 0;
  for (let i = c.length - 1; i >= 0; i--) s = s * z + unchecked(c[i]);
  return s;
}

/** Temme's Γ1(μ) = (1/Γ(1−μ) − 1/Γ(1+μ)) / (2μ) for |μ| <= 1/2. */
export function gamma1(mu: f64): f64 {
  return -poly(ODD, mu * mu);
}

/** Temme's Γ2(μ) = (1/Γ(1−μ) + 1/Γ(1+μ)) / 2 for |μ| <= 1/2. */
export function gamma2(mu: f64): f64 {
  return 1 + mu * mu * poly(EVEN, mu * mu);
}

/** 1/Γ(1+μ) for |μ| <= 1/2, as a double-double (high part returned, low part in ddLo). */
export function rgamma1p(mu: f64): f64 {
  const z = mu * mu;
  return twoSum(1, mu * poly(ODD, z) + z * poly(EVEN, z));
}

/**
 * 1/Γ(ν+1) for ν >= −1/2 as a double-double: 1/Γ(1+μ) divided by (μ+1)(μ+2)…(μ+n), ν = n + μ.
 * Returns 0 once Γ overflows (ν > 170).
 */
export function rgammaNu1(nu: f64): f64 {
  if (nu > 170) return twoSum(0, 0);
  const n = Math.round(nu);
  const mu = nu - n;
  const gh = rgamma1p(mu);
  const gl = ddLo;
  let ph: f64 = 1;
  let pl: f64 = 0;
  for (let k: f64 = 1; k <= n; k++) {
    const fh = twoSum(mu, k);
    ph = ddMul(ph, pl, fh, ddLo);
    pl = ddLo;
  }
  return ddDiv(gh, gl, ph, pl);
}
