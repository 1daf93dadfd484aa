// glibc's log on two lanes at once (WebAssembly SIMD), for the polar method's batches: the
// table path with its fused multiply-adds as rounded products and sums, each proved equal to
// the fused result by the same test as log-fma.ts; a lane that fails a test or lies outside
// [2^-14, 2^14) or near 1 is recomputed by the scalar glibcLog, so results are identical.
import { glibcLog } from './glibc-log';
import { A0, A1, A2, A3, A4, LN2_HI, LN2_LO, LOG_TABLE } from './log-table';

const OFF: u64 = 0x3fe6000000000000;
const SPLITTER: f64 = 134217729.0;
// Relative bound on the unknown part of the last product (see its use).
const PQ_ERROR: f64 = 1.7763568394002505e-15;

// @ts-ignore: decorator
@inline function splat(x: f64): v128 {
  return f64x2.splat(x);
}

/** Mask of lanes where s + d + e rounds to s for all |e| ≤ relError·|p| (see log-fma.ts). */
// @ts-ignore: decorator
@inline function roundsToSum(s: v128, d: v128, p: v128, relError: f64): v128 {
  const below = i64x2.sub(v128.and(s, i64x2.splat(0x7fffffffffffffff)), i64x2.splat(1));
  const halfGap = i64x2.sub(v128.and(below, i64x2.splat(0x7ff0000000000000)), i64x2.splat(<i64>53 << 52));
  const bound = f64x2.add(f64x2.abs(d), f64x2.mul(f64x2.abs(p), splat(relError)));
  return v128.and(f64x2.lt(bound, halfGap), f64x2.ne(s, splat(0)));
}

/** Exact product error of a·b = p (Dekker). */
// @ts-ignore: decorator
@inline function productError(a: v128, b: v128, p: v128): v128 {
  let t = f64x2.mul(splat(SPLITTER), a);
  const ah = f64x2.sub(t, f64x2.sub(t, a));
  const al = f64x2.sub(a, ah);
  t = f64x2.mul(splat(SPLITTER), b);
  const bh = f64x2.sub(t, f64x2.sub(t, b));
  const bl = f64x2.sub(b, bh);
  let e = f64x2.sub(f64x2.mul(ah, bh), p);
  e = f64x2.add(e, f64x2.mul(ah, bl));
  e = f64x2.add(e, f64x2.mul(al, bh));
  return f64x2.add(e, f64x2.mul(al, bl));
}

/** Exact error of s = a + b (Knuth's TwoSum). */
// @ts-ignore: decorator
@inline function sumError(a: v128, b: v128, s: v128): v128 {
  const av = f64x2.sub(s, b);
  return f64x2.add(f64x2.sub(a, av), f64x2.sub(b, f64x2.sub(s, av)));
}

/** fma(a, b, c) on both lanes, exactly as log-fma.ts's fma (Boldo & Melquiond). */
// @ts-ignore: decorator
@inline function fmaExact(a: v128, b: v128, c: v128): v128 {
  const p = f64x2.mul(a, b);
  const pe = productError(a, b, p);
  const s = f64x2.add(c, p);
  const se = sumError(c, p, s);
  const u = f64x2.add(se, pe);
  const ue = sumError(se, pe, u);
  // Round u to odd: an inexact u with an even last bit moves one step toward u + ue.
  const step = v128.or(i64x2.shr_s(v128.xor(u, ue), 63), i64x2.splat(1));
  const move = v128.and(f64x2.ne(ue, splat(0)), i64x2.eq(v128.and(u, i64x2.splat(1)), i64x2.splat(0)));
  return f64x2.add(s, i64x2.add(u, v128.and(step, move)));
}

/** log of both lanes of `x`, bit-identical to glibcLog on each. */
// @ts-ignore: decorator
@inline export function glibcLogX2(x: v128): v128 {
  // Lanes on the fast path have k in (-16, 16) and z away from 1: [2^-14, 1 - 1/16) ∪ [1 + 0x1.09p-4, 2^14).
  let ok = v128.and(f64x2.ge(x, splat(6.103515625e-5)), f64x2.lt(x, splat(16384.0)));
  ok = v128.and(ok, v128.or(f64x2.lt(x, splat(0.9375)), f64x2.ge(x, splat(1.064697265625))));
  const tmp = i64x2.sub(x, i64x2.splat(OFF));
  const t0 = i64x2.extract_lane(tmp, 0);
  const t1 = i64x2.extract_lane(tmp, 1);
  const i0 = <i32>((t0 >>> 45) & 127) << 1;
  const i1 = <i32>((t1 >>> 45) & 127) << 1;
  const invc = f64x2.replace_lane(splat(unchecked(LOG_TABLE[i0])), 1, unchecked(LOG_TABLE[i1]));
  const logc = f64x2.replace_lane(splat(unchecked(LOG_TABLE[i0 + 1])), 1, unchecked(LOG_TABLE[i1 + 1]));
  const kd = f64x2.replace_lane(splat(<f64>(t0 >> 52)), 1, <f64>(t1 >> 52));
  const z = i64x2.sub(x, v128.and(tmp, i64x2.splat(<i64>0xfff << 52)));

  // r = fma(z, invc, -1) exactly: Dekker's product error, and p - 1 is exact near p = 1.
  const p = f64x2.mul(z, invc);
  const r = f64x2.add(f64x2.sub(p, splat(1.0)), productError(z, invc, p));

  const w = f64x2.add(f64x2.mul(kd, splat(LN2_HI)), logc);
  const hi = f64x2.add(w, r);
  const lo = f64x2.add(f64x2.mul(kd, splat(LN2_LO)), f64x2.add(f64x2.sub(w, hi), r));
  const r2 = f64x2.mul(r, r);

  // The polynomial q = (A1 + r·A2) + r2·(A3 + r·A4) with plain products and sums. With |r| < 2^-8
  // each of its three values stays in one binade ([1/4, 1/2) or [1/8, 1/4)) and is computed from
  // a value within less than an ulp of the fused one, so q is within 2 ulps = 2^-53 of glibc's.
  const q1 = f64x2.add(f64x2.mul(r, splat(A2)), splat(A1));
  const q2 = f64x2.add(f64x2.mul(r, splat(A4)), splat(A3));
  const q = f64x2.add(f64x2.mul(q2, r2), q1);

  // r2·A0 usually dominates lo, so that fma is done exactly.
  const s1 = fmaExact(r2, splat(A0), lo);
  // y = fma(r·r2, q, s1): m = RN(r3·q) is off the fused product by ≤ 2^-53|m| from rounding and by
  // |r3|·2^-53 ≤ 2^-51|m| (as q ≥ 1/4) from q, so PQ_ERROR = 2^-49 bounds both with margin.
  const m = f64x2.mul(f64x2.mul(r, r2), q);
  const s2 = f64x2.add(s1, m);
  const v = f64x2.sub(s2, m);
  ok = v128.and(ok, roundsToSum(s2, f64x2.add(f64x2.sub(s1, v), f64x2.sub(m, f64x2.sub(s2, v))), m, PQ_ERROR));

  const y = f64x2.add(s2, hi);
  if (i64x2.all_true(ok)) return y;
  const y0 = i64x2.extract_lane(ok, 0) != 0 ? f64x2.extract_lane(y, 0) : glibcLog(f64x2.extract_lane(x, 0));
  const y1 = i64x2.extract_lane(ok, 1) != 0 ? f64x2.extract_lane(y, 1) : glibcLog(f64x2.extract_lane(x, 1));
  return f64x2.replace_lane(splat(y0), 1, y1);
}
