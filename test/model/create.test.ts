import { describe, expect, it } from 'vitest';
import { copyCells, createCell, createNotebook, isValidCellId, newCellId } from '../../src/model/operations.ts';
import { code, markdown } from './notebook-builder.ts';

describe('cell ids', () => {
  it('are fresh, valid nbformat 4.5 ids', () => {
    const ids = Array.from({ length: 200 }, () => newCellId());
    expect(new Set(ids).size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[a-zA-Z0-9-_]{1,64}$/);
  });

  it('are made without randomUUID too (pages on plain http from another host)', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true, writable: true });
    try {
      expect(crypto.randomUUID).toBeUndefined();
      const id = newCellId();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true, writable: true });
    }
  });

  it('are validated as the schema says', () => {
    expect(isValidCellId('a')).toBe(true);
    expect(isValidCellId('A-z_0')).toBe(true);
    expect(isValidCellId('x'.repeat(64))).toBe(true);
    expect(isValidCellId('x'.repeat(65))).toBe(false);
    expect(isValidCellId('')).toBe(false);
    expect(isValidCellId('a b')).toBe(false);
    expect(isValidCellId('é')).toBe(false);
    expect(isValidCellId(7)).toBe(false);
  });
});

describe('createNotebook', () => {
  it('is an empty nbformat 4.5 notebook with the given metadata', () => {
    const nb = createNotebook({ title: 'T' });
    expect(nb.nbformat).toBe(4);
    expect(nb.nbformat_minor).toBe(5);
    expect(nb.metadata).toEqual({ title: 'T' });
    expect(nb.cellOrder).toEqual([]);
    expect(nb.cells.size).toBe(0);
    expect(createNotebook().metadata).toEqual({});
  });
});

describe('createCell', () => {
  it('makes a code cell with no outputs and no count', () => {
    const cell = createCell('code', 'x = 1');
    expect(cell).toEqual({ id: cell.id, cell_type: 'code', source: 'x = 1', metadata: {}, outputs: [], execution_count: null });
    expect(isValidCellId(cell.id)).toBe(true);
  });

  it('makes markdown and raw cells without outputs', () => {
    const md = createCell('markdown');
    expect(md).toEqual({ id: md.id, cell_type: 'markdown', source: '', metadata: {} });
    const raw = createCell('raw', 'r');
    expect(raw).toEqual({ id: raw.id, cell_type: 'raw', source: 'r', metadata: {} });
    expect(md.id).not.toBe(raw.id);
  });
});

describe('copyCells', () => {
  it('gives new ids and keeps everything else', () => {
    const originals = [code('a', 'x', [{ output_type: 'stream', name: 'stdout', text: 'hi' }], 3), markdown('b', '# b')];
    const copies = copyCells(originals);
    expect(copies).toHaveLength(2);
    copies.forEach((copy, i) => {
      const original = originals[i]!;
      expect(copy.id).not.toBe(original.id);
      expect(isValidCellId(copy.id)).toBe(true);
      expect({ ...copy, id: original.id }).toEqual(original);
    });
  });
});
