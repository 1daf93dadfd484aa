import { describe, expect, it } from 'vitest';
import { isValidCellId, mergeCells, splitCell } from '../../src/model/operations.ts';
import type { Cell } from '../../src/model/types.ts';
import { code, markdown, notebookOf, snapshot, sources } from './notebook-builder.ts';

describe('mergeCells', () => {
  it('joins sources with "\\n" into the first cell in display order', () => {
    const nb = notebookOf(code('a', 'x = 1'), code('b', 'y = 2'), code('c', 'z = 3'), code('d', 'w'));
    const before = snapshot(nb);
    const next = mergeCells(nb, ['c', 'a', 'b']);
    expect(next.cellOrder).toEqual(['a', 'd']);
    expect(next.cells.get('a')?.source).toBe('x = 1\ny = 2\nz = 3');
    expect(next.cells.has('b')).toBe(false);
    expect(next.cells.has('c')).toBe(false);
    expect(nb).toEqual(before);
  });

  it('keeps the first cell type and metadata; a merged code cell loses stale outputs', () => {
    const first = { ...code('a', 'print(1)', [{ output_type: 'stream', name: 'stdout', text: '1\n' }], 1), metadata: { tags: ['keep'] } };
    const next = mergeCells(notebookOf(first, markdown('b', '# h')), ['a', 'b']);
    expect(next.cells.get('a')).toStrictEqual({ ...first, source: 'print(1)\n# h', outputs: [], execution_count: null });
  });

  it('gathers attachments of merged markdown cells', () => {
    const a: Cell = { id: 'a', cell_type: 'markdown', source: 'A', metadata: {}, attachments: { 'a.png': { 'image/png': 'AA' } } };
    const b: Cell = { id: 'b', cell_type: 'markdown', source: 'B', metadata: {}, attachments: { 'b.png': { 'image/png': 'BB' } } };
    const merged = mergeCells(notebookOf(a, b), ['a', 'b']).cells.get('a');
    expect(merged?.cell_type === 'markdown' ? merged.attachments : undefined).toEqual({ 'a.png': { 'image/png': 'AA' }, 'b.png': { 'image/png': 'BB' } });
  });

  it('needs at least two cells', () => {
    const nb = notebookOf(code('a', 'x'), code('b', 'y'));
    expect(mergeCells(nb, ['a'])).toBe(nb);
    expect(mergeCells(nb, ['a', 'zz'])).toBe(nb);
  });
});

describe('splitCell', () => {
  const original = () => code('a', 'x = 1\ny = 2\nz = 3', [{ output_type: 'stream', name: 'stdout', text: 'out' }], 7);

  it('splits at the offsets, dropping the line break at each cut', () => {
    const nb = notebookOf(code('before', 'B'), original(), code('after', 'C'));
    const before = snapshot(nb);
    const next = splitCell(nb, 'a', [6, 12]);
    expect(sources(next)).toEqual(['B', 'x = 1', 'y = 2', 'z = 3', 'C']);
    expect(nb).toEqual(before);
  });

  it('leaves id, outputs and count with the last piece; new pieces are fresh cells of the same type', () => {
    const next = splitCell(notebookOf(original()), 'a', [5]);
    expect(next.cellOrder).toHaveLength(2);
    const [top, bottom] = next.cellOrder.map((id) => next.cells.get(id));
    expect(bottom).toEqual({ ...original(), source: 'y = 2\nz = 3' });
    expect(top).toEqual({ id: top?.id, cell_type: 'code', source: 'x = 1', metadata: {}, outputs: [], execution_count: null });
    expect(isValidCellId(top?.id)).toBe(true);
  });

  it('is undone by mergeCells when cut at line ends', () => {
    const split = splitCell(notebookOf(original()), 'a', [5, 11]);
    const merged = mergeCells(split, split.cellOrder);
    expect(sources(merged)).toEqual(['x = 1\ny = 2\nz = 3']);
  });

  it('cuts mid-line without losing characters, and allows empty pieces', () => {
    expect(sources(splitCell(notebookOf(code('a', 'abcdef')), 'a', [2, 4]))).toEqual(['ab', 'cd', 'ef']);
    expect(sources(splitCell(notebookOf(code('a', 'abc')), 'a', [0]))).toEqual(['', 'abc']);
    expect(sources(splitCell(notebookOf(code('a', 'a\n\nb')), 'a', [1, 2]))).toEqual(['a', '', 'b']);
  });

  it('returns the same notebook without offsets or for an unknown id', () => {
    const nb = notebookOf(original());
    expect(splitCell(nb, 'a', [])).toBe(nb);
    expect(splitCell(nb, 'zz', [1])).toBe(nb);
  });
});
