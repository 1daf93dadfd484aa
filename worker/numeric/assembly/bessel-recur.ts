// Forward three-term recurrence in double-double, C_{k+1} = (2(μ+k)/x)·C_k + s·C_{k−1}
// (s = −1 for Y, +1 for K). Both are dominant solutions upward, so the recurrence is stable and
// double-double keeps fifty or more steps from piling up roundings.
import { ddAdd, ddDiv, ddLo, ddMul, twoSum } from './bessel-dd';

/** C_{μ+n} from C_μ = c0 and C_{μ+1} = c1 (plain doubles), n >= 0. */
export function recurUp(mu: f64, x: f64, c0: f64, c1: f64, n: i32, s: f64): f64 {
  if (n == 0) return c0;
  let ah = c0;
  let al: f64 = 0;
  let bh = c1;
  let bl: f64 = 0;
  for (let k = 1; k < n; k++) {
    const f = 2 * (mu + <f64>k) / x;
    if (Math.abs(f * bh) > 1e290) {
      // Near overflow: finish in plain doubles so the result becomes ±Infinity, not NaN.
      if (Math.abs(bh) == Infinity) return bh;
      const t = f * bh + s * ah;
      ah = bh;
      bh = t;
      bl = 0;
      continue;
    }
    const mh = twoSum(mu, <f64>k);
    const fh = ddDiv(2 * mh, 2 * ddLo, x, 0);
    const fl = ddLo;
    const ph = ddMul(fh, fl, bh, bl);
    const th = ddAdd(ph, ddLo, s * ah, s * al);
    const tl = ddLo;
    ah = bh;
    al = bl;
    bh = th;
    bl = tl;
  }
  return bh;
}
