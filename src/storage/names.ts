/** Notebook names: validation, the ".ipynb" extension, and Jupyter-style unique names. */
import { InvalidNameError } from './errors.ts';

const EXTENSION = '.ipynb';
/** Longest name, extension included, in code points: the common file-system limit. */
export const MAX_NAME_LENGTH = 255;
/** C0 and C1 control characters, which file systems and downloads reject or mangle. */
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

/** Trims `name`, forces the ".ipynb" extension and checks it; throws InvalidNameError with the reason. */
export function normalizeName(name: string): string {
  const trimmed = name.normalize('NFC').trim();
  const base = stripExtension(trimmed);
  if (base.trim() === '') throw new InvalidNameError('A notebook name cannot be empty');
  if (/[/\\]/u.test(trimmed)) throw new InvalidNameError('A notebook name cannot contain "/" or "\\"');
  if (CONTROL.test(trimmed)) throw new InvalidNameError('A notebook name cannot contain control characters');
  const full = base + EXTENSION;
  if (codePoints(full) > MAX_NAME_LENGTH) {
    throw new InvalidNameError(`A notebook name can have at most ${MAX_NAME_LENGTH} characters, ".ipynb" included`);
  }
  return full;
}

/**
 * The key that makes names unique: case and Unicode form do not count (as on macOS and Windows).
 * Lowercased one code point at a time, so the key of a prefix is a prefix of the key (whole-string
 * lowercasing is context-sensitive: a final "Σ" becomes "ς").
 */
export function nameKey(name: string): string {
  return Array.from(name.normalize('NFC'), (char) => char.toLowerCase()).join('');
}

/** A key prefix shared by every name `uniqueName` can derive from `name` (with suffixes of up to 20 characters). */
export function nameKeyPrefix(name: string): string {
  return nameKey(Array.from(stripExtension(name)).slice(0, MAX_NAME_LENGTH - EXTENSION.length - 20).join(''));
}

/**
 * The first of `base.ipynb`, `base1.ipynb`, `base2.ipynb`, … (or `base-Copy1.ipynb`, … with an
 * insert) whose key is not in `taken`, as Jupyter's `increment_filename` numbers them.
 */
export function uniqueName(name: string, taken: ReadonlySet<string>, insert = ''): string {
  const base = stripExtension(name);
  for (let i = insert ? 1 : 0; ; i++) {
    const suffix = i === 0 ? '' : `${insert}${i}`;
    const candidate = fit(base, suffix + EXTENSION);
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

/** The name a copy starts from: "a-Copy2.ipynb" is copied as "a-Copy1.ipynb", not "a-Copy2-Copy1.ipynb". */
export function copyBase(name: string): string {
  return stripExtension(name).replace(/-Copy\d*$/u, '') + EXTENSION;
}

function stripExtension(name: string): string {
  return name.toLowerCase().endsWith(EXTENSION) ? name.slice(0, -EXTENSION.length) : name;
}

/** `base + tail`, with `base` shortened (by whole code points) so the result stays within the limit. */
function fit(base: string, tail: string): string {
  const room = MAX_NAME_LENGTH - codePoints(tail);
  const chars = Array.from(base);
  return (chars.length > room ? chars.slice(0, room).join('') : base) + tail;
}

/** Length of `text` in code points (what file systems count). */
export function codePoints(text: string): number {
  return Array.from(text).length;
}

/** A valid name made from any old one: bad characters become "-", empty becomes "Untitled". */
export function repairName(name: string): string {
  const cleaned = name.normalize('NFC').replace(/[/\\\u0000-\u001f\u007f-\u009f]/gu, '-').trim();
  const base = stripExtension(cleaned).trim() === '' ? 'Untitled' : stripExtension(cleaned);
  return fit(base, EXTENSION);
}
