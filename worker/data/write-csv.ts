/** CSV text of a frame as pandas' to_csv(index=False) writes it. */

import { formatDates } from '../numeric/labels.ts';
import type { Column } from './column.ts';

/** Python's str(float): shortest round-trip digits, always with a point or an exponent. */
export function pythonFloat(x: number): string {
  if (Number.isNaN(x)) return '';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const abs = Math.abs(x);
  if (abs !== 0 && (abs >= 1e16 || abs < 1e-4)) {
    const [m, e] = x.toExponential().split('e') as [string, string];
    const exp = Number(e);
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const s = String(x);
  return s.includes('.') ? s : `${s}.0`;
}

function quote(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One column's cells as CSV texts (missing values empty, dates as pandas writes them). */
function cells(column: Column, delimiter: string): string[] {
  switch (column.dtype) {
    case 'float64':
      return Array.from(column.values, pythonFloat);
    case 'int64':
      return Array.from(column.values, (v) => String(v));
    case 'datetime64[ns]': {
      const texts = formatDates(Array.from(column.values, (t) => new Date(t)));
      return texts.map((t) => (t === 'NaT' ? '' : t));
    }
    case 'bool':
    case 'object':
      return column.values.map((v) => (v === null ? '' : typeof v === 'boolean' ? (v ? 'True' : 'False') : quote(String(v), delimiter)));
    default: {
      const never: never = column;
      return never;
    }
  }
}

/** The CSV text: a header row, then one line per row, each ending in "\n". */
export function csvText(names: readonly string[], columns: readonly Column[], delimiter = ','): string {
  const texts = columns.map((c) => cells(c, delimiter));
  const rows = columns[0]?.values.length ?? 0;
  const lines = [names.map((n) => quote(n, delimiter)).join(delimiter)];
  for (let r = 0; r < rows; r++) lines.push(texts.map((t) => t[r]).join(delimiter));
  return `${lines.join('\n')}\n`;
}
