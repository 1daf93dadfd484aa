/** pandas' FloatArrayFormatter at display.precision = 6: one column of float64 values as text. */

import { formatExponential, formatFixed } from './float-format.ts';

const DIGITS = 6;
const NUMBER_WITH_POINT = /^\s*[+-]?[0-9]+\.[0-9]*$/;

/** Drops trailing zeros from every fixed-point number while all of them end in 0, keeping one decimal. */
function trimZeros(texts: string[]): string[] {
  let out = texts;
  const numbers = (): string[] => out.filter((t) => NUMBER_WITH_POINT.test(t));
  while (numbers().length > 0 && numbers().every((t) => t.endsWith('0'))) {
    out = out.map((t) => (NUMBER_WITH_POINT.test(t) ? t.slice(0, -1) : t));
  }
  return out.map((t) => (NUMBER_WITH_POINT.test(t) && t.endsWith('.') ? `${t}0` : t));
}

/**
 * The texts pandas shows for `values` (before padding to a common width): six decimals with
 * common trailing zeros trimmed, switching to `1.234568e+07` style when some value would print
 * as zero or the column gets too wide for large values; NaN as "NaN". `leadingSpace` reserves
 * the sign position, as pandas does whenever an index is shown.
 */
export function formatFloatColumn(values: ArrayLike<number>, leadingSpace: boolean): string[] {
  const list = Array.from(values);
  const withFormat = (format: (x: number) => string): string[] =>
    list.map((v) => (Number.isNaN(v) ? 'NaN' : format(v)));
  const fixed = trimZeros(withFormat((v) => formatFixed(v, DIGITS, leadingSpace)));
  const tooLong = fixed.some((t) => t.length > DIGITS + 6);
  const hasLarge = list.some((v) => Math.abs(v) > 1e6);
  const hasSmall = list.some((v) => Math.abs(v) < 10 ** -DIGITS && v !== 0);
  return hasSmall || (tooLong && hasLarge) ? withFormat((v) => formatExponential(v, DIGITS, leadingSpace)) : fixed;
}

/** Pads every text on the left to the longest one (pandas' right-justified fixed width). */
export function padStartAll(texts: readonly string[], minimum = 0): string[] {
  const width = Math.max(minimum, ...texts.map((t) => t.length));
  return texts.map((t) => t.padStart(width));
}
