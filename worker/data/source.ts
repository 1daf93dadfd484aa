/** Where a reader's bytes come from: a files-area name, an https:// URL, or a File/Blob. */

import { fileAccess } from './file-access.ts';

/** A file name in the files area, an `https://` (or `http://`) URL, or a File/Blob. */
export type Source = string | Blob;

/** The bytes of `source` and the name error messages use. */
export async function openSource(source: Source): Promise<{ blob: Blob; name: string }> {
  if (typeof source !== 'string') return { blob: source, name: source instanceof File ? source.name : '<blob>' };
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`${source}: HTTP ${response.status} ${response.statusText}`);
    return { blob: await response.blob(), name: source.split('/').pop() || source };
  }
  return { blob: await fileAccess().read(source), name: source };
}

/** The text of a Blob as decoded chunks (UTF-8), so a large file never becomes one string. */
export async function* textChunks(blob: Blob, onProgress?: (bytes: number) => void): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  const step = 4 << 20;
  for (let at = 0; at < blob.size; at += step) {
    const bytes = new Uint8Array(await blob.slice(at, at + step).arrayBuffer());
    yield decoder.decode(bytes, { stream: at + step < blob.size });
    onProgress?.(Math.min(blob.size, at + step));
  }
}
