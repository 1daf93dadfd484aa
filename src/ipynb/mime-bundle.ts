/** MIME bundles: which values are multi-line text and which are JSON, as nbformat decides. */
import type { JsonObject, MimeBundle } from '../model/types.ts';
import { childPath, expectObject } from './json-shape.ts';
import { joinLines, type Multiline } from './lines.ts';

// JSON MIME types (application/json, application/*+json) hold values: never joined or split.
function isJsonMime(mime: string): boolean {
  return mime === 'application/json' || (mime.startsWith('application/') && mime.endsWith('+json'));
}

function isSplitMime(mime: string): boolean {
  return mime.startsWith('text/') || mime === 'image/svg+xml' || mime === 'application/javascript';
}

/** A bundle read from a file: non-JSON values given as lists of strings are joined, anything else kept as is. */
export function readBundle(value: unknown, path: string): MimeBundle {
  const bundle = expectObject(value, path);
  const entries = Object.entries(bundle).map(([mime, data]) => {
    const lines = !isJsonMime(mime) && Array.isArray(data) && data.every((line) => typeof line === 'string');
    return [mime, lines ? joinLines(data, childPath(path, mime)) : data];
  });
  return Object.fromEntries(entries) as MimeBundle;
}

/**
 * MIME types shown during the session only, never written: the interactive table's columns
 * (typed arrays, up to millions of rows) — the bundle's HTML and text stand for it in a file.
 */
const SESSION_ONLY_MIME = new Set(['application/vnd.quire.columns']);

/** A bundle as nbformat writes it: text/*, SVG and JavaScript strings written by `multiline` (lists of lines in files); session-only types left out. */
export function writeBundle(bundle: JsonObject, multiline: Multiline): JsonObject {
  return Object.fromEntries(
    Object.entries(bundle)
      .filter(([mime]) => !SESSION_ONLY_MIME.has(mime))
      .map(([mime, data]) => [mime, typeof data === 'string' && isSplitMime(mime) ? multiline(data) : data]),
  );
}
