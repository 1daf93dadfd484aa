/**
 * pandas 1.5's numeric algorithms, step for step, so results agree to the last bit: nanops
 * (NaN → 0, numpy's pairwise sum, sum / count, two-pass variance), Kahan-compensated group
 * sums and means (groupby's cython kernels), rolling windows with add/remove compensation, and
 * numpy's linear quantile.
 */

/** numpy's float64 sum (pairwise; the kernel passes the WASM core's). */
export type NumpySum = (values: Float64Array) => number;

/** The values with NaN replaced by 0, and how many were not NaN. */
function zeroFilled(values: Float64Array): { filled: Float64Array; count: number } {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i] as number)) count++;
  if (count === values.length) return { filled: values, count };
  const filled = values.map((v) => (Number.isNaN(v) ? 0 : v));
  return { filled, count };
}

/** pandas nansum: 0 for no values. */
export function nanSum(values: Float64Array, sum: NumpySum): number {
  return sum(zeroFilled(values).filled);
}

/** pandas nanmean: the sum of the NaN-zeroed values over the count. */
export function nanMean(values: Float64Array, sum: NumpySum): number {
  const { filled, count } = zeroFilled(values);
  return count === 0 ? NaN : sum(filled) / count;
}

/**
 * pandas nanvar as Debian's pandas computes it (through bottleneck's nanvar): a running sum for
 * the mean, then a running sum of squared deviations, over count − ddof.
 */
export function nanVar(values: Float64Array, ddof = 1): number {
  let total = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v === v) {
      total += v;
      count++;
    }
  }
  if (count <= ddof) return NaN;
  const mean = total / count;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v === v) squares += (v - mean) * (v - mean);
  }
  return squares / (count - ddof);
}

/** pandas nanstd: the square root of nanVar. */
export function nanStd(values: Float64Array, ddof = 1): number {
  return Math.sqrt(nanVar(values, ddof));
}

/** Number of non-NaN values. */
export function nanCount(values: Float64Array): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i] as number)) n++;
  return n;
}

/** Smallest (`sign` 1) or largest (−1) non-NaN value; NaN when there is none. */
export function nanExtreme(values: ArrayLike<number>, sign: 1 | -1): number {
  let best = NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v) && (Number.isNaN(best) || (sign > 0 ? v < best : v > best))) best = v;
  }
  return best;
}

/** numpy's linear quantile (method "linear") of the non-NaN values, q in [0, 1]. */
export function quantile(values: Float64Array, q: number): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort();
  const n = sorted.length;
  if (n === 0) return NaN;
  // pandas passes q·100 to np.percentile, which divides by 100 again
  const p = (q * 100) / 100;
  // numpy's "linear" method: virtual index (n − 1)·q
  const virtual = (n - 1) * p;
  const below = Math.max(0, Math.min(n - 1, Math.floor(virtual)));
  const above = Math.min(n - 1, below + 1);
  const t = virtual - Math.floor(virtual);
  const a = sorted[below] as number;
  const b = sorted[above] as number;
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** Kahan-compensated sums, counts of every group (pandas group_sum / group_mean). */
export function groupSums(values: Float64Array, groups: Int32Array, ngroups: number): { sums: Float64Array; counts: Float64Array } {
  const sums = new Float64Array(ngroups);
  const comp = new Float64Array(ngroups);
  const counts = new Float64Array(ngroups);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const g = groups[i] as number;
    if (g < 0 || Number.isNaN(v)) continue;
    counts[g] = (counts[g] as number) + 1;
    const y = v - (comp[g] as number);
    const t = (sums[g] as number) + y;
    comp[g] = t - (sums[g] as number) - y;
    sums[g] = t;
  }
  return { sums, counts };
}

interface Window {
  nobs: number;
  sum: number;
  negatives: number;
  addComp: number;
  removeComp: number;
  same: number;
  prev: number;
}

function add(w: Window, v: number): void {
  if (Number.isNaN(v)) return;
  w.nobs++;
  const y = v - w.addComp;
  const t = w.sum + y;
  w.addComp = t - w.sum - y;
  w.sum = t;
  if (v < 0 || Object.is(v, -0)) w.negatives++;
  w.same = v === w.prev ? w.same + 1 : 1;
  w.prev = v;
}

function remove(w: Window, v: number): void {
  if (Number.isNaN(v)) return;
  w.nobs--;
  const y = -v - w.removeComp;
  const t = w.sum + y;
  w.removeComp = t - w.sum - y;
  w.sum = t;
  if (v < 0 || Object.is(v, -0)) w.negatives--;
}

function windowMean(w: Window, minPeriods: number): number {
  if (w.nobs < minPeriods || w.nobs === 0) return NaN;
  if (w.same >= w.nobs) return w.prev;
  const mean = w.sum / w.nobs;
  if (w.negatives === 0 && mean < 0) return 0;
  if (w.negatives === w.nobs && mean > 0) return 0;
  return mean;
}

function windowSum(w: Window, minPeriods: number): number {
  if (w.nobs === 0 && minPeriods === 0) return 0;
  if (w.nobs < minPeriods) return NaN;
  return w.same >= w.nobs ? w.prev * w.nobs : w.sum;
}

/** pandas rolling(window).mean() / .sum() over fixed windows (min_periods = window unless given). */
export function rolling(values: Float64Array, size: number, kind: 'mean' | 'sum', minPeriods = size): Float64Array {
  const out = new Float64Array(values.length);
  const w: Window = { nobs: 0, sum: 0, negatives: 0, addComp: 0, removeComp: 0, same: 0, prev: values[0] ?? NaN };
  for (let i = 0; i < values.length; i++) {
    const start = Math.max(0, i + 1 - size);
    if (i > 0 && start > 0) remove(w, values[start - 1] as number);
    add(w, values[i] as number);
    out[i] = kind === 'mean' ? windowMean(w, minPeriods) : windowSum(w, minPeriods);
  }
  return out;
}
