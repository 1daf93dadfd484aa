import { describe, expect, it } from 'vitest';
import { fromIpynb, NotebookFormatError, serializeIpynb } from '../../src/ipynb/index.ts';
import type { IpynbInput } from '../../src/ipynb/index.ts';
import { fixtureText } from './fixture-files.ts';

const v4 = (cells: unknown, more: Record<string, unknown> = {}) => JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells, ...more });
const code = (more: Record<string, unknown>) => ({ cell_type: 'code', id: 'c', source: '', metadata: {}, outputs: [], execution_count: null, ...more });
const v3 = (cells: unknown) => JSON.stringify({ nbformat: 3, nbformat_minor: 0, metadata: {}, worksheets: [{ metadata: {}, cells }] });

const cases: [string, IpynbInput, string][] = [
  ['an empty file', '  \n', 'the file is empty'],
  ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'not a text file (invalid UTF-8)'],
  ['an array', '[]', 'not a notebook: the file holds an array, not a JSON object'],
  ['a number', '42', 'not a notebook: the file holds a number, not a JSON object'],
  ['null', 'null', 'not a notebook: the file holds null, not a JSON object'],
  ['an object without nbformat', '{"cells": []}', 'nbformat: missing (not a Jupyter notebook?)'],
  ['nbformat as a string', '{"nbformat": "4", "cells": []}', 'nbformat: expected an integer, found a string'],
  ['nbformat 2', '{"nbformat": 2, "worksheets": []}', 'nbformat: version 2 is not supported (Quire reads nbformat 3 and 4)'],
  ['nbformat 5', '{"nbformat": 5, "nbformat_minor": 0, "cells": []}', 'nbformat: version 5 is not supported (Quire reads nbformat 3 and 4)'],
  ['nbformat_minor as a string', '{"nbformat": 4, "nbformat_minor": "5", "cells": []}', 'nbformat_minor: expected an integer, found a string'],
  ['no cells', '{"nbformat": 4, "nbformat_minor": 5, "metadata": {}}', 'cells: missing'],
  ['cells not an array', v4({}), 'cells: expected an array, found an object'],
  ['notebook metadata not an object', v4([], { metadata: [] }), 'metadata: expected an object, found an array'],
  ['a cell that is a number', v4([code({}), 1]), 'cells[1]: expected an object, found a number'],
  ['a cell without cell_type', v4([code({}), code({ id: 'd' }), code({ id: 'e' }), { id: 'x', source: '', metadata: {} }]), 'cells[3]: missing cell_type'],
  ['an unknown cell type', v4([code({ cell_type: 'heading' })]), 'cells[0].cell_type: unknown cell type "heading"'],
  ['a numeric source', v4([code({ source: 5 })]), 'cells[0].source: expected a string or a list of strings, found a number'],
  ['a source list with a number', v4([code({ source: ['a\n', 1] })]), 'cells[0].source[1]: expected a string, found a number'],
  ['cell metadata as an array', v4([code({ metadata: [] })]), 'cells[0].metadata: expected an object, found an array'],
  ['outputs as a string', v4([code({ outputs: 'x' })]), 'cells[0].outputs: expected an array, found a string'],
  ['an output without output_type', v4([code({ outputs: [{}] })]), 'cells[0].outputs[0]: missing output_type'],
  ['an output that is a list', v4([code({ outputs: [[]] })]), 'cells[0].outputs[0]: expected an object, found an array'],
  ['a stream without name', v4([code({ outputs: [{ output_type: 'stream', text: 'x' }] })]), 'cells[0].outputs[0]: missing name of the stream'],
  ['a stream with numeric text', v4([code({ outputs: [{ output_type: 'stream', name: 'stdout', text: 3 }] })]), 'cells[0].outputs[0].text: expected a string or a list of strings, found a number'],
  ['display data as a list', v4([code({ outputs: [{ output_type: 'display_data', data: [], metadata: {} }] })]), 'cells[0].outputs[0].data: expected an object, found an array'],
  ['a string execution count', v4([code({ execution_count: '1' })]), 'cells[0].execution_count: expected an integer or null, found a string'],
  ['a fractional result count', v4([code({ outputs: [{ output_type: 'execute_result', execution_count: 1.5, data: {}, metadata: {} }] })]), 'cells[0].outputs[0].execution_count: expected an integer or null, found a number'],
  ['attachments as a string', v4([{ cell_type: 'markdown', id: 'm', source: '', metadata: {}, attachments: 'x' }]), 'cells[0].attachments: expected an object, found a string'],
  ['v3 worksheets not an array', '{"nbformat": 3, "metadata": {}, "worksheets": {}}', 'worksheets: expected an array, found an object'],
  ['a v3 cell without cell_type', v3([{ cell_type: 'markdown', source: '' }, { source: 'x' }]), 'worksheets[0].cells[1]: missing cell_type'],
  ['a v3 numeric input', v3([{ cell_type: 'code', input: 7, outputs: [] }]), 'worksheets[0].cells[0].input: expected a string or a list of strings, found a number'],
  ['a v3 heading level that is not a number', v3([{ cell_type: 'heading', level: 'x', source: 'h' }]), 'worksheets[0].cells[0].level: expected a heading level, found a string'],
  ['v3 outputs as an object', v3([{ cell_type: 'code', input: '', outputs: {} }]), 'worksheets[0].cells[0].outputs: expected an array, found an object'],
];

function errorOf(input: IpynbInput): unknown {
  try {
    fromIpynb(input);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('malformed input', () => {
  it.each(cases)('%s is refused with a message that says what and where', (_, input, message) => {
    const error = errorOf(input);
    expect(error).toBeInstanceOf(NotebookFormatError);
    expect((error as Error).message).toBe(message);
    expect((error as Error).message).not.toMatch(/\n|\bat \S+:\d+/);
  });

  it('reports JSON syntax errors as such', () => {
    const error = errorOf('{"nbformat": 4,');
    expect(error).toBeInstanceOf(NotebookFormatError);
    expect((error as Error).message).toMatch(/^not valid JSON \(.+\)$/);
  });

  it('exposes the JSON path of the problem', () => {
    expect((errorOf(v4([code({}), code({ id: 'd', source: 5 })])) as NotebookFormatError).path).toBe('cells[1].source');
  });

  it('never leaks another error when any field of a real notebook has the wrong type, and what it reads it can write', () => {
    const original = JSON.parse(fixtureText('ipynb/jupyterlab-galata__simple_test.ipynb')) as { cells: Record<string, unknown>[] };
    const wrong: unknown[] = [null, 0, 1.5, 'text', true, [], [1], {}, { x: 1 }];
    let refused = 0;
    let read = 0;
    const attempt = (notebook: unknown) => {
      try {
        const { notebook: readBack } = fromIpynb(JSON.stringify(notebook));
        expect(JSON.parse(serializeIpynb(readBack))).toMatchObject({ nbformat: 4, nbformat_minor: 5 });
        read += 1;
      } catch (error) {
        expect(error).toBeInstanceOf(NotebookFormatError);
        refused += 1;
      }
    };
    for (const key of ['nbformat_minor', 'metadata', 'cells']) for (const value of wrong) attempt({ ...original, [key]: value });
    original.cells.forEach((cell, i) => {
      const cells = (replacement: unknown) => original.cells.map((other, j) => (j === i ? replacement : other));
      for (const value of wrong) attempt({ ...original, cells: cells(value) });
      for (const key of Object.keys(cell)) for (const value of wrong) attempt({ ...original, cells: cells({ ...cell, [key]: value }) });
      const outputs = Array.isArray(cell['outputs']) ? (cell['outputs'] as Record<string, unknown>[]) : [];
      outputs.forEach((output, k) => {
        for (const key of Object.keys(output)) {
          for (const value of wrong) {
            const changed = outputs.map((other, m) => (m === k ? { ...output, [key]: value } : other));
            attempt({ ...original, cells: cells({ ...cell, outputs: changed }) });
          }
        }
      });
    });
    expect(refused).toBeGreaterThan(100);
    expect(read).toBeGreaterThan(100);
  });
});
