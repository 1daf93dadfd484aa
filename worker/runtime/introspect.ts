/** Tab completion and Shift+Tab inspection from the live kernel scope (what IPython offers). */
import type { CompletionResult, InspectResult } from '../protocol.ts';
import { inspect as repr } from './inspect.ts';

/** Documentation of the numeric API, keyed by dotted name ("special.jv"). */
export type DocTable = Readonly<Record<string, { signature: string; doc: string }>>;

const KEYWORDS = [
  'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof',
  'let', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'undefined',
  'var', 'void', 'while', 'yield',
];

const PATH_BEFORE = /((?:[A-Za-z_$][\w$]*\s*\??\.\s*)*)([A-Za-z_$][\w$]*)?$/;
const HIDDEN = /^__quire/;

/** Every property name reachable on `value` (own first, then the prototype chain). */
function memberNames(value: unknown): string[] {
  const names = new Set<string>();
  let object: unknown = value !== null && (typeof value === 'object' || typeof value === 'function') ? value : Object(value);
  while (object !== null && object !== undefined && object !== Object.prototype) {
    for (const name of Object.getOwnPropertyNames(object)) if (!HIDDEN.test(name) && name !== 'constructor') names.add(name);
    object = Object.getPrototypeOf(object);
  }
  return [...names];
}

/** Resolves `a.b.c` from `scope` by plain property reads; undefined when a link is missing. */
function resolvePath(scope: object, path: readonly string[]): { found: boolean; value: unknown } {
  let value: unknown = scope;
  for (const name of path) {
    if (value === null || value === undefined) return { found: false, value: undefined };
    try {
      value = (value as Record<string, unknown>)[name];
    } catch {
      return { found: false, value: undefined };
    }
  }
  return { found: value !== undefined, value };
}

function splitPath(text: string): string[] {
  return text
    .split('.')
    .map((part) => part.replace(/[\s?]/g, ''))
    .filter((part) => part !== '');
}

/** Completions for the identifier or member access ending at `cursor`. */
export function complete(scope: object, code: string, cursor: number): CompletionResult {
  const before = code.slice(0, cursor);
  const match = PATH_BEFORE.exec(before);
  const prefix = match?.[2] ?? '';
  const objectPath = splitPath(match?.[1] ?? '');
  let candidates: string[];
  if (objectPath.length > 0) {
    const target = resolvePath(scope, objectPath);
    candidates = target.found ? memberNames(target.value) : [];
  } else {
    candidates = [...memberNames(scope), ...KEYWORDS];
  }
  const matches = [...new Set(candidates.filter((name) => name.startsWith(prefix)))].sort(byVisibility);
  return { matches, cursorStart: cursor - prefix.length, cursorEnd: cursor };
}

function byVisibility(a: string, b: string): number {
  const hidden = (name: string): number => (name.startsWith('_') ? 1 : 0);
  return hidden(a) - hidden(b) || a.localeCompare(b);
}

/** The dotted name around `cursor` (extends to the right over identifier characters). */
function nameAt(code: string, cursor: number): string[] {
  let end = cursor;
  while (end < code.length && /[\w$]/.test(code[end] ?? '')) end++;
  const match = PATH_BEFORE.exec(code.slice(0, end));
  return splitPath(`${match?.[1] ?? ''}${match?.[2] ?? ''}`);
}

function signatureOf(value: unknown): string {
  if (typeof value !== 'function') return `${value === null ? 'null' : typeof value}: ${repr(value, { depth: 0 })}`;
  const source = Function.prototype.toString.call(value);
  const head = source.split('\n')[0] ?? '';
  if (source.includes('[native code]')) return `${value.name}(…) [native code]`;
  const brace = head.indexOf('{');
  return (brace > 0 ? head.slice(0, brace) : head).trim();
}

/** The callee of the innermost open call around `cursor` (`jv(0, |5)` → special.jv). */
function calleeAt(code: string, cursor: number): string[] {
  let depth = 0;
  for (let i = cursor - 1; i >= 0; i--) {
    const ch = code[i];
    if (ch === ')') depth++;
    else if (ch === '(' && depth-- === 0) {
      const match = PATH_BEFORE.exec(code.slice(0, i).trimEnd());
      return splitPath(`${match?.[1] ?? ''}${match?.[2] ?? ''}`);
    }
  }
  return [];
}

/** Signature and doc of the name under `cursor` (or of the call it is in), or null. */
export function inspectAt(scope: object, docs: DocTable, code: string, cursor: number): InspectResult | null {
  const under = nameAt(code, cursor);
  const path = under.length > 0 ? under : calleeAt(code, cursor);
  if (path.length === 0) return null;
  const name = path.join('.');
  const documented = docs[name];
  if (documented) return { name, ...documented };
  const target = resolvePath(scope, path);
  if (!target.found) return null;
  if (path.length > 1) {
    const owner = resolvePath(scope, path.slice(0, -1)).value;
    const ctor = owner !== null && typeof owner === 'object' ? (owner as { constructor?: { name?: string } }).constructor?.name : undefined;
    const viaClass = ctor ? docs[`${ctor}.${path[path.length - 1]}`] : undefined;
    if (viaClass) return { name, ...viaClass };
  }
  return { name, signature: signatureOf(target.value), doc: '' };
}
