/** `console.table`: an HTML table (escaped) plus a box-drawn text table, as Node draws it. */
import { inspect } from './inspect.ts';

const MAX_ROWS = 1000;
const INDEX = '(index)';
const VALUES = 'Values';

/** Escapes text for HTML element content and attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function cell(value: unknown): string {
  return typeof value === 'string' ? inspect(value) : inspect(value, { depth: 0, breakLength: Infinity });
}

function rowsOf(data: unknown): [string, unknown][] {
  if (data instanceof Map) return [...data.entries()].map(([key, value]) => [cell(key), value]);
  if (data instanceof Set || Array.isArray(data)) return [...data].map((value, i) => [String(i), value]);
  return Object.entries(data as object);
}

/** The table as a grid of strings: header row first. */
export function tableGrid(data: unknown, columns?: readonly string[]): string[][] | null {
  if (data === null || typeof data !== 'object') return null;
  const rows = rowsOf(data).slice(0, MAX_ROWS);
  const keys: string[] = [];
  let hasValues = false;
  for (const [, value] of rows) {
    if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) if (!keys.includes(key)) keys.push(key);
    } else {
      hasValues = true;
    }
  }
  const shown = columns ? [...columns] : keys;
  const header = [INDEX, ...shown, ...(hasValues && !columns ? [VALUES] : [])];
  const body = rows.map(([index, value]) => {
    const isObject = value !== null && typeof value === 'object';
    const fields = shown.map((key) => (isObject && Object.hasOwn(value, key) ? cell((value as Record<string, unknown>)[key]) : ''));
    return [index, ...fields, ...(hasValues && !columns ? [isObject ? '' : cell(value)] : [])];
  });
  return [header, ...body];
}

/** The HTML table. */
export function tableHtml(grid: string[][]): string {
  const [header = [], ...body] = grid;
  const head = `<thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const rows = body.map((row) => `<tr>${row.map((c, i) => (i === 0 ? `<th>${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`);
  return `<table>${head}<tbody>${rows.join('')}</tbody></table>`;
}

/** The text table with box-drawing lines. */
export function tableText(grid: string[][]): string {
  const widths = grid[0]?.map((_, col) => Math.max(...grid.map((row) => (row[col] ?? '').length)) + 2) ?? [];
  const line = (left: string, mid: string, right: string): string => left + widths.map((w) => '─'.repeat(w)).join(mid) + right;
  const row = (cells: string[]): string => `│${cells.map((c, i) => ` ${c.padEnd((widths[i] ?? 2) - 2)} `).join('│')}│`;
  const [header = [], ...body] = grid;
  return [line('┌', '┬', '┐'), row(header), line('├', '┼', '┤'), ...body.map(row), line('└', '┴', '┘')].join('\n');
}
