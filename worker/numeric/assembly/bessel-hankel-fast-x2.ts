// hankelJFast (bessel-hankel-fast.ts) on two lanes at once (WebAssembly SIMD): the same
// operations in the same order on each lane, so each lane's result and error bound are the
// scalar one's; only the rounding of χ's table index may pick the other neighbour at an exact
// tie, which the bounds cover as well. A lane that fails the rounding test comes back NaN.
import { C1, C2, C3, E, INV_STEP, K_HI, K_HI_26, K_LO, SPLIT, TABLE } from './bessel-hankel-fast';

// @ts-ignore: decorator
@inline function sp(x: f64): v128 {
  return f64x2.splat(x);
}

// @ts-ignore: decorator
@inline function add(a: v128, b: v128): v128 {
  return f64x2.add(a, b);
}

// @ts-ignore: decorator
@inline function sub(a: v128, b: v128): v128 {
  return f64x2.sub(a, b);
}

// @ts-ignore: decorator
@inline function mul(a: v128, b: v128): v128 {
  return f64x2.mul(a, b);
}

// @ts-ignore: decorator
@inline function twoSumError(a: v128, b: v128, s: v128): v128 {
  const bb = sub(s, a);
  return add(sub(a, sub(s, bb)), sub(b, bb));
}

// @ts-ignore: decorator
@inline function splitHi(a: v128): v128 {
  const t = mul(sp(SPLIT), a);
  return sub(t, sub(t, a));
}

// @ts-ignore: decorator
@inline function prodErrSplit(p: v128, ah: v128, al: v128, b: v128): v128 {
  const bh = splitHi(b);
  const bl = sub(b, bh);
  return add(add(add(sub(mul(ah, bh), p), mul(ah, bl)), mul(al, bh)), mul(al, bl));
}

/** The exact error a·b − p of the rounded products p = a·b on both lanes (Dekker). */
// @ts-ignore: decorator
@inline export function prodErrX2(a: v128, b: v128, p: v128): v128 {
  const ah = splitHi(a);
  return prodErrSplit(p, ah, sub(a, ah), b);
}

// @ts-ignore: decorator
@inline function gather(o0: i32, o1: i32, field: i32): v128 {
  return f64x2.replace_lane(sp(unchecked(TABLE[o0 + field])), 1, unchecked(TABLE[o1 + field]));
}

/** hankelJFast on both lanes of x (with p, q and their error bound per lane); NaN in a lane that fails. */
export function hankelJFastX2(shift: i32, x: v128, ph: v128, pl: v128, qh: v128, ql: v128, pqError: v128): v128 {
  const k = f64x2.nearest(mul(x, sp(INV_STEP)));
  const t1 = sub(x, mul(k, sp(C1)));
  const kc2 = mul(k, sp(C2));
  const r0 = sub(t1, kc2);
  const e0 = twoSumError(t1, f64x2.neg(kc2), r0);
  const b = sub(e0, mul(k, sp(C3)));
  const rh = add(r0, b);
  const rl = sub(b, sub(rh, r0));

  const z = mul(rh, rh);
  const sp7 = add(sp(0.008333333333333333), mul(z, sp(-0.0001984126984126984)));
  const st = add(rl, mul(mul(rh, z), add(sp(-0.16666666666666666), mul(z, sp7))));
  const cp6 = add(sp(0.041666666666666664), mul(z, sp(-0.001388888888888889)));
  const ct = sub(mul(z, add(sp(-0.5), mul(z, cp6))), mul(rh, rl));

  const ki = i32x4.trunc_sat_f64x2_s_zero(k);
  const o0 = ((i32x4.extract_lane(ki, 0) - shift) & 255) << 3;
  const o1 = ((i32x4.extract_lane(ki, 1) - shift) & 255) << 3;
  const ch = gather(o0, o1, 0);
  const cl = gather(o0, o1, 1);
  const sh = gather(o0, o1, 2);
  const sl = gather(o0, o1, 3);
  const srh = mul(sh, rh);
  const srl = prodErrSplit(srh, gather(o0, o1, 6), gather(o0, o1, 7), rh);
  const crh = mul(ch, rh);
  const crl = prodErrSplit(crh, gather(o0, o1, 4), gather(o0, o1, 5), rh);
  const cosH = sub(ch, srh);
  let cosL = sub(twoSumError(ch, f64x2.neg(srh), cosH), srl);
  cosL = sub(sub(add(add(cosL, cl), mul(ch, ct)), mul(sh, st)), mul(sl, rh));
  const sinH = add(sh, crh);
  let sinL = add(twoSumError(sh, crh, sinH), crl);
  sinL = add(add(add(add(sinL, sl), mul(sh, ct)), mul(ch, st)), mul(cl, rh));

  const pch = mul(ph, cosH);
  const pcl = prodErrX2(ph, cosH, pch);
  const qsh = mul(qh, sinH);
  const qsl = prodErrX2(qh, sinH, qsh);
  const a1 = sub(cosH, qsh);
  const a1e = twoSumError(cosH, f64x2.neg(qsh), a1);
  const ah = add(a1, pch);
  let al = add(add(twoSumError(a1, pch, ah), a1e), pcl);
  al = add(add(add(sub(al, qsl), cosL), mul(ph, cosL)), mul(pl, add(cosH, cosL)));
  al = sub(sub(al, mul(qh, sinL)), mul(ql, add(sinH, sinL)));

  const s = f64x2.sqrt(x);
  const inv = f64x2.div(sp(1), s);
  const si = mul(s, inv);
  const ss = mul(s, s);
  const e = sub(sub(sp(1), si), prodErrX2(s, inv, si));
  const delta = f64x2.div(add(sub(ss, x), prodErrX2(s, s, ss)), mul(sp(2), x));
  const fh = mul(sp(K_HI), inv);
  const fl = add(add(prodErrSplit(fh, sp(K_HI_26), sp(K_HI - K_HI_26), inv), mul(sp(K_LO), inv)), mul(fh, add(e, delta)));
  const y = mul(fh, ah);
  const yl = add(add(prodErrX2(ah, fh, y), mul(ah, fl)), mul(al, fh));

  const j = add(y, yl);
  const d = twoSumError(y, yl, j);
  const below = i64x2.sub(v128.and(j, i64x2.splat(0x7fffffffffffffff)), i64x2.splat(1));
  const halfGap = i64x2.sub(v128.and(below, i64x2.splat(0x7ff0000000000000)), i64x2.splat(<i64>53 << 52));
  const size = add(add(sp(1), f64x2.abs(ph)), f64x2.abs(qh));
  const bound = mul(add(mul(sp(E), size), pqError), inv);
  const ok = v128.and(f64x2.lt(add(f64x2.abs(d), bound), halfGap), f64x2.ne(j, sp(0)));
  return v128.bitselect(j, sp(NaN), ok);
}
