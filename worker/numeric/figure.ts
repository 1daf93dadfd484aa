/** A plotly figure value: shown as `application/vnd.plotly.v1+json` with typed arrays as base64 specs. */

import { JUPYTER_DISPLAY } from '../runtime/mime.ts';
import { formatDates } from './labels.ts';
import { plotlyDtype, toTypedArraySpec, type PlotlyTypedArray } from './typed-array-spec.ts';

/** One plotly trace (`{ x, y, type, mode, name, … }`); arrays may be typed arrays or Dates. */
export type Trace = Record<string, unknown>;

/** A plotly layout object. */
export type Layout = Record<string, unknown>;

/** The MIME type plotly figures travel as. */
const PLOTLY_MIME = 'application/vnd.plotly.v1+json';

// Trace attributes whose plain number arrays are worth sending as binary (plotly data_arrays).
const DATA_KEYS = new Set(['x', 'y', 'z']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isNumberArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'number');
}

/** JSON-ready copy: Dates become date strings, typed arrays specs (or plain arrays with `binary` off). */
function encode(value: unknown, binary: boolean, key = ''): unknown {
  if (value instanceof Date) return formatDates([value])[0];
  if (plotlyDtype(value) !== undefined) {
    const typed = value as PlotlyTypedArray;
    return binary ? toTypedArraySpec(typed) : Array.from(typed);
  }
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => v instanceof Date)) return formatDates(value as Date[]);
    if (binary && DATA_KEYS.has(key) && isNumberArray(value)) return toTypedArraySpec(Float64Array.from(value));
    return value.map((v: unknown) => encode(v, binary));
  }
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v, binary, k)]));
  }
  return value;
}

/** A figure: traces and layout, displayed by the kernel as a plotly MIME bundle. */
export class Figure {
  constructor(
    readonly data: Trace[],
    readonly layout: Layout,
  ) {}

  /** `{ data, layout }` as plotly.js takes it, numeric arrays as `{ dtype, bdata }`. */
  toJSON(): { data: unknown[]; layout: unknown } {
    return { data: this.data.map((trace) => encode(trace, true)), layout: encode(this.layout, false) };
  }

  /** The plotly bundle plus a one-line text fallback. */
  [JUPYTER_DISPLAY](): Record<string, unknown> {
    const n = this.data.length;
    return { [PLOTLY_MIME]: this.toJSON(), 'text/plain': `<Figure: ${n} trace${n === 1 ? '' : 's'}>` };
  }
}
