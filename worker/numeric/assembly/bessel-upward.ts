// Forward recurrence from orders μ and μ+1 (μ = ν − round(ν), |μ| <= 1/2) whose values come
// as double-doubles from the Hankel form: Y_ν for any ν once x >= 2 (integer ν) or x >= 25, and
// J_ν while ν < x, where the recurrence is neutral rather than unstable for J.
import { hankel, hankelJ, hankelJLo, hankelY, hankelYLo } from './bessel-hankel';
import { hankel01 } from './bessel-order01';
import { recurUp } from './bessel-recur';

/** J_ν(x) from the last upward call; NaN when ν >= x (recurrence unstable for J). */
export let upJ: f64 = NaN;
/** Y_ν(x) from the last upward call; NaN when the Hankel form failed at order μ. */
export let upY: f64 = NaN;

/** Sets upJ/upY for ν >= 0 and x >= 2 (integer ν) or x >= 25 (any ν). */
export function upward(nu: f64, x: f64): void {
  const n = Math.round(nu);
  const mu = nu - n;
  let j0h: f64, j0l: f64, y0h: f64, y0l: f64;
  if (mu == 0) {
    hankel01(0, x, true);
  } else if (!hankel(mu, x, true)) {
    upJ = NaN;
    upY = NaN;
    return;
  }
  j0h = hankelJ;
  j0l = hankelJLo;
  y0h = hankelY;
  y0l = hankelYLo;
  if (mu == 0) hankel01(1, x, true);
  else hankel(mu + 1, x, true);
  upY = recurUp(mu, x, y0h, y0l, hankelY, hankelYLo, <i32>n, -1);
  upJ = nu < x ? recurUp(mu, x, j0h, j0l, hankelJ, hankelJLo, <i32>n, -1) : NaN;
}
