// 1/Γ near 1 from its Taylor series (A&S 6.1.34 coefficients, 1/Γ(1+μ) = Σ c_k μ^k), the
// building block of Temme's series (Temme 1975; Γ1 and Γ2 there) and of the power-series prefactor.
import { ddAdd, ddDiv, ddLo, ddMul, twoSum } from './bessel-dd';

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

// The same coefficients c_0…c_17 as double-doubles (hi, lo) and c_18…c_30 as doubles, for
// 1/Γ(1+μ) to 2^-100 where a cancellation follows (K from the reflected series).
const DD_HI: StaticArray<f64> = [
  1.0, 0.5772156649015329, -0.6558780715202539, -0.04200263503409524, 0.16653861138229148,
  -0.04219773455554433, -0.009621971527876973, 0.0072189432466631, -0.0011651675918590652,
  -0.00021524167411495098, 0.0001280502823881162, -2.013485478078824e-05, -1.2504934821426706e-06,
  1.133027231981696e-06, -2.056338416977607e-07, 6.116095104481416e-09, 5.002007644469223e-09,
  -1.18127457048702e-09,
];
const DD_LO: StaticArray<f64> = [
  0.0, -4.942915152430645e-18, 2.137185197068536e-17, 1.4920306285650505e-18, 1.0189144546842026e-17,
  -3.3579992682480134e-18, -5.300031368830263e-19, -3.6006537063394283e-19, 5.659947853880981e-20,
  2.3758686180729364e-21, -9.359124499198967e-21, 3.0488773972037385e-23, -2.66214092271898e-23,
  -4.622235212104869e-23, -3.0061601618645134e-24, -2.693458298171306e-25, -1.538123614056751e-26,
  -1.0052356155716208e-25,
];
const DD_TAIL: StaticArray<f64> = [
  1.0434267116911005e-10, 7.782263439905071e-12, -3.696805618642206e-12, 5.100370287454476e-13,
  -2.0583260535665066e-14, -5.348122539423018e-15, 1.2267786282382608e-15, -1.1812593016974588e-16,
  1.1866922547516004e-18, 1.4123806553180319e-18, -2.29874568443537e-19, 1.7144063219273374e-20,
  1.337351730493693e-22,
];

/** 1/Γ(1+μ) for |μ| <= 1/2 to about 2^-100, as a double-double (high returned, low in ddLo). */
export function rgamma1pPrecise(mu: f64): f64 {
  const t = poly(DD_TAIL, mu);
  let sh = t;
  let sl: f64 = 0;
  for (let k = DD_HI.length - 1; k >= 0; k--) {
    sh = ddMul(sh, sl, mu, 0);
    sl = ddLo;
    sh = ddAdd(sh, sl, unchecked(DD_HI[k]), unchecked(DD_LO[k]));
    sl = ddLo;
  }
  return twoSum(sh, sl);
}

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
 * 1/Γ(ν+1) for ν >= −1/2 as a double-double: 1/Γ(1+μ) divided by (μ+1)(μ+2)…(μ+n), ν = n + μ;
 * `precise` takes 1/Γ(1+μ) to 2^-100 instead of 2^-56. Returns 0 once Γ overflows (ν > 170).
 */
export function rgammaNu1(nu: f64, precise: bool = false): f64 {
  if (nu > 170) return twoSum(0, 0);
  const n = Math.round(nu);
  const mu = nu - n;
  const gh = precise ? rgamma1pPrecise(mu) : rgamma1p(mu);
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
