import { describe, expect, it } from 'vitest';
import { fromIpynb, serializeIpynb } from '../../src/ipynb/index.ts';
import type { Cell, CodeCell, Notebook } from '../../src/model/types.ts';
import { fixtureText, schemaErrors } from './fixture-files.ts';

const text = fixtureText('ipynb/ipython-2.4.1__Running_Code.v3.ipynb');
const v3 = JSON.parse(text) as { metadata: Record<string, unknown>; worksheets: { cells: Record<string, unknown>[] }[] };
const v3cells = v3.worksheets[0]!.cells;
const { notebook, notices } = fromIpynb(text);
const cells: Cell[] = notebook.cellOrder.map((id) => notebook.cells.get(id)!);

function codeCellWith(nb: Notebook, start: string): CodeCell {
  const found = [...nb.cells.values()].find((cell) => cell.cell_type === 'code' && cell.source.startsWith(start));
  if (found?.cell_type !== 'code') throw new Error(`no code cell starting with ${start}`);
  return found;
}

describe('nbformat 3 upgrade (ipython 2.4.1 Running Code)', () => {
  it('flattens the worksheet into cells in the same order, with fresh ids, and says so', () => {
    expect(cells).toHaveLength(v3cells.length);
    expect(notices).toContain('Upgraded from nbformat 3 to 4.5');
    expect(new Set(notebook.cellOrder).size).toBe(cells.length);
  });

  it('turns heading cells into markdown with as many # as the level', () => {
    expect(cells[0]).toMatchObject({ cell_type: 'markdown', source: '# Running Code in the IPython Notebook' });
    expect(cells[2]).toMatchObject({ cell_type: 'markdown', source: '## Code cells allow you to enter and run Python code' });
    expect(cells.filter((cell) => cell.source.startsWith('## '))).toHaveLength(4);
  });

  it('moves input to source, prompt_number to execution_count, collapsed to metadata, drops language', () => {
    expect(cells[4]).toStrictEqual({ id: cells[4]!.id, cell_type: 'code', source: 'a = 10', metadata: { collapsed: false }, outputs: [], execution_count: 1 });
    const cell = codeCellWith(notebook, 'print(a)');
    expect(cell.execution_count).toBe(2);
    expect(cell.outputs).toEqual([{ output_type: 'stream', name: 'stdout', text: '10\n' }]);
    expect(cell.extra).toBeUndefined();
  });

  it('turns pyout into execute_result with its prompt number as execution_count', () => {
    const pwd = codeCellWith(notebook, 'pwd');
    const original = (v3cells[13]!['outputs'] as Record<string, unknown>[])[0]!;
    expect(original['output_type']).toBe('pyout');
    expect(pwd.outputs).toHaveLength(1);
    expect(pwd.outputs[0]).toStrictEqual({
      output_type: 'execute_result',
      execution_count: 1,
      data: { 'text/plain': (original['text'] as string[]).join('') },
      metadata: {},
    });
  });

  it('turns pyerr into error, keeping name, value and the ANSI traceback', () => {
    const cell = codeCellWith(notebook, 'x = 1\ny = 4');
    const original = v3cells[25]!['outputs'] as Record<string, unknown>[];
    expect(cell.outputs[0]).toStrictEqual({ ...original[0], output_type: 'error' });
    expect(cell.outputs[0]).toMatchObject({ ename: 'ZeroDivisionError', evalue: 'integer division or modulo by zero' });
  });

  it('maps short MIME keys (png, text) to MIME types, base64 with newlines kept verbatim', () => {
    const plot = codeCellWith(notebook, '"""\nPlot demonstrating the integral');
    const original = (v3cells[34]!['outputs'] as Record<string, unknown>[])[0]!;
    expect(plot.outputs[0]).toStrictEqual({
      output_type: 'display_data',
      data: { 'image/png': original['png'], 'text/plain': '<matplotlib.figure.Figure at 0x108604e50>' },
      metadata: {},
    });
    expect(original['png']).toContain('\n');
  });

  it('drops name and signature from the metadata, as nbformat does', () => {
    expect(v3.metadata['signature']).toBeDefined();
    expect(v3.metadata['name']).toBeDefined();
    expect(notebook.metadata).toStrictEqual({});
  });

  it('exports a valid nbformat 4.5 notebook', () => {
    expect(schemaErrors(JSON.parse(serializeIpynb(notebook)))).toEqual([]);
  });

  it('upgrades a synthetic v3 notebook with every quirk', () => {
    const synthetic = {
      nbformat: 3,
      nbformat_minor: 0,
      metadata: { name: 'old', custom: { kept: true } },
      worksheets: [
        {
          metadata: {},
          cells: [
            { cell_type: 'heading', level: 3, metadata: {}, source: ['Two\n', 'lines'] },
            {
              cell_type: 'code',
              language: 'python',
              input: ['x\n', 'y'],
              prompt_number: 4,
              metadata: {},
              outputs: [
                { output_type: 'pyout', prompt_number: 4, html: ['<b>', 'x</b>'], json: '{"a": [1, 2]}', latex: '$x$', metadata: { png: { width: 3 } } },
                { output_type: 'stream', stream: 'stderr', text: 'warn' },
                { output_type: 'display_data', svg: '<svg/>', jpeg: 'AAAA', javascript: 'alert(1)', metadata: {} },
              ],
            },
          ],
        },
        { metadata: {}, cells: [{ cell_type: 'raw', metadata: {}, source: 'raw text' }, { cell_type: 'html', metadata: {}, source: '<i>h</i>' }] },
      ],
    };
    const result = fromIpynb(JSON.stringify(synthetic));
    const got = result.notebook.cellOrder.map((id) => result.notebook.cells.get(id)!);
    expect(result.notices).toContain('2 worksheets flattened into one list of cells');
    expect(got.map((cell) => [cell.cell_type, cell.source])).toEqual([
      ['markdown', '### Two lines'],
      ['code', 'x\ny'],
      ['raw', 'raw text'],
      ['markdown', '<i>h</i>'],
    ]);
    expect((got[1] as CodeCell).outputs).toStrictEqual([
      {
        output_type: 'execute_result',
        execution_count: 4,
        data: { 'text/html': '<b>x</b>', 'application/json': { a: [1, 2] }, 'text/latex': '$x$' },
        metadata: { 'image/png': { width: 3 } },
      },
      { output_type: 'stream', name: 'stderr', text: 'warn' },
      { output_type: 'display_data', data: { 'image/svg+xml': '<svg/>', 'image/jpeg': 'AAAA', 'application/javascript': 'alert(1)' }, metadata: {} },
    ]);
    expect(result.notebook.metadata).toStrictEqual({ custom: { kept: true } });
    expect(schemaErrors(JSON.parse(serializeIpynb(result.notebook)))).toEqual([]);
  });
});
