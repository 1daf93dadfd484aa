// Steed's CF2 with Temme's normalisation (Temme 1975; as Numerical Recipes' bessik runs it) in
// double-double: e^x·K_μ(x) and e^x·K_μ+1(x) for |μ| <= 1/2 and x >= 2, so that the forward
// recurrence in bessel-recur.ts starts from values good to far more than a double.
import { ddAdd, ddDiv, ddLo, ddMul, ddSqrt, twoProd, twoSum } from './bessel-dd';
import { PI_HI, PI_LO } from './bessel-cf-constants';

/** e^x·K_μ(x), high part, from the last cf2K call. */
export let cf2KHi: f64 = 0;
/** Low part of cf2KHi. */
export let cf2KLo: f64 = 0;
/** e^x·K_μ+1(x), high part. */
export let cf2K1Hi: f64 = 0;
/** Low part of cf2K1Hi. */
export let cf2K1Lo: f64 = 0;


/** Sets cf2K*, the scaled K_μ and K_μ+1, for |μ| <= 1/2 and x >= 2. */
export function cf2K(mu: f64, x: f64): void {
  const m2h = twoProd(mu, mu);
  const m2l = ddLo;
  const a1h = twoSum(0.25, -m2h);
  const a1l = ddLo - m2l;
  let bh = twoSum(2, 2 * x);
  let bl = ddLo;
  let dh = ddDiv(1, 0, bh, bl);
  let dl = ddLo;
  let delh = dh;
  let dell = dl;
  let hh = dh;
  let hl = dl;
  let q1h: f64 = 0;
  let q1l: f64 = 0;
  let q2h: f64 = 1;
  let q2l: f64 = 0;
  let qh = a1h;
  let ql = a1l;
  let ch = a1h;
  let cl = a1l;
  let ah = -a1h;
  let al = -a1l;
  let sh = ddMul(qh, ql, delh, dell);
  sh = ddAdd(1, 0, sh, ddLo);
  let sl = ddLo;
  for (let i = 2; i < 100000; i++) {
    ah = ddAdd(ah, al, -<f64>(2 * (i - 1)), 0);
    al = ddLo;
    ch = ddMul(ch, cl, -ah, -al);
    ch = ddDiv(ch, ddLo, <f64>i, 0);
    cl = ddLo;
    // qnew = (q1 − b·q2)/a
    let th = ddMul(bh, bl, q2h, q2l);
    th = ddAdd(q1h, q1l, -th, -ddLo);
    th = ddDiv(th, ddLo, ah, al);
    const tl = ddLo;
    q1h = q2h;
    q1l = q2l;
    q2h = th;
    q2l = tl;
    const cq = ddMul(ch, cl, th, tl);
    qh = ddAdd(qh, ql, cq, ddLo);
    ql = ddLo;
    bh = ddAdd(bh, bl, 2, 0);
    bl = ddLo;
    // d = 1/(b + a·d); delh = (b·d − 1)·delh
    let uh = ddMul(ah, al, dh, dl);
    uh = ddAdd(bh, bl, uh, ddLo);
    dh = ddDiv(1, 0, uh, ddLo);
    dl = ddLo;
    let vh = ddMul(bh, bl, dh, dl);
    vh = ddAdd(vh, ddLo, -1, 0);
    delh = ddMul(vh, ddLo, delh, dell);
    dell = ddLo;
    hh = ddAdd(hh, hl, delh, dell);
    hl = ddLo;
    const dsh = ddMul(qh, ql, delh, dell);
    const dsl = ddLo;
    sh = ddAdd(sh, sl, dsh, dsl);
    sl = ddLo;
    if (!(Math.abs(dsh) >= 1e-21 * Math.abs(sh))) break;
  }
  hh = ddMul(a1h, a1l, hh, hl);
  hl = ddLo;
  // e^x·K_μ = sqrt(π/(2x))/s
  const ph = ddDiv(PI_HI, PI_LO, 2 * x, 0);
  const rh = ddSqrt(ph, ddLo);
  cf2KHi = ddDiv(rh, ddLo, sh, sl);
  cf2KLo = ddLo;
  // e^x·K_μ+1 = e^x·K_μ·(μ + x + 1/2 − h)/x
  let fh = twoSum(mu, x);
  let fl = ddLo;
  fh = ddAdd(fh, fl, 0.5, 0);
  fh = ddAdd(fh, ddLo, -hh, -hl);
  fh = ddDiv(fh, ddLo, x, 0);
  fl = ddLo;
  cf2K1Hi = ddMul(cf2KHi, cf2KLo, fh, fl);
  cf2K1Lo = ddLo;
}
