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
// String.fromCharCode takes its bytes as arguments; keep each call well under engines' argument limits.
const CHUNK = 0x8000;

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

/** Base64 of `bytes` (standard alphabet, padded). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
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
