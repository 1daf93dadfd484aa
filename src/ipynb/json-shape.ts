/** Small checks on parsed JSON values that report what they found. */
import type { JsonObject } from '../model/types.ts';
import { NotebookFormatError } from './errors.ts';

/** Whether `value` is a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What kind of JSON value `value` is, for messages ("an array", "null", "a string"…). */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    default:
      return typeof value;
  }
}

/** `value` as a JSON object, or a NotebookFormatError at `path`. */
export function expectObject(value: unknown, path: string): JsonObject {
  if (isJsonObject(value)) return value;
  throw new NotebookFormatError(path, `expected an object, found ${describeJson(value)}`);
}

/** `value` as an array, or a NotebookFormatError at `path`. */
export function expectArray(value: unknown, path: string): readonly unknown[] {
  if (Array.isArray(value)) return value;
  throw new NotebookFormatError(path, `expected an array, found ${describeJson(value)}`);
}

/** `object[key]` if it is an own property (never inherited: keys may be `__proto__`). */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** A JSON path to `key` under `path`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** The own fields of `object` whose names are not in `known`, or undefined when there are none. */
export function unknownFields(object: JsonObject, known: ReadonlySet<string>): JsonObject | undefined {
  const extra = Object.entries(object).filter(([key]) => !known.has(key));
  return extra.length === 0 ? undefined : Object.fromEntries(extra);
}
