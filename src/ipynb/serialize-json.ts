/**
 * JSON text as Python's `json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False)` writes
 * it, which is how nbformat saves notebooks. Built from parts joined once, so it stays linear.
 */

// Python sorts keys by code point; JavaScript's default sort compares UTF-16 code units, which
// differ for characters above U+FFFF against U+E000–U+FFFF. Shift the units so they agree.
function codePointOrder(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

/** Compares two strings by code point, as Python does. */
export function compareCodePoints(a: string, b: string): number {
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
  const entries = Object.entries(value)
    .filter(([, item]) => item !== undefined && typeof item !== 'function')
    .sort(([a], [b]) => compareCodePoints(a, b));
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

/** `value` as nbformat's JSON text: one-space indent, keys sorted, non-ASCII kept, trailing newline. */
export function serializeJson(value: unknown): string {
  const parts: string[] = [];
  write(value, '', parts);
  parts.push('\n');
  return parts.join('');
}
