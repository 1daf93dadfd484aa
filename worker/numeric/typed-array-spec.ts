/** plotly.js (≥ 2.28) typed-array specs: `{ dtype, bdata }` with the little-endian bytes in base64. */

/** A numeric typed array plotly can decode (no 64-bit integers). */
export type PlotlyTypedArray =
  | Float64Array
  | Float32Array
  | Int32Array
  | Uint32Array
  | Int16Array
  | Uint16Array
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray;

/** plotly's short dtype names. */
export type PlotlyDtype = 'f8' | 'f4' | 'i4' | 'u4' | 'i2' | 'u2' | 'i1' | 'u1' | 'u1c';

/** The JSON form of a typed array in a plotly figure. */
export interface TypedArraySpec {
  dtype: PlotlyDtype;
  bdata: string;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const ALPHABET = new TextEncoder().encode('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const PAD = 61; // '='

/** The dtype of a typed array, or undefined for other values (BigInt arrays, DataView, plain arrays). */
export function plotlyDtype(value: unknown): PlotlyDtype | undefined {
  if (value instanceof Float64Array) return 'f8';
  if (value instanceof Float32Array) return 'f4';
  if (value instanceof Int32Array) return 'i4';
  if (value instanceof Uint32Array) return 'u4';
  if (value instanceof Int16Array) return 'i2';
  if (value instanceof Uint16Array) return 'u2';
  if (value instanceof Int8Array) return 'i1';
  if (value instanceof Uint8ClampedArray) return 'u1c';
  if (value instanceof Uint8Array) return 'u1';
  return undefined;
}

/**
 * Base64 of `bytes` (standard alphabet, padded). Written into ASCII bytes and decoded once:
 * building the string from char codes and calling btoa is tens of times slower on megabytes.
 */
export function toBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4);
  const at = (i: number): number => ALPHABET[i] as number;
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const triple = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o++] = at(triple >>> 18);
    out[o++] = at((triple >>> 12) & 63);
    out[o++] = at((triple >>> 6) & 63);
    out[o++] = at(triple & 63);
  }
  if (i < n) {
    const rest = n - i;
    const triple = ((bytes[i] as number) << 16) | (rest === 2 ? (bytes[i + 1] as number) << 8 : 0);
    out[o++] = at(triple >>> 18);
    out[o++] = at((triple >>> 12) & 63);
    out[o++] = rest === 2 ? at((triple >>> 6) & 63) : PAD;
    out[o++] = PAD;
  }
  return new TextDecoder('latin1').decode(out);
}

/** The bytes of `array` in little-endian order (a copy only on a big-endian machine). */
function littleEndianBytes(array: PlotlyTypedArray): Uint8Array {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  const size = array.BYTES_PER_ELEMENT;
  if (LITTLE_ENDIAN || size === 1) return bytes;
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += size) {
    for (let k = 0; k < size; k++) swapped[i + k] = bytes[i + size - 1 - k] as number;
  }
  return swapped;
}

/** `array` as plotly's `{ dtype, bdata }` spec. */
export function toTypedArraySpec(array: PlotlyTypedArray): TypedArraySpec {
  const dtype = plotlyDtype(array);
  if (dtype === undefined) throw new TypeError('toTypedArraySpec: not a plotly typed array');
  return { dtype, bdata: toBase64(littleEndianBytes(array)) };
}
