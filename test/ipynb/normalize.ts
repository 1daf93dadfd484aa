/**
 * Test helper: a notebook JSON with every nbformat multi-line string joined, written here from the
 * nbformat spec (independently of src/ipynb) so round trips can be compared field by field.
 */

type Json = unknown;
type JsonRecord = Record<string, Json>;

const isRecord = (value: Json): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value);
const isJsonMime = (mime: string) => mime === 'application/json' || (mime.startsWith('application/') && mime.endsWith('+json'));
const joined = (value: Json): Json => (Array.isArray(value) && value.every((line) => typeof line === 'string') ? value.join('') : value);

function bundle(value: Json): Json {
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([mime, data]) => [mime, isJsonMime(mime) ? data : joined(data)]));
}

function output(value: Json): Json {
  if (!isRecord(value)) return value;
  const out = { ...value };
  if (out['output_type'] === 'stream') out['text'] = joined(out['text']);
  if ('data' in out) out['data'] = bundle(out['data']);
  return out;
}

function cell(value: Json): Json {
  if (!isRecord(value)) return value;
  const out: JsonRecord = { ...value, source: joined(value['source']) };
  if (Array.isArray(value['outputs'])) out['outputs'] = value['outputs'].map(output);
  if (isRecord(value['attachments'])) out['attachments'] = Object.fromEntries(Object.entries(value['attachments']).map(([k, v]) => [k, bundle(v)]));
  return out;
}

/** `notebook` (parsed nbformat 4 JSON) with multi-line strings joined; everything else as it was. */
export function joinMultiline(notebook: Json): JsonRecord {
  if (!isRecord(notebook) || !Array.isArray(notebook['cells'])) throw new Error('not an nbformat 4 notebook');
  return { ...notebook, cells: notebook['cells'].map(cell) };
}
