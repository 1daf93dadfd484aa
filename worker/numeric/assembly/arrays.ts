// Array kernels with numpy's exact arithmetic: the same operations in the same order, so
// results match numpy bit for bit (arange's fill, linspace's i·step + start, pairwise sums).

// numpy's reduction iterator hands the add loop blocks of at most this many elements.
const NUMPY_BUFFER: i32 = 8192;
// Below this many elements pairwise summation unrolls into eight accumulators.
const PAIRWISE_BLOCK: i32 = 128;

// @ts-ignore: decorator
@inline function at(ptr: usize, i: i32): f64 {
  return load<f64>(ptr + (<usize>i << 3));
}

// @ts-ignore: decorator
@inline function put(ptr: usize, i: i32, v: f64): void {
  store<f64>(ptr + (<usize>i << 3), v);
}

/** numpy arange fill: start, start + step, then start + i·((start + step) − start). */
export function arrayArange(out: usize, n: i32, start: f64, step: f64): void {
  if (n > 0) put(out, 0, start);
  if (n > 1) put(out, 1, start + step);
  const delta = start + step - start;
  for (let i = 2; i < n; i++) put(out, i, start + <f64>i * delta);
}

/** numpy linspace (endpoint included): i·step + start, or (i/div)·delta + start when step underflows to 0. */
export function arrayLinspace(out: usize, n: i32, start: f64, stop: f64): void {
  const div = n - 1;
  const delta = stop - start;
  if (div <= 0) {
    for (let i = 0; i < n; i++) put(out, i, <f64>i * delta + start);
    return;
  }
  const step = delta / <f64>div;
  if (step == 0) {
    for (let i = 0; i < n; i++) put(out, i, (<f64>i / <f64>div) * delta + start);
  } else {
    for (let i = 0; i < n; i++) put(out, i, <f64>i * step + start);
  }
  put(out, div, stop);
}

/**
 * Running sum from the left (numpy cumsum for float64, which starts by copying the first
 * element, so a leading −0 stays −0). `out` may be `input`.
 */
export function arrayCumsum(input: usize, out: usize, n: i32): void {
  if (n == 0) return;
  let s = at(input, 0);
  put(out, 0, s);
  for (let i = 1; i < n; i++) {
    s += at(input, i);
    put(out, i, s);
  }
}

function pairwise(ptr: usize, n: i32): f64 {
  if (n < 8) {
    let s: f64 = 0;
    for (let i = 0; i < n; i++) s += at(ptr, i);
    return s;
  }
  if (n <= PAIRWISE_BLOCK) {
    let r0 = at(ptr, 0), r1 = at(ptr, 1), r2 = at(ptr, 2), r3 = at(ptr, 3);
    let r4 = at(ptr, 4), r5 = at(ptr, 5), r6 = at(ptr, 6), r7 = at(ptr, 7);
    let i = 8;
    for (; i < n - (n & 7); i += 8) {
      r0 += at(ptr, i);
      r1 += at(ptr, i + 1);
      r2 += at(ptr, i + 2);
      r3 += at(ptr, i + 3);
      r4 += at(ptr, i + 4);
      r5 += at(ptr, i + 5);
      r6 += at(ptr, i + 6);
      r7 += at(ptr, i + 7);
    }
    let s = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) s += at(ptr, i);
    return s;
  }
  let half = n >> 1;
  half -= half & 7;
  return pairwise(ptr, half) + pairwise(ptr + (<usize>half << 3), n - half);
}

/** numpy's float64 sum: pairwise within blocks of 8192, blocks added left to right from 0. */
export function arraySum(ptr: usize, n: i32): f64 {
  let s: f64 = 0;
  for (let i = 0; i < n; i += NUMPY_BUFFER) {
    s += pairwise(ptr + (<usize>i << 3), min(NUMPY_BUFFER, n - i));
  }
  return s;
}

/** numpy mean: sum / n. */
export function arrayMean(ptr: usize, n: i32): f64 {
  return arraySum(ptr, n) / <f64>n;
}

/** numpy var with `ddof`, as numpy computes it: sum((x − mean)²) / (n − ddof); `scratch` holds n doubles. */
export function arrayVar(ptr: usize, scratch: usize, n: i32, ddof: i32): f64 {
  const m = arrayMean(ptr, n);
  for (let i = 0; i < n; i++) {
    const d = at(ptr, i) - m;
    put(scratch, i, d * d);
  }
  return arraySum(scratch, n) / <f64>max(n - ddof, 0);
}

/** Smallest element; NaN if any element is NaN (numpy min). */
export function arrayMin(ptr: usize, n: i32): f64 {
  let m = at(ptr, 0);
  for (let i = 1; i < n; i++) {
    const v = at(ptr, i);
    if (v < m || v != v) m = v;
    if (m != m) return m;
  }
  return m;
}

/** Largest element; NaN if any element is NaN (numpy max). */
export function arrayMax(ptr: usize, n: i32): f64 {
  let m = at(ptr, 0);
  for (let i = 1; i < n; i++) {
    const v = at(ptr, i);
    if (v > m || v != v) m = v;
    if (m != m) return m;
  }
  return m;
}

/** out[i] = a[i] + b[i]. */
export function arrayAdd(a: usize, b: usize, out: usize, n: i32): void {
  for (let i = 0; i < n; i++) put(out, i, at(a, i) + at(b, i));
}

/** out[i] = a[i] − b[i]. */
export function arraySub(a: usize, b: usize, out: usize, n: i32): void {
  for (let i = 0; i < n; i++) put(out, i, at(a, i) - at(b, i));
}

/** out[i] = a[i] · b[i]. */
export function arrayMul(a: usize, b: usize, out: usize, n: i32): void {
  for (let i = 0; i < n; i++) put(out, i, at(a, i) * at(b, i));
}

/** out[i] = a[i] / b[i]. */
export function arrayDiv(a: usize, b: usize, out: usize, n: i32): void {
  for (let i = 0; i < n; i++) put(out, i, at(a, i) / at(b, i));
}

/** out[i] = a[i] · k + c (scale and shift in one pass; numpy's a * k + c). */
export function arrayAffine(a: usize, out: usize, n: i32, k: f64, c: f64): void {
  for (let i = 0; i < n; i++) put(out, i, at(a, i) * k + c);
}
