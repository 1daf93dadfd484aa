// glibc's log on two lanes at once (WebAssembly SIMD), for the polar method's batches. Only r,
// the argument of the polynomial, and hi, the leading part, must equal glibc's bit for bit: r is
// the one fma whose result feeds everything (done exactly), hi is a plain sum. The rest is a
// small correction y2 added last (y = y2 + hi); it is computed here with plain products and sums,
// off glibc's fused value by at most a proved δ, and a lane keeps its result only when every
// value within δ of it rounds to the same y (Ziv's test). Lanes that fail, or lie outside
// [2^-14, 2^14), are recomputed by the scalar glibcLog, so results are identical.
import { glibcLog } from './glibc-log';
import { A0, A1, A2, A3, A4, B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, LN2_HI, LN2_LO, LOG_TABLE } from './log-table';

const OFF: u64 = 0x3fe6000000000000;
const SPLITTER: f64 = 134217729.0;
const TWO_27: f64 = 134217728.0;
// δ/(sum of the magnitudes of the correction's terms) on the table path; see tablePath.
const TABLE_DELTA: f64 = 8.881784197001252e-16;
// The same on the path near 1; see nearOne.
const NEAR_DELTA: f64 = 1.7763568394002505e-15;

// @ts-ignore: decorator
@inline function splat(x: f64): v128 {
  return f64x2.splat(x);
}

// @ts-ignore: decorator
@inline function absSum(a: v128, b: v128): v128 {
  return f64x2.add(f64x2.abs(a), f64x2.abs(b));
}

/**
 * Lanes of y2 + hi rounded, with a mask of the lanes where every value within δ of the exact
 * y2 + hi rounds the same. Needs |hi| ≥ |y2| (so the sum's error is exact by Fast2Sum). Half the
 * gap to the nearer neighbour of y is taken from the exponent of |y|'s lower neighbour, so a power
 * of two (whose gap below is half) is judged by its smaller gap; y = 0 never passes.
 */
// @ts-ignore: decorator
@inline function roundedSum(y2: v128, hi: v128, delta: v128): v128 {
  const y = f64x2.add(y2, hi);
  const d = f64x2.sub(y2, f64x2.sub(y, hi));
  const below = i64x2.sub(v128.and(y, i64x2.splat(0x7fffffffffffffff)), i64x2.splat(1));
  const halfGap = i64x2.sub(v128.and(below, i64x2.splat(0x7ff0000000000000)), i64x2.splat(<i64>53 << 52));
  passed = v128.and(f64x2.lt(f64x2.add(f64x2.abs(d), delta), halfGap), f64x2.ne(y, splat(0)));
  return y;
}

// The mask of the last roundedSum (AssemblyScript has no cheap multiple return values).
let passed: v128 = i64x2.splat(0);

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

/**
 * The table path (x = 2^k z, r = z·invc − 1, |r| < 2^-8) for lanes with |k| < 16; sets `passed`.
 * glibc: hi = w + r, lo = fma(k, LN2_LO, w − hi + r), y2 = fma(r·r2, q, fma(r2, A0, lo)) with
 * q = fma(fma(r, A4, A3), r2, fma(r, A2, A1)), y = y2 + hi.
 */
// @ts-ignore: decorator
@inline function tablePath(x: v128): v128 {
  const tmp = i64x2.sub(x, i64x2.splat(OFF));
  // Each lane's (invc, logc) pair is one 16-byte load; k (small) is the low half of tmp >> 52.
  const table = changetype<usize>(LOG_TABLE);
  const e0 = v128.load(table + (<usize>((i64x2.extract_lane(tmp, 0) >>> 45) & 127) << 4));
  const e1 = v128.load(table + (<usize>((i64x2.extract_lane(tmp, 1) >>> 45) & 127) << 4));
  const invc = v128.shuffle<f64>(e0, e1, 0, 2);
  const logc = v128.shuffle<f64>(e0, e1, 1, 3);
  const ki = i64x2.shr_s(tmp, 52);
  const kd = f64x2.convert_low_i32x4_s(v128.shuffle<i32>(ki, ki, 0, 2, 0, 2));
  const z = i64x2.sub(x, v128.and(tmp, i64x2.splat(<i64>0xfff << 52)));

  // r = fma(z, invc, −1) exactly: p − 1 is exact (Sterbenz, p near 1) and so is Dekker's error.
  const p = f64x2.mul(z, invc);
  const r = f64x2.add(f64x2.sub(p, splat(1.0)), productError(z, invc, p));

  // hi and lo as glibc: k·LN2_HI is exact, and so is k·LN2_LO for |k| < 16.
  const w = f64x2.add(f64x2.mul(kd, splat(LN2_HI)), logc);
  const hi = f64x2.add(w, r);
  const lo = f64x2.add(f64x2.mul(kd, splat(LN2_LO)), f64x2.add(f64x2.sub(w, hi), r));
  const r2 = f64x2.mul(r, r);

  // Each fused step, done as a product then a sum, differs from glibc's by the product's
  // rounding (≤ 2^-53 of it) plus one rounding of the sum on each side (≤ 2^-53 of it each).
  // q lies in [1/4, 1/2) and its plain value is within 2^-53 of glibc's, so r3·q is within
  // 2^-53|r3| ≤ 2^-51|m| of glibc's product. Summed: |y2 − y2_glibc| ≤ 2^-53(|r2·A0| + 2|s1| +
  // 5|m| + 2|y2|), and 2^-50 times the sum of the four magnitudes bounds it.
  const q1 = f64x2.add(f64x2.mul(r, splat(A2)), splat(A1));
  const q2 = f64x2.add(f64x2.mul(r, splat(A4)), splat(A3));
  const q = f64x2.add(f64x2.mul(q2, r2), q1);
  const a0 = f64x2.mul(r2, splat(A0));
  const s1 = f64x2.add(a0, lo);
  const m = f64x2.mul(f64x2.mul(r, r2), q);
  const y2 = f64x2.add(s1, m);
  const delta = f64x2.mul(f64x2.add(absSum(a0, s1), absSum(m, y2)), splat(TABLE_DELTA));
  return roundedSum(y2, hi, delta);
}

/**
 * The path for x in [1 − 2^-4, 1 + 0x1.09p-4), r = x − 1 (exact); sets `passed`. glibc: hi = r + h
 * with h = rhi²·B0 exact, lo = r − hi + h, y2 = fma(q, r3, fma(B0·rlo, rhi + r, lo)) with q the
 * degree-9 polynomial in r of fused steps, y = y2 + hi.
 */
// @ts-ignore: decorator
@inline function nearOne(x: v128): v128 {
  const r = f64x2.sub(x, splat(1.0));
  const r2 = f64x2.mul(r, r);
  const r3 = f64x2.mul(r, r2);
  // As in glibc's Horner form; |r| < 0.07, so each step's value stays near its constant term and
  // the plain evaluation (q ≈ 1/3) is within 2^-52 of glibc's fused one.
  const qa = f64x2.add(f64x2.mul(r2, splat(B3)), f64x2.add(f64x2.mul(r, splat(B2)), splat(B1)));
  const qb = f64x2.add(f64x2.mul(r2, splat(B6)), f64x2.add(f64x2.mul(r, splat(B5)), splat(B4)));
  const qc = f64x2.add(
    f64x2.mul(r3, splat(B10)),
    f64x2.add(f64x2.mul(r2, splat(B9)), f64x2.add(f64x2.mul(r, splat(B8)), splat(B7))),
  );
  const q = f64x2.add(f64x2.mul(f64x2.add(f64x2.mul(qc, r3), qb), r3), qa);
  const w = f64x2.mul(r, splat(TWO_27));
  const rhi = f64x2.sub(f64x2.add(r, w), w);
  const rlo = f64x2.sub(r, rhi);
  const h = f64x2.mul(f64x2.mul(rhi, rhi), splat(B0));
  const hi = f64x2.add(r, h);
  const lo = f64x2.add(f64x2.sub(r, hi), h);
  // ab = B0·rlo·(rhi + r) rounded once more than glibc's fma, then u = ab + lo and y2 = q·r3 + u:
  // |y2 − y2_glibc| ≤ 2^-52|r3| + 2^-53(|q·r3| + |ab| + 2|u| + 2|y2|), below 2^-49 times
  // (|r3| + |ab| + |u| + |y2|).
  const ab = f64x2.mul(f64x2.mul(splat(B0), rlo), f64x2.add(rhi, r));
  const u = f64x2.add(ab, lo);
  const y2 = f64x2.add(f64x2.mul(q, r3), u);
  const delta = f64x2.mul(f64x2.add(absSum(r3, ab), absSum(u, y2)), splat(NEAR_DELTA));
  return roundedSum(y2, hi, delta);
}

/** log of both lanes of `x`, bit-identical to glibcLog on each. */
// @ts-ignore: decorator
@inline export function glibcLogX2(x: v128): v128 {
  // Table-path lanes have k in (−16, 16) and z away from 1: [2^-14, 1 − 1/16) ∪ [1 + 0x1.09p-4, 2^14).
  const inRange = v128.and(f64x2.ge(x, splat(6.103515625e-5)), f64x2.lt(x, splat(16384.0)));
  const near = v128.and(f64x2.ge(x, splat(0.9375)), f64x2.lt(x, splat(1.064697265625)));
  let y = tablePath(x);
  let ok = v128.andnot(v128.and(inRange, passed), near);
  if (v128.any_true(near)) {
    y = v128.bitselect(nearOne(x), y, near);
    ok = v128.or(ok, v128.and(near, passed));
  }
  if (i64x2.all_true(ok)) return y;
  const y0 = i64x2.extract_lane(ok, 0) != 0 ? f64x2.extract_lane(y, 0) : glibcLog(f64x2.extract_lane(x, 0));
  const y1 = i64x2.extract_lane(ok, 1) != 0 ? f64x2.extract_lane(y, 1) : glibcLog(f64x2.extract_lane(x, 1));
  return f64x2.replace_lane(splat(y0), 1, y1);
}
