/** application/json: a collapsible tree of <details>, built from text nodes only. */
import { appendElement } from './element.ts';
import type { Renderer } from './types.ts';

const OPEN_DEPTH = 1;
const MAX_CHILDREN = 1000;

function leaf(host: HTMLElement, value: unknown): void {
  const kind = value === null ? 'null' : typeof value;
  appendElement(host, 'span', `q-json-${kind}`, typeof value === 'string' ? JSON.stringify(value) : String(value));
}

function appendNode(host: HTMLElement, key: string | undefined, value: unknown, depth: number): void {
  if (value === null || typeof value !== 'object') {
    const row = appendElement(host, 'div', 'q-json-row');
    if (key !== undefined) appendElement(row, 'span', 'q-json-key', `${key}: `);
    leaf(row, value);
    return;
  }
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
  const details = appendElement(host, 'details', 'q-json-node');
  details.open = depth < OPEN_DEPTH;
  const summary = appendElement(details, 'summary', 'q-json-summary');
  if (key !== undefined) appendElement(summary, 'span', 'q-json-key', `${key}: `);
  summary.append(Array.isArray(value) ? `Array(${entries.length})` : `{${entries.length} ${entries.length === 1 ? 'key' : 'keys'}}`);
  const children = appendElement(details, 'div', 'q-json-children');
  for (const [childKey, child] of entries.slice(0, MAX_CHILDREN)) appendNode(children, childKey, child, depth + 1);
  if (entries.length > MAX_CHILDREN) appendElement(children, 'div', 'q-json-more', `… ${entries.length - MAX_CHILDREN} more`);
}

/** Renders any JSON value as a tree; the first level starts open. */
export const jsonRenderer: Renderer = {
  mimeTypes: ['application/json'],
  rank: 70,
  safe: true,
  render(host, data) {
    appendNode(appendElement(host, 'div', 'q-json'), undefined, data, 0);
  },
};
