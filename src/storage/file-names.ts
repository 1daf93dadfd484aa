/** Names of files-area files: validation and upload-time unique names ("sales.csv" → "sales1.csv"). */
import { InvalidNameError } from './errors.ts';
import { CONTROL, MAX_NAME_LENGTH, codePoints, nameKey } from './names.ts';

/** Trims `name` and checks it as a file name (no folders, no control characters, at most 255 characters). */
export function normalizeFileName(name: string): string {
  const trimmed = name.normalize('NFC').trim();
  if (trimmed === '' || trimmed === '.' || trimmed === '..') throw new InvalidNameError('A file name cannot be empty');
  if (/[/\\]/u.test(trimmed)) throw new InvalidNameError('A file name cannot contain "/" or "\\"');
  if (CONTROL.test(trimmed)) throw new InvalidNameError('A file name cannot contain control characters');
  if (codePoints(trimmed) > MAX_NAME_LENGTH) throw new InvalidNameError(`A file name can have at most ${MAX_NAME_LENGTH} characters`);
  return trimmed;
}

/** The first of `stem.ext`, `stem1.ext`, `stem2.ext`, … whose key is not in `taken` (Jupyter numbers names this way). */
export function uniqueFileName(name: string, taken: ReadonlySet<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let i = 0; ; i++) {
    const suffix = `${i === 0 ? '' : String(i)}${ext}`;
    const room = MAX_NAME_LENGTH - codePoints(suffix);
    const chars = Array.from(stem);
    const candidate = (chars.length > room ? chars.slice(0, room).join('') : stem) + suffix;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}
