/** MIME bundles for values: Deno's `Symbol.for("Jupyter.display")` convention, else the text repr. */
import type { IMimeBundle } from '@jupyterlab/nbformat';
import { inspect } from './inspect.ts';

/** The well-known symbol of a method returning a MIME bundle (Deno's Jupyter convention). */
export const JUPYTER_DISPLAY = Symbol.for('Jupyter.display');

/** The MIME type of a DataFrame's columns for the page's interactive table (session-only, never saved). */
export const SESSION_COLUMNS_MIME = 'application/vnd.quire.columns';

/** Data and metadata of one display_data / execute_result output. */
export interface MimeOutput {
  data: IMimeBundle;
  metadata: IMimeBundle;
}

/** The MIME bundle that shows `value`; text/plain is always present. */
export function mimeBundleOf(value: unknown): MimeOutput {
  const method = value !== null && (typeof value === 'object' || typeof value === 'function') ? (value as { [JUPYTER_DISPLAY]?: unknown })[JUPYTER_DISPLAY] : undefined;
  if (typeof method === 'function') {
    const bundle: unknown = method.call(value);
    if (bundle !== null && typeof bundle === 'object') {
      const data = toJsonBundle(bundle as Record<string, unknown>);
      if (!('text/plain' in data)) data['text/plain'] = inspect(value);
      return { data, metadata: {} };
    }
  }
  return { data: { 'text/plain': inspect(value) }, metadata: {} };
}

/**
 * A bundle as nbformat stores it: strings stay, other values become plain JSON (typed arrays
 * turn into arrays, functions are dropped), so events can be posted and saved.
 */
export function toJsonBundle(bundle: Readonly<Record<string, unknown>>): IMimeBundle {
  const out: IMimeBundle = {};
  for (const [mime, value] of Object.entries(bundle)) {
    if (typeof value === 'string') out[mime] = value;
    // The interactive table's columns travel as they are (typed arrays, millions of rows); the page
    // shows them for the session and never writes them (src/ipynb/mime-bundle.ts).
    else if (mime === SESSION_COLUMNS_MIME) out[mime] = value as IMimeBundle[string];
    else if (value !== undefined) out[mime] = JSON.parse(JSON.stringify(value, jsonReplacer) ?? 'null') as IMimeBundle[string];
  }
  return out;
}

function jsonReplacer(_key: string, value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<number>);
  if (typeof value === 'bigint') return Number(value);
  return value;
}

/** Rich text made by the `html`, `md` and `svg` template tags. */
export class RichText {
  constructor(
    readonly mimeType: string,
    readonly text: string,
  ) {}

  /** Shown as its MIME type, with the source as text/plain. */
  [JUPYTER_DISPLAY](): IMimeBundle {
    return { [this.mimeType]: this.text, 'text/plain': this.text };
  }
}

function tag(mimeType: string) {
  return (strings: TemplateStringsArray | string, ...values: unknown[]): RichText => {
    if (typeof strings === 'string') return new RichText(mimeType, strings);
    let text = strings[0] ?? '';
    values.forEach((value, i) => {
      text += (typeof value === 'string' ? value : value instanceof RichText ? value.text : String(value)) + (strings[i + 1] ?? '');
    });
    return new RichText(mimeType, text);
  };
}

/** html`<b>${x}</b>` → text/html (interpolations are inserted as written, like a template). */
export const html = tag('text/html');
/** md`# Title` → text/markdown. */
export const md = tag('text/markdown');
/** svg`<svg …>` → image/svg+xml. */
export const svg = tag('image/svg+xml');
