import { describe, expect, it } from 'vitest';
import { changeCellType, setCellMetadata, setNotebookMetadata, setSource } from '../../src/model/operations.ts';
import type { Cell } from '../../src/model/types.ts';
import { code, notebookOf, snapshot } from './notebook-builder.ts';

const ran = code('a', 'print(1)', [{ output_type: 'stream', name: 'stdout', text: '1\n' }], 4);
const withMeta: Cell = { ...ran, metadata: { tags: ['t'] }, extra: { custom: 1 } };

describe('changeCellType', () => {
  it('code → markdown drops outputs and count, keeps id, source, metadata and unknown fields', () => {
    const nb = notebookOf(withMeta);
    const before = snapshot(nb);
    const next = changeCellType(nb, 'a', 'markdown');
    expect(next.cells.get('a')).toStrictEqual({ id: 'a', cell_type: 'markdown', source: 'print(1)', metadata: { tags: ['t'] }, extra: { custom: 1 } });
    expect(nb).toEqual(before);
  });

  it('markdown → code gets no outputs and a null count, and loses attachments', () => {
    const md: Cell = { id: 'm', cell_type: 'markdown', source: '![x](attachment:x.png)', metadata: {}, attachments: { 'x.png': { 'image/png': 'AAAA' } } };
    expect(changeCellType(notebookOf(md), 'm', 'code').cells.get('m')).toStrictEqual({
      id: 'm',
      cell_type: 'code',
      source: '![x](attachment:x.png)',
      metadata: {},
      outputs: [],
      execution_count: null,
    });
  });

  it('markdown → raw keeps attachments', () => {
    const md: Cell = { id: 'm', cell_type: 'markdown', source: 's', metadata: {}, attachments: { 'x.png': { 'image/png': 'AAAA' } } };
    expect(changeCellType(notebookOf(md), 'm', 'raw').cells.get('m')).toStrictEqual({ ...md, cell_type: 'raw' });
  });

  it('returns the same notebook for the same type or an unknown id', () => {
    const nb = notebookOf(ran);
    expect(changeCellType(nb, 'a', 'code')).toBe(nb);
    expect(changeCellType(nb, 'zz', 'raw')).toBe(nb);
  });
});

describe('setSource', () => {
  it('replaces the source of one cell only', () => {
    const nb = notebookOf(ran, code('b', 'B'));
    const next = setSource(nb, 'a', 'x = 2');
    expect(next.cells.get('a')).toEqual({ ...ran, source: 'x = 2' });
    expect(next.cells.get('b')).toBe(nb.cells.get('b'));
    expect(nb.cells.get('a')?.source).toBe('print(1)');
  });

  it('returns the same notebook when the source is unchanged', () => {
    const nb = notebookOf(ran);
    expect(setSource(nb, 'a', 'print(1)')).toBe(nb);
    expect(setSource(nb, 'zz', 'x')).toBe(nb);
  });
});

describe('metadata', () => {
  it('setCellMetadata replaces the cell metadata', () => {
    const nb = notebookOf(ran);
    const next = setCellMetadata(nb, 'a', { collapsed: true });
    expect(next.cells.get('a')?.metadata).toEqual({ collapsed: true });
    expect(nb.cells.get('a')?.metadata).toEqual({});
  });

  it('setNotebookMetadata replaces the notebook metadata, same object in means same notebook out', () => {
    const nb = notebookOf(ran);
    const metadata = { kernelspec: { name: 'ts', display_name: 'TypeScript', language: 'typescript' } };
    const next = setNotebookMetadata(nb, metadata);
    expect(next.metadata).toBe(metadata);
    expect(nb.metadata).toEqual({});
    expect(setNotebookMetadata(next, metadata)).toBe(next);
  });
});
