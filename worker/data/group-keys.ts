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

/** One key column: codes in order of first appearance through a Map of values, then renumbered by sorted key. */
function groupOne(column: Column, rows: number): Groups {
  const firstCode = new Map<unknown, number>();
  const seen = new Int32Array(rows);
  const firsts: number[] = [];
  const values = column.values;
  for (let r = 0; r < rows; r++) {
    const v = values[r];
    if (v === null || (typeof v === 'number' && Number.isNaN(v))) {
      seen[r] = -1;
      continue;
    }
    let code = firstCode.get(v);
    if (code === undefined) {
      code = firsts.length;
      firstCode.set(v, code);
      firsts.push(r);
    }
    seen[r] = code;
  }
  const order = firsts.map((_, i) => i).sort((a, b) => compare(values[firsts[a] as number], values[firsts[b] as number]));
  const renumber = new Int32Array(order.length);
  order.forEach((old, i) => {
    renumber[old] = i;
  });
  const codes = seen.map((c) => (c < 0 ? -1 : (renumber[c] as number)));
  return { codes, count: order.length, keys: [order.map((old) => valueAt(column, firsts[old] as number))] };
}

/** Groups rows by the values of `columns`, groups sorted by key (missing keys dropped, as pandas). */
export function groupRows(columns: readonly Column[], rows: number): Groups {
  if (columns.length === 1) return groupOne(columns[0] as Column, rows);
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
