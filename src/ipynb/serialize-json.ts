/**
 * JSON text as Python's `json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False)` writes
 * it, which is how nbformat saves notebooks. Its layout is JSON.stringify's with indent 1, so a
 * copy with sorted keys goes through the native JSON.stringify; only objects with array-index
 * keys ("0", "10"), which JavaScript always enumerates first, need the slower writer by hand.
 */

// Python sorts keys by code point; JavaScript's default sort compares UTF-16 code units, which
// differ for characters above U+FFFF against U+E000–U+FFFF. Shift the units so they agree.
function codePointOrder(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointOrder(x) - codePointOrder(y);
  }
  return a.length - b.length;
}

function write(value: unknown, indent: string, parts: string[]): void {
  if (value === null || typeof value !== 'object') {
    // Non-finite numbers have no JSON form; like JSON.stringify they become null.
    parts.push(typeof value === 'number' && !Number.isFinite(value) ? 'null' : (JSON.stringify(value) ?? 'null'));
    return;
  }
  if ('toJSON' in value && typeof value.toJSON === 'function') {
    write((value.toJSON as () => unknown)(), indent, parts);
    return;
  }
  const inner = `${indent} `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      parts.push('[]');
      return;
    }
    parts.push('[');
    value.forEach((item: unknown, i) => {
      parts.push(i === 0 ? `\n${inner}` : `,\n${inner}`);
      write(item, inner, parts);
    });
    parts.push(`\n${indent}]`);
    return;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== 'function');
  entries.sort(([a], [b]) => compareCodePoints(a, b));
  if (entries.length === 0) {
    parts.push('{}');
    return;
  }
  parts.push('{');
  entries.forEach(([key, item]: [string, unknown], i) => {
    parts.push(i === 0 ? `\n${inner}` : `,\n${inner}`, JSON.stringify(key), ': ');
    write(item, inner, parts);
  });
  parts.push(`\n${indent}}`);
}

const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/;

function isIndexKey(key: string): boolean {
  return INDEX_KEY.test(key) && Number(key) < 4294967295;
}

const UNSORTABLE: unique symbol = Symbol('array-index key');
const SURROGATE = /[\ud800-\udfff]/;

function sortKeys(keys: string[]): string[] {
  // The default sort already is code point order unless a key holds a surrogate pair.
  return keys.some((key) => SURROGATE.test(key)) ? keys.sort(compareCodePoints) : keys.sort();
}

/** A copy of `value` with object keys in Python's order, or UNSORTABLE when some key is an array index. */
function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if ('toJSON' in value && typeof value.toJSON === 'function') return sortedCopy((value.toJSON as () => unknown)());
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = sortedCopy(value[i]);
      if (item === UNSORTABLE) return UNSORTABLE;
      copy[i] = item;
    }
    return copy;
  }
  const entries: [string, unknown][] = [];
  for (const key of sortKeys(Object.keys(value))) {
    if (isIndexKey(key)) return UNSORTABLE;
    const item = sortedCopy((value as Record<string, unknown>)[key]);
    if (item === UNSORTABLE) return UNSORTABLE;
    entries.push([key, item]);
  }
  return Object.fromEntries(entries);
}

/** `value` as nbformat's JSON text: one-space indent, keys sorted, non-ASCII kept, trailing newline. */
export function serializeJson(value: unknown): string {
  const sorted = sortedCopy(value);
  if (sorted !== UNSORTABLE) return `${JSON.stringify(sorted, null, 1)}\n`;
  const parts: string[] = [];
  write(value, '', parts);
  parts.push('\n');
  return parts.join('');
}
