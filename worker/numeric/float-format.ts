/** Python's `format(x, " .6f")` and `format(x, " .6e")`: exact decimal value of the double, ties to even. */

const bits = new DataView(new ArrayBuffer(8));

/** |x| = mantissa · 2^exponent exactly, for finite x. */
function decompose(x: number): { mantissa: bigint; exponent: number } {
  bits.setFloat64(0, x);
  const hi = bits.getUint32(0);
  const lo = bits.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  return biased === 0
    ? { mantissa: fraction, exponent: -1074 }
    : { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/** num / den rounded to the nearest integer, ties to even (Python's float formatting rule). */
function divideHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const twice = 2n * (num % den);
  return twice > den || (twice === den && q % 2n === 1n) ? q + 1n : q;
}

/** |x| · 10^power rounded half-even, computed on the exact binary value. */
function scaledRound(x: number, power: number): bigint {
  const { mantissa, exponent } = decompose(Math.abs(x));
  let num = mantissa;
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  if (power >= 0) num *= 10n ** BigInt(power);
  else den *= 10n ** BigInt(-power);
  return divideHalfEven(num, den);
}

function signOf(x: number, leadingSpace: boolean): string {
  if (x < 0 || Object.is(x, -0)) return '-';
  return leadingSpace ? ' ' : '';
}

function nonFinite(x: number, leadingSpace: boolean): string {
  return Number.isNaN(x) ? `${leadingSpace ? ' ' : ''}nan` : `${signOf(x, leadingSpace)}inf`;
}

/** Fixed notation with `digits` decimals, as Python's `"{: .6f}"` (leadingSpace) or `"{:.6f}"`. */
export function formatFixed(x: number, digits: number, leadingSpace = false): string {
  if (!Number.isFinite(x)) return nonFinite(x, leadingSpace);
  const text = scaledRound(x, digits).toString().padStart(digits + 1, '0');
  const body = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return signOf(x, leadingSpace) + body;
}

/** Scientific notation with `digits` decimals and a two-digit minimum exponent, as Python's `"{: .6e}"`. */
export function formatExponential(x: number, digits: number, leadingSpace = false): string {
  if (!Number.isFinite(x)) return nonFinite(x, leadingSpace);
  let exp = x === 0 ? 0 : Math.floor(Math.log10(Math.abs(x)));
  let q = scaledRound(x, digits - exp);
  // log10 can be off by one near powers of ten, and rounding can carry into a new digit.
  const low = 10n ** BigInt(digits);
  while (q !== 0n && (q < low || q >= 10n * low)) {
    exp += q < low ? -1 : 1;
    q = scaledRound(x, digits - exp);
  }
  const text = q.toString().padStart(digits + 1, '0');
  const mantissa = digits === 0 ? text : `${text.slice(0, 1)}.${text.slice(1)}`;
  const expText = `${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return `${signOf(x, leadingSpace)}${mantissa}e${expText}`;
}
