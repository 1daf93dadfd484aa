/** toStoredIpynb: the storage form keeps multi-line strings whole; it is still nbformat 4.5 and reads back to the same notebook. */
import { describe, expect, it } from 'vitest';
import { fromIpynb, fromIpynbJson, toIpynb, toStoredIpynb } from '../../src/ipynb/index.ts';
import { fixtureText, manifest, schemaErrors } from './fixture-files.ts';
import { joinMultiline } from './normalize.ts';

const files = manifest().map((entry) => [entry.file] as const);

describe('toStoredIpynb', () => {
  it.each(files)('%s: valid nbformat 4.5, equal to the file form with lines joined, and read back unchanged', (file) => {
    const { notebook } = fromIpynb(fixtureText(`ipynb/${file}`));
    const stored = toStoredIpynb(notebook);
    expect(schemaErrors(stored)).toEqual([]);
    expect(stored).toStrictEqual(joinMultiline(toIpynb(notebook)));
    const again = fromIpynbJson(structuredClone(stored));
    expect(again.notices).toEqual([]);
    expect(again.notebook).toStrictEqual(notebook);
  });

  it('writes sources, stream text and text/* outputs as one string each; JSON and base64 values as they are', () => {
    const { notebook } = fromIpynb(fixtureText('ipynb/jupytext__text_outputs_and_images.ipynb'));
    const cells = toStoredIpynb(notebook).cells as { source: unknown; outputs?: { text?: unknown; data?: Record<string, unknown> }[] }[];
    expect(cells.every((cell) => typeof cell.source === 'string')).toBe(true);
    const outputs = cells.flatMap((cell) => cell.outputs ?? []);
    expect(outputs.some((output) => output.data?.['image/png'] !== undefined)).toBe(true);
    for (const output of outputs) {
      if (output.text !== undefined) expect(typeof output.text).toBe('string');
      for (const [mime, value] of Object.entries(output.data ?? {})) {
        if (mime.startsWith('text/') || mime.startsWith('image/')) expect(typeof value).toBe('string');
      }
    }
  });
});
