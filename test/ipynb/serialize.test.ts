import { describe, expect, it } from 'vitest';
import { fromIpynb, serializeIpynb, toIpynb } from '../../src/ipynb/index.ts';
import type { Cell, Notebook, Output } from '../../src/model/types.ts';
import { fixtureText } from './fixture-files.ts';

function notebookOf(cells: Cell[], metadata: Notebook['metadata'] = {}): Notebook {
  return { nbformat: 4, nbformat_minor: 5, metadata, cellOrder: cells.map((c) => c.id), cells: new Map(cells.map((c) => [c.id, c])) };
}
const codeWith = (outputs: Output[], source = ''): Cell => ({ id: 'c', cell_type: 'code', source, metadata: {}, outputs, execution_count: 1 });
const cellsOf = (text: string) => (JSON.parse(text) as { cells: Record<string, unknown>[] }).cells;

describe('serializeIpynb', () => {
  it('writes nbformat 4.5 as Jupyter does: one-space indent, sorted keys, lines, trailing newline', () => {
    const nb = notebookOf(
      [
        { id: 'md', cell_type: 'markdown', source: '# Title\nText', metadata: {} },
        codeWith([{ output_type: 'stream', name: 'stdout', text: '2\n' }], 'print(1 + 1)'),
      ],
      { kernelspec: { name: 'quire', display_name: 'TypeScript', language: 'typescript' } },
    );
    expect(serializeIpynb(nb)).toBe(
      [
        '{',
        ' "cells": [',
        '  {',
        '   "cell_type": "markdown",',
        '   "id": "md",',
        '   "metadata": {},',
        '   "source": [',
        '    "# Title\\n",',
        '    "Text"',
        '   ]',
        '  },',
        '  {',
        '   "cell_type": "code",',
        '   "execution_count": 1,',
        '   "id": "c",',
        '   "metadata": {},',
        '   "outputs": [',
        '    {',
        '     "name": "stdout",',
        '     "output_type": "stream",',
        '     "text": [',
        '      "2\\n"',
        '     ]',
        '    }',
        '   ],',
        '   "source": [',
        '    "print(1 + 1)"',
        '   ]',
        '  }',
        ' ],',
        ' "metadata": {',
        '  "kernelspec": {',
        '   "display_name": "TypeScript",',
        '   "language": "typescript",',
        '   "name": "quire"',
        '  }',
        ' },',
        ' "nbformat": 4,',
        ' "nbformat_minor": 5',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('splits lines where Python str.splitlines(keepends=True) does', () => {
    const source = 'a\rb\r\nc\vd\fe\x1cf\x1dg\x1eh\x85i\u2028j\u2029k\n\nl';
    const [cell] = cellsOf(serializeIpynb(notebookOf([{ id: 'r', cell_type: 'raw', source, metadata: {} }])));
    expect(cell?.['source']).toEqual(['a\r', 'b\r\n', 'c\v', 'd\f', 'e\x1c', 'f\x1d', 'g\x1e', 'h\x85', 'i\u2028', 'j\u2029', 'k\n', '\n', 'l']);
    const [empty] = cellsOf(serializeIpynb(notebookOf([{ id: 'r', cell_type: 'raw', source: '', metadata: {} }])));
    expect(empty?.['source']).toEqual([]);
  });

  it('sorts keys by code point, as Python does (not numbers first, not UTF-16 order)', () => {
    const metadata = { b: 1, a: 1, '10': 1, '2': 1, Z: 1, é: 1, '\u{1F600}': 1, '\uFFFD': 1 };
    const text = serializeIpynb(notebookOf([], metadata));
    const order = Object.keys(metadata).sort((x, y) => text.indexOf(`"${x}"`) - text.indexOf(`"${y}"`));
    expect(order).toEqual(['10', '2', 'Z', 'a', 'b', 'é', '\uFFFD', '\u{1F600}']);
  });

  it('writes the same layout whether or not some object has array-index keys (which need another writer)', () => {
    const text = fixtureText('ipynb/jupyterlab-galata__simple_test.ipynb');
    const { notebook } = fromIpynb(text);
    const plain = serializeIpynb(notebook);
    const indexed = serializeIpynb({ ...notebook, metadata: { ...notebook.metadata, '0': 1 } });
    expect(indexed).not.toBe(plain);
    expect(indexed.replace('\n  "0": 1,', '')).toBe(plain);
  });

  it('keeps non-ASCII as is and escapes control characters as JSON requires', () => {
    const text = serializeIpynb(notebookOf([{ id: 'r', cell_type: 'raw', source: 'é 漢 😀 \x1b[31m', metadata: {} }]));
    expect(text).toContain('"é 漢 😀 \\u001b[31m"');
  });

  it('splits text/*, SVG and JavaScript values; keeps JSON MIME values as objects and base64 as one string', () => {
    const data = {
      'text/plain': 'a\nb',
      'text/html': '<b>\n</b>',
      'image/svg+xml': '<svg>\n</svg>',
      'application/javascript': 'x\ny',
      'image/png': 'iVBO\nRw0K',
      'application/json': { a: ['x\ny'] },
      'application/vnd.plotly.v1+json': { data: [], layout: {} },
    };
    const [cell] = cellsOf(serializeIpynb(notebookOf([codeWith([{ output_type: 'display_data', data, metadata: {} }])])));
    expect((cell?.['outputs'] as { data: unknown }[])[0]?.data).toStrictEqual({
      'text/plain': ['a\n', 'b'],
      'text/html': ['<b>\n', '</b>'],
      'image/svg+xml': ['<svg>\n', '</svg>'],
      'application/javascript': ['x\n', 'y'],
      'image/png': 'iVBO\nRw0K',
      'application/json': { a: ['x\ny'] },
      'application/vnd.plotly.v1+json': { data: [], layout: {} },
    });
  });

  it('leaves display ids (transient) out of the file and splits markdown attachments', () => {
    const display: Output = { output_type: 'display_data', data: { 'text/plain': 'x' }, metadata: {}, transient: { display_id: 'd' } };
    const md: Cell = { id: 'm', cell_type: 'markdown', source: '', metadata: {}, attachments: { 'a.svg': { 'image/svg+xml': '<svg>\n</svg>' } } };
    const json = toIpynb(notebookOf([codeWith([display]), md]));
    expect(json.cells[0]?.['outputs']).toStrictEqual([{ output_type: 'display_data', data: { 'text/plain': ['x'] }, metadata: {} }]);
    expect(json.cells[1]?.['attachments']).toStrictEqual({ 'a.svg': { 'image/svg+xml': ['<svg>\n', '</svg>'] } });
  });

  it('writes numbers that JSON cannot hold as null', () => {
    const data = { 'application/json': { values: [1, Number.NaN, Number.POSITIVE_INFINITY] } };
    const [cell] = cellsOf(serializeIpynb(notebookOf([codeWith([{ output_type: 'execute_result', execution_count: 1, data, metadata: {} }])])));
    expect((cell?.['outputs'] as { data: unknown }[])[0]?.data).toEqual({ 'application/json': { values: [1, null, null] } });
  });

  it('drops the metadata nbformat calls transient, on read and on write', () => {
    const text = JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { orig_nbformat: 3, orig_nbformat_minor: 0, signature: 'sha256:x', title: 'kept' },
      cells: [{ id: 'a', cell_type: 'markdown', source: '', metadata: { trusted: true, tags: ['kept'] } }],
    });
    const { notebook } = fromIpynb(text);
    expect(notebook.metadata).toStrictEqual({ title: 'kept' });
    expect(notebook.cells.get('a')?.metadata).toStrictEqual({ tags: ['kept'] });
    const json = toIpynb({ ...notebook, metadata: { ...notebook.metadata, orig_nbformat: 4 } });
    expect(json.metadata).toStrictEqual({ title: 'kept' });
    const trusted = toIpynb(notebookOf([{ id: 'b', cell_type: 'raw', source: '', metadata: { trusted: true } }]));
    expect(trusted.cells[0]?.['metadata']).toStrictEqual({});
  });

  it('keeps unknown notebook, cell and output fields through a round trip', () => {
    const text = JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { custom: { deep: [1, { x: null }] } },
      future_field: { a: 1 },
      cells: [
        { id: 'a', cell_type: 'code', source: [], metadata: {}, outputs: [{ output_type: 'stream', name: 'stdout', text: 'x', extra_out: 1 }], execution_count: null, cell_extra: 'kept' },
        { id: 'b', cell_type: 'markdown', source: 'm', metadata: { jupyter: { source_hidden: true } }, md_extra: [1] },
      ],
    });
    const back = JSON.parse(serializeIpynb(fromIpynb(text).notebook)) as Record<string, unknown>;
    expect(back['future_field']).toEqual({ a: 1 });
    expect(back['metadata']).toEqual({ custom: { deep: [1, { x: null }] } });
    const [a, b] = back['cells'] as Record<string, unknown>[];
    expect(a?.['cell_extra']).toBe('kept');
    expect(a?.['outputs']).toEqual([{ output_type: 'stream', name: 'stdout', text: ['x'], extra_out: 1 }]);
    expect(b?.['md_extra']).toEqual([1]);
    expect(b?.['metadata']).toEqual({ jupyter: { source_hidden: true } });
  });
});
