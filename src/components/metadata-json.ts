/** Checks the text of Edit ▸ Edit Notebook Metadata before it replaces the notebook's metadata. */

/** The parsed metadata, or a message saying what is wrong with the text. */
export type MetadataParse = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses `text` as notebook metadata: a JSON object whose `kernelspec` and `language_info`, if present, have what nbformat requires. */
export function parseMetadata(text: string): MetadataParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!isObject(value)) return { ok: false, message: 'The metadata must be a JSON object: { … }.' };
  const kernelspec = value['kernelspec'];
  if (kernelspec !== undefined && !(isObject(kernelspec) && typeof kernelspec['name'] === 'string' && typeof kernelspec['display_name'] === 'string')) {
    return { ok: false, message: 'kernelspec must be an object with "name" and "display_name" strings (nbformat).' };
  }
  const language = value['language_info'];
  if (language !== undefined && !(isObject(language) && typeof language['name'] === 'string')) {
    return { ok: false, message: 'language_info must be an object with a "name" string (nbformat).' };
  }
  return { ok: true, value };
}
