/**
 * application/vnd.quire.columns: a DataFrame as an interactive table — only the rows in view are
 * in the DOM, so a million rows scroll like ten; a click on a header sorts by that column
 * (again: descending, a third time: back to the frame's order). Text only, so it is safe.
 */
import { appendElement } from './element.ts';
import { cellText, readFrameColumns, sortOrder, type FrameColumn, type FrameColumns } from './frame-columns.ts';
import type { Renderer } from './types.ts';

/** Height of one row in CSS pixels (fixed, so a row's position is its number times this). */
export const ROW_HEIGHT = 24;
const VISIBLE_ROWS = 20;
// Rows drawn beyond each edge of the view so a fast scroll does not show blank rows.
const OVERSCAN = 10;

type Sort = { column: number; descending: boolean } | undefined;

function header(table: HTMLElement, data: FrameColumns, onSort: (column: number) => void): HTMLElement[] {
  const head = appendElement(table, 'div', 'q-frame-row q-frame-head');
  const cells: HTMLElement[] = [];
  [data.index, ...data.columns].forEach((column, i) => {
    const cell = appendElement(head, 'button', i === 0 ? 'q-frame-cell q-frame-index' : 'q-frame-cell');
    cell.type = 'button';
    appendElement(cell, 'span', 'q-frame-name', column.name);
    appendElement(cell, 'span', 'q-frame-dtype', column.dtype);
    cell.title = `Sort by ${column.name}`;
    cell.addEventListener('click', () => onSort(i));
    cells.push(cell);
  });
  return cells;
}

function drawRows(body: HTMLElement, columns: readonly FrameColumn[], order: Uint32Array | undefined, from: number, to: number): void {
  const fragment = body.ownerDocument.createDocumentFragment();
  for (let r = from; r < to; r++) {
    const row = body.ownerDocument.createElement('div');
    row.className = 'q-frame-row';
    row.style.top = `${r * ROW_HEIGHT}px`;
    const source = order ? order[r]! : r;
    columns.forEach((column, i) => {
      const cell = body.ownerDocument.createElement('div');
      cell.className = i === 0 ? 'q-frame-cell q-frame-index' : 'q-frame-cell';
      const value = column.values[source];
      // Dates travel as epoch milliseconds in a Float64Array (NaN for NaT).
      cell.textContent = cellText(column.dtype.startsWith('datetime') && typeof value === 'number' ? new Date(value) : value);
      row.append(cell);
    });
    fragment.append(row);
  }
  body.replaceChildren(fragment);
}

function drawTable(host: HTMLElement, data: FrameColumns): void {
  const columns = [data.index, ...data.columns];
  const frame = appendElement(host, 'div', 'q-frame');
  appendElement(frame, 'div', 'q-frame-summary', `${data.rows.toLocaleString('en-US')} rows × ${data.columns.length} columns`);
  const viewport = appendElement(frame, 'div', 'q-frame-viewport');
  viewport.style.setProperty('--q-frame-columns', String(columns.length));
  viewport.tabIndex = 0;
  let sort: Sort;
  let order: Uint32Array | undefined;
  const headCells = header(viewport, data, (column) => {
    sort = sort?.column !== column ? { column, descending: false } : sort.descending ? undefined : { column, descending: true };
    order = sort ? sortOrder(columns[sort.column]!.values, sort.descending) : undefined;
    headCells.forEach((cell, i) => cell.setAttribute('aria-sort', sort?.column === i ? (sort.descending ? 'descending' : 'ascending') : 'none'));
    draw();
  });
  const body = appendElement(viewport, 'div', 'q-frame-body');
  body.style.height = `${data.rows * ROW_HEIGHT}px`;
  viewport.style.maxHeight = `${(VISIBLE_ROWS + 1) * ROW_HEIGHT + 2}px`;
  let drawn = '';
  const draw = (): void => {
    const first = Math.max(0, Math.floor(viewport.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(data.rows, first + VISIBLE_ROWS + 2 * OVERSCAN);
    const key = `${first}:${last}:${sort?.column}:${sort?.descending}`;
    if (key === drawn) return;
    drawn = key;
    drawRows(body, columns, order, first, last);
  };
  let pending = false;
  viewport.addEventListener('scroll', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      draw();
    });
  });
  draw();
}

/** Draws the interactive table; anything that is not a well-formed table falls back to nothing drawn (the bundle's HTML is used). */
export const frameRenderer: Renderer = {
  mimeTypes: ['application/vnd.quire.columns'],
  rank: 18,
  safe: true,
  render(host, data) {
    const table = readFrameColumns(data);
    if (table) drawTable(host, table);
    else appendElement(host, 'pre', 'q-frame-error', 'This table could not be shown.');
  },
};
