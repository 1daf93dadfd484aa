/** pandas' `text/plain` layouts for a Series and a DataFrame, from a TableView. */

import { padStartAll } from './float-column.ts';
import type { TableView } from './table-view.ts';

/** Joins columns side by side: each but the last left-justified to its width plus `space` (pandas' adjoin). */
function adjoin(space: number, columns: readonly string[][]): string {
  const widths = columns.map((col, i) => Math.max(0, ...col.map((t) => t.length)) + (i < columns.length - 1 ? space : 0));
  const height = Math.max(0, ...columns.map((col) => col.length));
  const lines: string[] = [];
  for (let row = 0; row < height; row++) {
    lines.push(columns.map((col, i) => (col[row] ?? '').padEnd(widths[i] ?? 0)).join(''));
  }
  return lines.join('\n');
}

/** Python's str.center: the odd padding character goes right unless both lengths are odd. */
function center(text: string, width: number): string {
  const margin = width - text.length;
  if (margin <= 0) return text;
  const left = Math.floor(margin / 2) + (margin & width & 1);
  return ' '.repeat(left) + text + ' '.repeat(margin - left);
}

/** `text/plain` of a Series as pandas prints it, footer (Freq, Name, Length, dtype) included. */
export function seriesText(view: TableView, name: string | undefined, freq?: string, dtype = 'float64'): string {
  const footerParts = [
    ...(freq === undefined ? [] : [`Freq: ${freq}`]),
    ...(name === undefined ? [] : [`Name: ${name}`]),
    ...(view.rowGap === undefined ? [] : [`Length: ${view.rows}`]),
    `dtype: ${dtype}`,
  ];
  if (view.rows === 0) return `Series([], ${footerParts.join(', ')})`;
  const index = [...view.index];
  const values = padStartAll(view.cells[0] ?? []);
  if (view.rowGap !== undefined) {
    const width = values[view.rowGap - 1]?.length ?? 0;
    values.splice(view.rowGap, 0, center(width > 3 ? '...' : '..', width));
    index.splice(view.rowGap, 0, '');
  }
  return `${adjoin(3, [index, values])}\n${footerParts.join(', ')}`;
}

function dotsRow(columns: string[][], view: TableView): void {
  const at = (view.rowGap ?? 0) + 1;
  const dotColumn = view.colGap === undefined ? -1 : view.colGap + 1;
  columns.forEach((col, i) => {
    const width = i === dotColumn ? 4 : (col[at - 1]?.length ?? 0);
    const dots = width > 3 || i === dotColumn ? '...' : '..';
    col.splice(at, 0, i === 0 ? dots.padEnd(width) : dots.padStart(width));
  });
}

/** `text/plain` of a DataFrame as pandas prints it (no wrapping at the console width). */
export function frameText(view: TableView): string {
  if (view.rows === 0 || view.cols === 0) {
    return `Empty DataFrame\nColumns: [${view.columns.map((c) => c.trim()).join(', ')}]\nIndex: [${view.index.join(', ')}]`;
  }
  const indexWidth = Math.max(...view.index.map((t) => t.length));
  const columns: string[][] = [['', ...view.index.map((t) => t.padEnd(indexWidth))]];
  view.cells.forEach((cells, c) => {
    const header = ` ${view.columns[c] ?? ''}`;
    const values = padStartAll(cells, header.length);
    const width = Math.max(header.length, ...values.map((t) => t.length));
    columns.push([header.padStart(width), ...values]);
  });
  if (view.colGap !== undefined) {
    columns.splice(view.colGap + 1, 0, Array.from({ length: view.index.length + 1 }, () => ' ...'));
  }
  if (view.rowGap !== undefined) dotsRow(columns, view);
  const truncated = view.rowGap !== undefined || view.colGap !== undefined;
  const dimensions = truncated ? `\n\n[${view.rows} rows x ${view.cols} columns]` : '';
  return adjoin(1, columns) + dimensions;
}
