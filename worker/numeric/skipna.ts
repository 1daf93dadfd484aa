/** pandas-style reductions: NaN entries are skipped, not propagated (numpy's `cumsum`/`sum` propagate them). */

/** Running sum that leaves NaN entries as NaN and carries the sum past them (pandas `cumsum(skipna=True)`). */
export function cumsumSkipNa(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length);
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) {
      out[i] = NaN;
    } else {
      total += v;
      out[i] = total;
    }
  }
  return out;
}

/** Sum of the non-NaN entries (0 when there are none). */
export function sumSkipNa(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v)) total += v;
  }
  return total;
}

function count(values: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i] as number)) n++;
  return n;
}

/** Mean of the non-NaN entries (NaN when there are none). */
export function meanSkipNa(values: ArrayLike<number>): number {
  const n = count(values);
  return n === 0 ? NaN : sumSkipNa(values) / n;
}

/** Sample standard deviation (ddof = 1, pandas' default) of the non-NaN entries, two-pass. */
export function stdSkipNa(values: ArrayLike<number>, ddof = 1): number {
  const n = count(values);
  if (n - ddof <= 0) return NaN;
  const mean = sumSkipNa(values) / n;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v)) squares += (v - mean) ** 2;
  }
  return Math.sqrt(squares / (n - ddof));
}

function extreme(values: ArrayLike<number>, better: (a: number, b: number) => boolean): number {
  let best = NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v) && (Number.isNaN(best) || better(v, best))) best = v;
  }
  return best;
}

/** Smallest non-NaN entry (NaN when there are none). */
export function minSkipNa(values: ArrayLike<number>): number {
  return extreme(values, (a, b) => a < b);
}

/** Largest non-NaN entry (NaN when there are none). */
export function maxSkipNa(values: ArrayLike<number>): number {
  return extreme(values, (a, b) => a > b);
}
