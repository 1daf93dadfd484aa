/** Aggregations of grouped rows (pandas' cython groupby kernels): mean, sum, count, min, max, size, std. */

import { floatColumn, type Column } from './column.ts';
import { groupSums, nanVar, type NumpySum } from './pandas-math.ts';
import { numbersOf } from './series.ts';

/** The aggregation names groupby, pivotTable and resample accept. */
export type AggName = 'mean' | 'sum' | 'count' | 'min' | 'max' | 'size' | 'std' | 'var' | 'first' | 'last';

/** Aggregates `column` per group (codes from groupRows; −1 rows are skipped). */
export function aggregate(column: Column, codes: Int32Array, groups: number, how: AggName, sum: NumpySum): Column {
  if (how === 'size') {
    const out = new Float64Array(groups);
    for (const g of codes) if (g >= 0) out[g] = (out[g] as number) + 1;
    return { dtype: 'int64', values: out };
  }
  if (how === 'first' || how === 'last' || (how === 'count' && !(column.values instanceof Float64Array))) {
    const pick = new Int32Array(groups).fill(-1);
    const counts = new Float64Array(groups);
    codes.forEach((g, r) => {
      const v = column.values[r];
      if (g < 0 || v === null || (typeof v === 'number' && Number.isNaN(v))) return;
      counts[g] = (counts[g] as number) + 1;
      if (how === 'last' || pick[g] === -1) pick[g] = r;
    });
    if (how === 'count') return { dtype: 'int64', values: counts };
    const values = Array.from(pick, (r) => (r < 0 ? null : column.values[r]));
    return column.values instanceof Float64Array ? ({ dtype: column.dtype, values: Float64Array.from(values as number[], (v) => v ?? NaN) } as Column) : ({ dtype: column.dtype, values } as Column);
  }
  const values = numbersOf(column, `groupby ${how}`);
  switch (how) {
    case 'sum':
    case 'mean':
    case 'count': {
      const { sums, counts } = groupSums(values, codes, groups);
      if (how === 'count') return { dtype: 'int64', values: counts };
      if (how === 'sum') return { dtype: column.dtype === 'int64' ? 'int64' : 'float64', values: sums };
      return floatColumn(sums.map((s, g) => ((counts[g] as number) === 0 ? NaN : s / (counts[g] as number))));
    }
    case 'min':
    case 'max': {
      const out = new Float64Array(groups).fill(NaN);
      values.forEach((v, r) => {
        const g = codes[r] as number;
        if (g < 0 || Number.isNaN(v)) return;
        const cur = out[g] as number;
        if (Number.isNaN(cur) || (how === 'min' ? v < cur : v > cur)) out[g] = v;
      });
      return { dtype: column.dtype === 'float64' ? 'float64' : column.dtype, values: out } as Column;
    }
    case 'std':
    case 'var': {
      const members: number[][] = Array.from({ length: groups }, () => []);
      values.forEach((v, r) => {
        const g = codes[r] as number;
        if (g >= 0) members[g]?.push(v);
      });
      const out = Float64Array.from(members, (m) => nanVar(Float64Array.from(m)));
      return floatColumn(how === 'std' ? out.map(Math.sqrt) : out);
    }
    default: {
      const never: never = how;
      throw new Error(`unknown aggregation ${String(never)}`);
    }
  }
}
