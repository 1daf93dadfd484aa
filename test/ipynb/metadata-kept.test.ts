/** Real notebooks keep every byte of their metadata through open → edit → save → download, except what the user changed. */
import { describe, expect, it } from 'vitest';
import { fromIpynb, fromIpynbJson, serializeIpynb, toStoredIpynb } from '../../src/ipynb/index.ts';
import { quireKernelMetadata, setQuireKernel, setSource, withKernelMetadata } from '../../src/model/operations.ts';
import { fixtureText, manifest, schemaErrors } from './fixture-files.ts';

// nbformat strips these on read and write (strip_transient); nothing else may change.
const TRANSIENT = new Set(['orig_nbformat', 'orig_nbformat_minor', 'signature']);
const kept = (metadata: Record<string, unknown>) => Object.fromEntries(Object.entries(metadata).filter(([key]) => !TRANSIENT.has(key)));

type RawCell = { id?: string; cell_type: string; metadata: Record<string, unknown> };
type RawNotebook = { metadata: Record<string, unknown>; cells: RawCell[] };

const v4 = manifest().filter((entry) => entry.nbformat.startsWith('4.') && entry.valid);

describe.each(v4.map((entry) => [entry.file] as const))('%s', (file) => {
  const original = JSON.parse(fixtureText(`ipynb/${file}`)) as RawNotebook;

  it('keeps notebook and cell metadata through an edit, a save (stored form) and a download', () => {
    const { notebook } = fromIpynb(fixtureText(`ipynb/${file}`));
    const edited = notebook.cellOrder[0]!;
    const changed = setSource(notebook, edited, 'edited by the test');
    // Save: the stored form, read back as a reload would; then Download.
    const reloaded = fromIpynbJson(toStoredIpynb(changed)).notebook;
    const downloaded = JSON.parse(serializeIpynb(withKernelMetadata(reloaded))) as RawNotebook;

    // A notebook that declares no kernel is run as TypeScript here, and says so when downloaded.
    const declaresKernel = original.metadata['kernelspec'] !== undefined || original.metadata['language_info'] !== undefined;
    expect(downloaded.metadata).toEqual(declaresKernel ? kept(original.metadata) : { ...kept(original.metadata), ...quireKernelMetadata('typescript') });
    downloaded.cells.forEach((cell, i) => expect(cell.metadata, `cell ${i}`).toEqual(original.cells[i]!.metadata));
    expect(downloaded.cells[0]).toMatchObject({ cell_type: original.cells[0]!.cell_type });
    expect(schemaErrors(downloaded)).toEqual([]);
  });

  it('keeps its own kernelspec aside when converted to TypeScript', () => {
    const { notebook } = fromIpynb(fixtureText(`ipynb/${file}`));
    const converted = setQuireKernel(notebook, 'typescript').metadata as Record<string, unknown>;
    const quire = (converted['quire'] ?? {}) as Record<string, unknown>;
    if (original.metadata['kernelspec'] !== undefined && quire['converted_from'] !== undefined) {
      expect((quire['converted_from'] as Record<string, unknown>)['kernelspec']).toEqual(original.metadata['kernelspec']);
    }
    for (const [key, value] of Object.entries(kept(original.metadata))) {
      if (key !== 'kernelspec' && key !== 'language_info' && key !== 'quire') expect(converted[key], key).toEqual(value);
    }
  });
});
