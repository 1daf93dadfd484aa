/**
 * A fast estimate of a notebook's size in bytes: the length of its compact JSON text, counted
 * without building that text.
 *
 * Structure (brackets, commas, colons, quotes, keys) and numbers are counted exactly; each string
 * counts as its UTF-16 length plus two quotes. The estimate equals `JSON.stringify(value).length`
 * unless strings hold characters JSON escapes (quotes, backslashes, control characters), and equals
 * the UTF-8 byte count when the text is ASCII. Long strings (base64 images, outputs) cost O(1),
 * which is what keeps a 10 MB save fast.
 */
export function estimateJsonSize(value: unknown): number {
  const kind = typeof value;
  switch (kind) {
    case 'string':
      return (value as string).length + 2;
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object':
      if (value === null) return 4;
      if (Array.isArray(value)) return arraySize(value);
      return objectSize(value as Record<string, unknown>);
    case 'undefined':
    case 'function':
    case 'symbol':
    case 'bigint':
      return 0;
    default: {
      const unexpected: never = kind;
      throw new Error(`Unexpected value of type ${String(unexpected)}`);
    }
  }
}

function arraySize(items: readonly unknown[]): number {
  let size = 2 + Math.max(items.length - 1, 0);
  // JSON writes undefined, functions and symbols in arrays as null.
  for (const item of items) size += isOmitted(item) ? 4 : estimateJsonSize(item);
  return size;
}

function objectSize(record: Record<string, unknown>): number {
  let size = 2;
  let members = 0;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const item = record[key];
    if (isOmitted(item)) continue;
    size += key.length + 3 + estimateJsonSize(item);
    members++;
  }
  return size + Math.max(members - 1, 0);
}

function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
