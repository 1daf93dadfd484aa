/** nbformat multi-line strings to plain strings. */

/** Joins an nbformat multi-line string (string or string[]); anything else is ''. */
export function joinText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((part): part is string => typeof part === 'string').join('');
  return '';
}
