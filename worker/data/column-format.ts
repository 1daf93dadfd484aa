/** Texts pandas shows for the cells of non-float columns (ints without decimals, dates, strings, booleans). */

import { formatDates } from '../numeric/labels.ts';
import type { Column } from './column.ts';

/** The texts of `column` at `rows`, or undefined for float64 columns (the numeric formatter handles them). */
export function formatCells(column: Column, rows: readonly number[]): string[] | undefined {
  switch (column.dtype) {
    case 'float64':
      return undefined;
    case 'int64':
      // pandas formats ints as f"{x: d}": a space where a minus sign would go
      return rows.map((r) => { const v = column.values[r] as number; return v < 0 ? String(v) : ` ${v}`; });
    case 'datetime64[ns]':
      return formatDates(rows.map((r) => new Date(column.values[r] as number)));
    case 'bool':
    case 'object':
      return rows.map((r) => {
        const v = column.values[r];
        // pandas' GenericArrayFormatter leaves a leading space before every value
        if (v === null || v === undefined) return ' NaN';
        return ` ${typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v)}`;
      });
    default: {
      const never: never = column;
      return never;
    }
  }
}
