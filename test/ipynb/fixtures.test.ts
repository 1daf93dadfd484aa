import { describe, expect, it } from 'vitest';
import { fromIpynb, fromIpynbJson, serializeIpynb, toIpynb } from '../../src/ipynb/index.ts';
import { fixtureText, ipynbFiles, manifest, schemaErrors } from './fixture-files.ts';
import { joinMultiline } from './normalize.ts';

const entries = manifest();
const v4 = entries.filter((entry) => entry.nbformat.startsWith('4.'));
const ID = /^[a-zA-Z0-9-_]{1,64}$/;

describe('fixture notebooks', () => {
  it('are all listed in the manifest (at least one v3, one invalid, several v4)', () => {
    expect(entries.map((entry) => entry.file).sort()).toEqual(ipynbFiles().sort());
    expect(entries.some((entry) => entry.nbformat.startsWith('3'))).toBe(true);
    expect(entries.some((entry) => !entry.valid)).toBe(true);
    expect(v4.length).toBeGreaterThanOrEqual(5);
  });

  it.each(entries.map((entry) => [entry.file, entry] as const))('%s imports with every cell', (_, entry) => {
    const { notebook } = fromIpynb(fixtureText(`ipynb/${entry.file}`));
    expect(notebook.cellOrder).toHaveLength(entry.cells);
    expect(new Set(notebook.cellOrder).size).toBe(entry.cells);
    for (const id of notebook.cellOrder) expect(id).toMatch(ID);
  });

  it.each(entries.map((entry) => [entry.file] as const))('%s exports a notebook valid against nbformat.v4.5.schema.json', (file) => {
    const text = serializeIpynb(fromIpynb(fixtureText(`ipynb/${file}`)).notebook);
    expect(text.endsWith('}\n')).toBe(true);
    expect(schemaErrors(JSON.parse(text))).toEqual([]);
  });

  it.each(v4.filter((entry) => entry.valid).map((entry) => [entry.file] as const))(
    '%s round-trips to the same JSON apart from the documented upgrades',
    (file) => {
      const input = JSON.parse(fixtureText(`ipynb/${file}`)) as { cells: { id?: string }[] };
      const { notebook } = fromIpynb(fixtureText(`ipynb/${file}`));
      const output = JSON.parse(serializeIpynb(notebook)) as { cells: { id: string }[] };
      expect(toIpynb(notebook)).toStrictEqual(output);
      // Documented upgrades: nbformat_minor becomes 5 and cells of older files get fresh ids.
      const expected = joinMultiline({
        ...input,
        nbformat_minor: 5,
        cells: input.cells.map((cell, i) => ({ ...cell, id: cell.id ?? output.cells[i]?.id })),
      });
      expect(joinMultiline(output)).toStrictEqual(expected);
    },
  );

  it('writes a file saved by Jupyter in nbformat 4.5 back byte for byte', () => {
    const text = fixtureText('ipynb/deno__integration_test.ts.ipynb');
    expect(serializeIpynb(fromIpynb(text).notebook)).toBe(text);
  });

  it.each(entries.map((entry) => [entry.file] as const))('%s, once imported, survives export and re-import unchanged (storage path)', (file) => {
    const { notebook } = fromIpynb(fixtureText(`ipynb/${file}`));
    const again = fromIpynbJson(structuredClone(toIpynb(notebook)));
    expect(again.notices).toEqual([]);
    expect(again.notebook).toStrictEqual(notebook);
  });

  it('reads bytes (with a byte order mark) as well as text', () => {
    const text = fixtureText('ipynb/jupytext__plotly_graphs.ipynb');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const fromBytes = fromIpynb(bytes).notebook;
    const fromBuffer = fromIpynb(bytes.buffer).notebook;
    const fromText = fromIpynb(text).notebook;
    const sourcesOf = (nb: typeof fromText) => nb.cellOrder.map((id) => nb.cells.get(id)?.source);
    expect(sourcesOf(fromBytes)).toEqual(sourcesOf(fromText));
    expect(sourcesOf(fromBuffer)).toEqual(sourcesOf(fromText));
  });
});

describe('the duplicate-id fixture', () => {
  const entry = entries.find((e) => e.file === 'notebook-uitests__autoscroll_dup_ids.ipynb');
  const text = fixtureText('ipynb/notebook-uitests__autoscroll_dup_ids.ipynb');

  it('is marked invalid in the manifest', () => {
    expect(entry?.valid).toBe(false);
    expect(entry?.validation_error).toMatch(/Non-unique cell id/);
  });

  it('is repaired with a notice: the first cell keeps its id, the second gets a new one', () => {
    const input = JSON.parse(text) as { cells: { id: string }[] };
    const duplicated = input.cells[0]!.id;
    expect(input.cells[1]!.id).toBe(duplicated);
    const { notebook, notices } = fromIpynb(text);
    expect(notebook.cellOrder[0]).toBe(duplicated);
    expect(notebook.cellOrder[1]).not.toBe(duplicated);
    expect(notebook.cellOrder[1]).toMatch(ID);
    expect(notices).toEqual([`cells[1].id: duplicate id "${duplicated}", replaced with "${notebook.cellOrder[1]}"`]);
    const output = JSON.parse(serializeIpynb(notebook)) as { cells: { id: string }[] };
    expect(joinMultiline(output)).toStrictEqual(
      joinMultiline({ ...input, cells: input.cells.map((cell, i) => (i === 1 ? { ...cell, id: notebook.cellOrder[1] } : cell)) }),
    );
  });
});
