/** A compact `util.inspect`: the text/plain repr of any value, formatted the way Node prints it. */

/** Limits that keep a repr small. */
export interface InspectOptions {
  /** Nesting depth shown before `[Object]`; Node's default is 2. */
  depth: number;
  /** Entries of arrays, typed arrays, Maps and Sets shown before `... N more items`. */
  maxArrayLength: number;
  /** Characters of a string shown before `... N more characters`. */
  maxStringLength: number;
  /** A group longer than this breaks onto one entry per line. */
  breakLength: number;
}

const DEFAULTS: InspectOptions = { depth: 2, maxArrayLength: 100, maxStringLength: 10_000, breakLength: 80 };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const CUSTOM = Symbol.for('nodejs.util.inspect.custom');

interface Context {
  options: InspectOptions;
  /** Objects on the current path, for circular detection. */
  seen: object[];
  /** Circular targets and their `*n` reference numbers. */
  circular: Map<object, number>;
}

/** Formats `value` as Node's `util.inspect(value)` would (compact subset). */
export function inspect(value: unknown, options: Partial<InspectOptions> = {}): string {
  const ctx: Context = { options: { ...DEFAULTS, ...options }, seen: [], circular: new Map() };
  return formatValue(ctx, value, 0, true);
}

/** Quotes a string as Node does: single quotes unless the text contains them. */
function quoteString(text: string): string {
  const quote = !text.includes("'") ? "'" : !text.includes('"') ? '"' : !text.includes('`') && !text.includes('${') ? '`' : "'";
  let out = '';
  for (const ch of text) out += escapeChar(ch, quote);
  return quote + out + quote;
}

function escapeChar(ch: string, quote: string): string {
  switch (ch) {
    case '\n':
      return '\\n';
    case '\t':
      return '\\t';
    case '\r':
      return '\\r';
    case '\b':
      return '\\b';
    case '\f':
      return '\\f';
    case '\v':
      return '\\v';
    case '\\':
      return '\\\\';
    default: {
      if (ch === quote) return `\\${ch}`;
      const code = ch.codePointAt(0) ?? 0;
      return code < 0x20 || code === 0x7f ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : ch;
    }
  }
}

function formatString(ctx: Context, text: string): string {
  const max = ctx.options.maxStringLength;
  if (text.length <= max) return quoteString(text);
  const rest = text.length - max;
  return `${quoteString(text.slice(0, max))}... ${rest} more character${rest > 1 ? 's' : ''}`;
}

function formatNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

function formatPrimitive(ctx: Context, value: unknown): string | null {
  switch (typeof value) {
    case 'string':
      return formatString(ctx, value);
    case 'number':
      return formatNumber(value);
    case 'bigint':
      return `${value}n`;
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return value.toString();
    case 'object':
      return value === null ? 'null' : null;
    case 'function':
      return null;
    default:
      return null;
  }
}

function formatValue(ctx: Context, value: unknown, depth: number, top = false): string {
  const primitive = formatPrimitive(ctx, value);
  if (primitive !== null) return primitive;
  const object = value as object;
  const custom = (object as { [CUSTOM]?: unknown })[CUSTOM];
  if (typeof custom === 'function') {
    const result: unknown = custom.call(object, ctx.options.depth - depth, { ...ctx.options });
    if (result !== object) return typeof result === 'string' ? result : formatValue(ctx, result, depth);
  }
  if (ctx.seen.includes(object)) {
    let index = ctx.circular.get(object);
    if (index === undefined) {
      index = ctx.circular.size + 1;
      ctx.circular.set(object, index);
    }
    return `[Circular *${index}]`;
  }
  ctx.seen.push(object);
  try {
    const text = formatObject(ctx, object, depth, top);
    const ref = ctx.circular.get(object);
    return ref === undefined ? text : `<ref *${ref}> ${text}`;
  } finally {
    ctx.seen.pop();
  }
}

function constructorName(object: object): string | null {
  let proto: unknown = Object.getPrototypeOf(object);
  while (proto !== null && proto !== undefined) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'constructor');
    const ctor: unknown = descriptor?.value;
    if (typeof ctor === 'function' && ctor.name !== '') return ctor.name;
    proto = Object.getPrototypeOf(proto);
  }
  return null;
}

/** `Foo ` for class instances, `[Object: null prototype] ` for bare objects, '' for plain ones. */
function prefixFor(object: object, fallback: string, size?: number): string {
  const name = constructorName(object);
  const sized = size === undefined ? '' : `(${size})`;
  if (name === null) return `[${fallback}${sized}: null prototype] `;
  if (name === fallback && (fallback === 'Object' || fallback === 'Array')) return '';
  return `${name}${sized} `;
}

function formatFunction(fn: Function): string {
  const source = Function.prototype.toString.call(fn);
  const name = fn.name;
  if (source.startsWith('class')) return name ? `[class ${name}]` : '[class (anonymous)]';
  const kind = fn.constructor?.name ?? 'Function';
  const label = kind === 'AsyncFunction' || kind === 'GeneratorFunction' || kind === 'AsyncGeneratorFunction' ? kind : 'Function';
  return name ? `[${label}: ${name}]` : `[${label} (anonymous)]`;
}

function formatObject(ctx: Context, object: object, depth: number, top: boolean): string {
  if (typeof object === 'function') {
    const base = formatFunction(object);
    const keys = ownEntries(ctx, object, depth, new Set(['length', 'name', 'prototype']));
    return keys.length === 0 ? base : group(ctx, `${base} {`, keys, '}', depth);
  }
  if (Array.isArray(object)) return formatArray(ctx, object, depth);
  if (ArrayBuffer.isView(object) && !(object instanceof DataView)) return formatTypedArray(ctx, object as unknown as ArrayLike<number | bigint> & object, depth);
  if (object instanceof Map) return formatMap(ctx, object, depth);
  if (object instanceof Set) return formatSet(ctx, object, depth);
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString();
  if (object instanceof RegExp) return String(object);
  if (object instanceof Error) return formatError(object, top);
  if (object instanceof Promise) return 'Promise { <unknown> }';
  if (object instanceof WeakMap) return 'WeakMap { <items unknown> }';
  if (object instanceof WeakSet) return 'WeakSet { <items unknown> }';
  if (object instanceof ArrayBuffer) return `ArrayBuffer { byteLength: ${object.byteLength} }`;
  const boxed = formatBoxed(ctx, object);
  if (boxed !== null) return boxed;
  const prefix = prefixFor(object, 'Object');
  if (depth > ctx.options.depth) return `[${constructorName(object) ?? 'Object'}]`;
  const entries = ownEntries(ctx, object, depth, new Set());
  if (entries.length === 0) return `${prefix}{}`;
  return group(ctx, `${prefix}{`, entries, '}', depth);
}

function formatBoxed(ctx: Context, object: object): string | null {
  if (object instanceof Number) return `[Number: ${formatNumber(object.valueOf())}]`;
  if (object instanceof String) return `[String: ${formatString(ctx, object.valueOf())}]`;
  if (object instanceof Boolean) return `[Boolean: ${object.valueOf()}]`;
  return null;
}

function formatError(error: Error, top: boolean): string {
  const head = error.message ? `${error.name}: ${error.message}` : error.name;
  return top ? head : `[${head}]`;
}

function formatKey(key: string | symbol): string {
  if (typeof key === 'symbol') return `[${key.toString()}]`;
  return IDENTIFIER.test(key) ? key : quoteString(key);
}

function ownEntries(ctx: Context, object: object, depth: number, skip: Set<string>): string[] {
  const out: string[] = [];
  for (const key of Reflect.ownKeys(object)) {
    if (typeof key === 'string' && skip.has(key)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(object, key);
    if (!descriptor?.enumerable) continue;
    out.push(`${formatKey(key)}: ${formatProperty(ctx, descriptor, depth)}`);
  }
  return out;
}

function formatProperty(ctx: Context, descriptor: PropertyDescriptor, depth: number): string {
  if (descriptor.get && descriptor.set) return '[Getter/Setter]';
  if (descriptor.get) return '[Getter]';
  if (descriptor.set) return '[Setter]';
  return formatValue(ctx, descriptor.value, depth + 1);
}

function moreItems(count: number): string {
  return `... ${count} more item${count > 1 ? 's' : ''}`;
}

function formatArray(ctx: Context, array: unknown[], depth: number): string {
  const prefix = prefixFor(array, 'Array');
  if (depth > ctx.options.depth) return '[Array]';
  const shown = Math.min(array.length, ctx.options.maxArrayLength);
  const items: string[] = [];
  let holes = 0;
  const flushHoles = (): void => {
    if (holes > 0) items.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
    holes = 0;
  };
  for (let i = 0; i < shown; i++) {
    if (!Object.hasOwn(array, i)) {
      holes++;
      continue;
    }
    flushHoles();
    items.push(formatValue(ctx, array[i], depth + 1));
  }
  flushHoles();
  if (array.length > shown) items.push(moreItems(array.length - shown));
  const extra = ownEntries(ctx, array, depth, new Set(Object.keys(array).filter((k) => String(Number(k)) === k)));
  const all = [...items, ...extra.filter((entry) => !entry.startsWith('length:'))];
  if (all.length === 0) return `${prefix}[]`;
  return group(ctx, `${prefix}[`, all, ']', depth, items.length);
}

function formatTypedArray(ctx: Context, array: ArrayLike<number | bigint> & object, depth: number): string {
  const name = constructorName(array) ?? 'TypedArray';
  const head = `${name}(${array.length}) [`;
  if (array.length === 0) return `${name}(0) []`;
  if (depth > ctx.options.depth) return `[${name}]`;
  const shown = Math.min(array.length, ctx.options.maxArrayLength);
  const items: string[] = [];
  for (let i = 0; i < shown; i++) {
    const item = array[i];
    items.push(typeof item === 'bigint' ? `${item}n` : formatNumber(item ?? 0));
  }
  if (array.length > shown) items.push(moreItems(array.length - shown));
  return group(ctx, head, items, ']', depth, items.length);
}

function formatMap(ctx: Context, map: Map<unknown, unknown>, depth: number): string {
  const prefix = prefixFor(map, 'Map', map.size);
  if (depth > ctx.options.depth) return '[Map]';
  const items: string[] = [];
  for (const [key, value] of map) {
    if (items.length >= ctx.options.maxArrayLength) break;
    items.push(`${formatValue(ctx, key, depth + 1)} => ${formatValue(ctx, value, depth + 1)}`);
  }
  if (map.size > items.length) items.push(moreItems(map.size - items.length));
  return items.length === 0 ? `${prefix}{}` : group(ctx, `${prefix}{`, items, '}', depth);
}

function formatSet(ctx: Context, set: Set<unknown>, depth: number): string {
  const prefix = prefixFor(set, 'Set', set.size);
  if (depth > ctx.options.depth) return '[Set]';
  const items: string[] = [];
  for (const value of set) {
    if (items.length >= ctx.options.maxArrayLength) break;
    items.push(formatValue(ctx, value, depth + 1));
  }
  if (set.size > items.length) items.push(moreItems(set.size - items.length));
  return items.length === 0 ? `${prefix}{}` : group(ctx, `${prefix}{`, items, '}', depth);
}

/**
 * Joins entries on one line when they fit (Node's `isBelowBreakLength` rule), otherwise one per
 * line; arrays of more than six short items are packed several per line, as Node groups them.
 */
function group(ctx: Context, open: string, entries: string[], close: string, depth: number, packable = 0): string {
  const multiline = entries.some((entry) => entry.includes('\n'));
  const width = entries.reduce((sum, entry) => sum + entry.length, entries.length + open.length + depth * 2 + 10);
  if (!multiline && packable <= 6 && width <= ctx.options.breakLength) return `${open} ${entries.join(', ')} ${close}`;
  const indent = '  '.repeat(depth + 1);
  if (packable > 6 && !multiline) return `${open}\n${packLines(entries, indent, ctx.options.breakLength)}\n${'  '.repeat(depth)}${close}`;
  return `${open}\n${entries.map((entry) => indent + entry.replace(/\n/g, `\n${indent}`)).join(',\n')}\n${'  '.repeat(depth)}${close}`;
}

function packLines(entries: string[], indent: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const entry of entries) {
    const piece = line === '' ? entry : `${line}, ${entry}`;
    if (line !== '' && indent.length + piece.length + 1 > width) {
      lines.push(`${indent}${line},`);
      line = entry;
    } else {
      line = piece;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines.join('\n');
}
