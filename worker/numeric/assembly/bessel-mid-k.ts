// K_ν for non-integer ν > 0 and small x from the ascending series of I_ν and the reflected series
// S = (x/2)^−ν/π · Σ (−z)^k Γ(ν−k)/k! (bessel-mid.ts): K_ν = (π/2)·(S − I_ν/sin(νπ)).
// The difference cancels about e^(2x) (2^29 at x = 10), so everything, 1/Γ(ν+1) and sin(νπ)
// included, is carried to about 2^-100.
import { ddAdd, ddDiv, ddLo, ddMul } from './bessel-dd';
import { ddPow } from './bessel-exp';
import { rgammaNu1 } from './bessel-gamma';
import { reflectedSum } from './bessel-mid';
import { phaseSin, phaseSinLo, sinCosPi } from './bessel-phase';
import { seriesSum } from './bessel-series';
import { PI_HI, PI_LO } from './bessel-cf-constants';


/** K_ν(x) for non-integer ν > 0 and 0 < x < 10 while (x/2)^±ν and the result stay in range. */
export function kvMid(nu: f64, x: f64): f64 {
  const pwh = ddPow(0.5 * x, nu);
  const pwl = ddLo;
  const gh = rgammaNu1(nu, true);
  const gl = ddLo;
  const s1h = seriesSum(nu, x, 1);
  const s1l = ddLo;
  let ih = ddMul(gh, gl, pwh, pwl);
  ih = ddMul(ih, ddLo, s1h, s1l);
  const il = ddLo;
  const sh = reflectedSum(nu, x, -1, gh, gl, pwh, pwl);
  const sl = ddLo;
  sinCosPi(nu);
  const qh = ddDiv(ih, il, phaseSin, phaseSinLo);
  const dh = ddAdd(sh, sl, -qh, -ddLo);
  return 0.5 * ddMul(dh, ddLo, PI_HI, PI_LO);
}
