/** Factorizing key columns into sorted group codes (pandas groupby's sort=True). */

import { valueAt, type Column } from './column.ts';

/** The group of every row (−1 where a key is missing) and each group's key values. */
export interface Groups {
  codes: Int32Array;
  count: number;
  /** Per key column: the key of every group, in group order. */
  keys: unknown[][];
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** Groups rows by the values of `columns`, groups sorted by key (missing keys dropped, as pandas). */
export function groupRows(columns: readonly Column[], rows: number): Groups {
  const byKey = new Map<string, { first: number; values: unknown[] }>();
  const rowKey: (string | null)[] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const values = columns.map((c) => c.values[r]);
    if (values.some((v) => v === null || (typeof v === 'number' && Number.isNaN(v)))) {
      rowKey[r] = null;
      continue;
    }
    const key = columns.length === 1 ? String(values[0]) : JSON.stringify(values);
    rowKey[r] = key;
    if (!byKey.has(key)) byKey.set(key, { first: r, values });
  }
  const sorted = [...byKey].sort(([, a], [, b]) => {
    for (let k = 0; k < a.values.length; k++) {
      const d = compare(a.values[k], b.values[k]);
      if (d !== 0) return d;
    }
    return 0;
  });
  const codeOf = new Map(sorted.map(([key], i) => [key, i]));
  const codes = Int32Array.from(rowKey, (key) => (key === null ? -1 : (codeOf.get(key) as number)));
  const keys = columns.map((c) => sorted.map(([, g]) => valueAt(c, g.first)));
  return { codes, count: sorted.length, keys };
}
