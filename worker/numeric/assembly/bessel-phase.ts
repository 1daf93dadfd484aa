// The phase of the Hankel expansions, χ = x − t·π, reduced and turned into cos χ and sin χ to
// about 2^-60 relative accuracy (2^-100 on request). x is reduced by π/2 given in three 53-bit parts with exact
// Dekker products (Cody–Waite in double-double), exact while x·2/π fits 2^52; beyond that
// Payne–Hanek (bessel-payne-hanek.ts) takes over.
import { ddAdd, ddDiv, ddLo, ddMul, fastTwoSum, twoProd, twoSum } from './bessel-dd';
import { hugeHi, hugeLo, hugeW, PIO2_1, PIO2_2, PIO2_3, reducePio2Huge } from './bessel-payne-hanek';
const PI_HI: f64 = 3.141592653589793;
const PI_LO: f64 = 1.2246467991473532e-16;
const INV_PIO2: f64 = 0.6366197723675814;
const SIXTH_HI: f64 = 0.16666666666666666;
const SIXTH_LO: f64 = 9.25185853854297e-18;

/** cos χ (high part) from the last hankelPhase call. */
export let phaseCos: f64 = 0;
/** cos χ (low part). */
export let phaseCosLo: f64 = 0;
/** sin χ (high part). */
export let phaseSin: f64 = 0;
/** sin χ (low part). */
export let phaseSinLo: f64 = 0;

let kCos: f64 = 0;
let kCosLo: f64 = 0;
let kSin: f64 = 0;
let kSinLo: f64 = 0;

// sin and cos of r = rh + rl, |r| <= π/4 (a little more is harmless), to about 2^-60 relative:
// r − r³/6 and 1 − r²/2 in double-double, the rest (under r⁴/24 of the result) in double.
// This is the Hankel phase's kernel, at a fraction of the cost of the precise one below.
function kernelFast(rh: f64, rl: f64): void {
  const z = rh * rh;
  const zh = twoProd(rh, rh);
  const zl = ddLo;
  const r3h = twoProd(rh, zh);
  const r3l = ddLo + rh * zl;
  const t3h = ddMul(r3h, r3l, SIXTH_HI, SIXTH_LO);
  const t3l = ddLo;
  const sinTail = rh * z * z * (1.0 / 120 + z * (-1.0 / 5040 + z * (1.0 / 362880 + z * (-1.0 / 39916800 +
    z * (1.0 / 6227020800 + z * (-1.0 / 1307674368000 + z * (1.0 / 355687428096000)))))));
  const sh = twoSum(rh, -t3h);
  kSin = fastTwoSum(sh, ddLo + rl * (1 - 0.5 * z) - t3l + sinTail);
  kSinLo = ddLo;
  const cosTail = z * z * (1.0 / 24 + z * (-1.0 / 720 + z * (1.0 / 40320 + z * (-1.0 / 3628800 + z * (1.0 / 479001600 +
    z * (-1.0 / 87178291200 + z * (1.0 / 20922789888000 + z * (-1.0 / 6402373705728000))))))));
  const ch = twoSum(1, -0.5 * zh);
  kCos = fastTwoSum(ch, ddLo - 0.5 * zl - rh * rl + cosTail);
  kCosLo = ddLo;
}

// sin and cos of r = rh + rl, |r| <= π/4 (a little more is harmless), to about 2^-100: the
// Taylor series entirely in double-double, for sin(νπ), cos(νπ) and recurrence starting values,
// where cancellation or amplification follows.
function kernel(rh: f64, rl: f64): void {
  const r2h = twoProd(rh, rh);
  const r2l = ddLo + 2 * rh * rl;
  let th = rh;
  let tl = rl;
  let sh = rh;
  let sl = rl;
  let ch: f64 = 1;
  let cl: f64 = 0;
  let uh: f64 = 1;
  let ul: f64 = 0;
  for (let n = 1; n <= 14; n++) {
    const a = <f64>(2 * n);
    th = ddMul(th, tl, r2h, r2l);
    th = ddDiv(th, ddLo, -a * (a + 1), 0);
    tl = ddLo;
    sh = ddAdd(sh, sl, th, tl);
    sl = ddLo;
    uh = ddMul(uh, ul, r2h, r2l);
    uh = ddDiv(uh, ddLo, -(a - 1) * a, 0);
    ul = ddLo;
    ch = ddAdd(ch, cl, uh, ul);
    cl = ddLo;
  }
  kSin = sh;
  kSinLo = sl;
  kCos = ch;
  kCosLo = cl;
}

/**
 * Sets phaseCos/phaseSin (+Lo) to cos and sin of χ = x − (th + tl)·π, given x reduced as
 * x = w·π/2 + (rh + rl) with w an integer (any size: only w mod 4 matters).
 */
export function phaseFromReduced(w: f64, rh: f64, rl: f64, th: f64, tl: f64, accurate: bool = false): void {
  const wm = w - 4 * Math.floor(w * 0.25);
  // χ = r + u·π with u = w/2 − t, reduced to |u| <= 1.
  let uh = twoSum(wm * 0.5, -th);
  let ul = ddLo - tl;
  uh -= 2 * Math.round(uh * 0.5);
  uh = fastTwoSum(uh, ul);
  ul = ddLo;
  const mh = ddMul(uh, ul, PI_HI, PI_LO);
  const ml = ddLo;
  let ch = ddAdd(rh, rl, mh, ml);
  let cl = ddLo;
  const q = Math.round(ch * INV_PIO2);
  // χ − q·π/2 with q a small integer: exact products again.
  const p1 = twoProd(q, PIO2_1);
  const p1l = ddLo;
  ch = twoSum(ch, -p1);
  cl += ddLo - p1l - q * PIO2_2;
  ch = fastTwoSum(ch, cl);
  cl = ddLo;
  if (accurate) kernel(ch, cl);
  else kernelFast(ch, cl);
  const quadrant = <i32>(q - 4 * Math.floor(q * 0.25));
  if (quadrant == 0) {
    phaseCos = kCos; phaseCosLo = kCosLo; phaseSin = kSin; phaseSinLo = kSinLo;
  } else if (quadrant == 1) {
    phaseCos = -kSin; phaseCosLo = -kSinLo; phaseSin = kCos; phaseSinLo = kCosLo;
  } else if (quadrant == 2) {
    phaseCos = -kCos; phaseCosLo = -kCosLo; phaseSin = -kSin; phaseSinLo = -kSinLo;
  } else {
    phaseCos = kSin; phaseCosLo = kSinLo; phaseSin = -kCos; phaseSinLo = -kCosLo;
  }
}

/** Reduced-argument output of reducePio2: x = reducedW·π/2 + reducedHi + reducedLo. */
export let reducedW: f64 = 0;
/** High part of the remainder. */
export let reducedHi: f64 = 0;
/** Low part of the remainder. */
export let reducedLo: f64 = 0;

/** Reduces finite x >= 0 by π/2 into reducedW/Hi/Lo (Cody–Waite below 2^52, else Payne–Hanek). */
export function reducePio2(x: f64): void {
  if (x >= 4503599627370496.0) {
    reducePio2Huge(x);
    reducedW = hugeW;
    reducedHi = hugeHi;
    reducedLo = hugeLo;
    return;
  }
  const w = Math.round(x * INV_PIO2);
  const p1 = twoProd(w, PIO2_1);
  const p1l = ddLo;
  const a = x - p1;
  const p2 = twoProd(w, PIO2_2);
  const p2l = ddLo;
  const s = twoSum(a, -p1l);
  let e = ddLo;
  const s2 = twoSum(s, -p2);
  e += ddLo - p2l - w * PIO2_3;
  reducedW = w;
  reducedHi = fastTwoSum(s2, e);
  reducedLo = ddLo;
}

/** Sets phaseCos/phaseSin (+Lo) to cos(vπ) and sin(vπ), reducing v mod 2 exactly. */
export function sinCosPi(v: f64): void {
  const r = v - 2 * Math.round(v * 0.5);
  phaseFromReduced(0, 0, 0, -r, 0, true);
}
