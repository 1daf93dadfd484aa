// Forward three-term recurrence in double-double, C_{k+1} = (2(μ+k)/x)·C_k + s·C_{k−1}
// (s = −1 for Y, +1 for K). Both are dominant solutions upward, so the recurrence is stable and
// double-double keeps fifty or more steps from piling up roundings.
import { ddAdd, ddDiv, ddLo, ddMul, twoSum } from './bessel-dd';

/** Low part of the last recurUp result (0 once it went to plain doubles). */
export let recurLo: f64 = 0;

/** C_{μ+n} from C_μ = c0h + c0l and C_{μ+1} = c1h + c1l, n >= 0. */
export function recurUp(mu: f64, x: f64, c0h: f64, c0l: f64, c1h: f64, c1l: f64, n: i32, s: f64): f64 {
  if (n == 0) {
    recurLo = c0l;
    return c0h;
  }
  let ah = c0h;
  let al = c0l;
  let bh = c1h;
  let bl = c1l;
  for (let k = 1; k < n; k++) {
    const f = 2 * (mu + <f64>k) / x;
    if (Math.abs(f * bh) > 1e290) {
      // Near overflow: finish in plain doubles so the result becomes ±Infinity, not NaN.
      if (Math.abs(bh) == Infinity) {
        recurLo = 0;
        return bh;
      }
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
  const h = bh + bl;
  recurLo = bl - (h - bh);
  return h;
}
