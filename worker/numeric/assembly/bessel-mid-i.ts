// Non-integer ν > 0 and small x: with S = (x/2)^−ν/π · Σ (−z)^k Γ(ν−k)/k! (bessel-mid.ts),
//   I_−ν = sin(νπ)·S
// in double-double, free of the cancellation in I_ν + (2/π) sin(νπ) K_ν.
import { ddLo, ddMul } from './bessel-dd';
import { ddPow } from './bessel-exp';
import { rgammaNu1 } from './bessel-gamma';
import { reflectedSum } from './bessel-mid';
import { phaseSin, phaseSinLo, sinCosPi } from './bessel-phase';

/** I_−ν from the last midINegative call. */
export let midINeg: f64 = 0;

/** Sets midINeg for non-integer ν > 0 and 0 < x < 10 while (x/2)^±ν and the result stay in range. */
export function midINegative(nu: f64, x: f64): void {
  const pwh = ddPow(0.5 * x, nu);
  const pwl = ddLo;
  const gh = rgammaNu1(nu);
  const gl = ddLo;
  const sh = reflectedSum(nu, x, -1, gh, gl, pwh, pwl);
  const sl = ddLo;
  sinCosPi(nu);
  const snh = phaseSin;
  const snl = phaseSinLo;
  midINeg = ddMul(snh, snl, sh, sl);
}
