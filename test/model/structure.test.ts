import { describe, expect, it } from 'vitest';
import { cellAt, cellsOf, deleteCells, duplicateCells, indexOf, insertCell, moveCells } from '../../src/model/operations.ts';
import { code, markdown, notebookOf, snapshot, sources } from './notebook-builder.ts';

const abcd = () => notebookOf(code('a', 'A'), code('b', 'B'), markdown('c', 'C'), code('d', 'D'));

describe('insertCell', () => {
  it('inserts at the index and leaves the input untouched', () => {
    const nb = abcd();
    const before = snapshot(nb);
    const next = insertCell(nb, 1, code('x', 'X'));
    expect(sources(next)).toEqual(['A', 'X', 'B', 'C', 'D']);
    expect(next.cells.get('x')?.source).toBe('X');
    expect(nb).toEqual(before);
  });

  it('clamps the index to the ends', () => {
    expect(sources(insertCell(abcd(), -5, code('x', 'X')))).toEqual(['X', 'A', 'B', 'C', 'D']);
    expect(sources(insertCell(abcd(), 99, code('x', 'X')))).toEqual(['A', 'B', 'C', 'D', 'X']);
  });

  it('refuses an id already in use', () => {
    expect(() => insertCell(abcd(), 0, code('b'))).toThrow(/"b"/);
  });
});

describe('deleteCells', () => {
  it('removes the cells from order and map', () => {
    const nb = abcd();
    const before = snapshot(nb);
    const next = deleteCells(nb, ['b', 'd']);
    expect(sources(next)).toEqual(['A', 'C']);
    expect([...next.cells.keys()].sort()).toEqual(['a', 'c']);
    expect(nb).toEqual(before);
  });

  it('returns the same notebook when no id is known', () => {
    const nb = abcd();
    expect(deleteCells(nb, ['zz'])).toBe(nb);
    expect(deleteCells(nb, [])).toBe(nb);
  });
});

describe('moveCells', () => {
  it('moves one cell so that it lands at the index', () => {
    expect(sources(moveCells(abcd(), ['d'], 0))).toEqual(['D', 'A', 'B', 'C']);
    expect(sources(moveCells(abcd(), ['a'], 2))).toEqual(['B', 'C', 'A', 'D']);
    expect(sources(moveCells(abcd(), ['a'], 3))).toEqual(['B', 'C', 'D', 'A']);
  });

  it('keeps the relative order of the moved cells whatever order the ids come in', () => {
    expect(sources(moveCells(abcd(), ['d', 'b'], 0))).toEqual(['B', 'D', 'A', 'C']);
    expect(sources(moveCells(abcd(), ['c', 'a'], 2))).toEqual(['B', 'D', 'A', 'C']);
  });

  it('moves a selection down by one as the store does', () => {
    expect(sources(moveCells(abcd(), ['b', 'c'], 2))).toEqual(['A', 'D', 'B', 'C']);
  });

  it('clamps and returns the same notebook when nothing moves', () => {
    const nb = abcd();
    expect(sources(moveCells(nb, ['a'], 99))).toEqual(['B', 'C', 'D', 'A']);
    expect(moveCells(nb, ['b'], 1)).toBe(nb);
    expect(moveCells(nb, ['nope'], 0)).toBe(nb);
    expect(nb.cellOrder).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('duplicateCells', () => {
  it('inserts copies with new ids after the last selected cell', () => {
    const nb = abcd();
    const next = duplicateCells(nb, ['c', 'a']);
    expect(sources(next)).toEqual(['A', 'B', 'C', 'A', 'C', 'D']);
    const [copyA, copyC] = [next.cellOrder[3]!, next.cellOrder[4]!];
    expect(copyA).not.toBe('a');
    expect(copyC).not.toBe('c');
    expect(next.cells.get(copyC)?.cell_type).toBe('markdown');
    expect(next.cells.size).toBe(6);
    expect(duplicateCells(nb, ['zz'])).toBe(nb);
  });
});

describe('getters', () => {
  it('find cells by position and id', () => {
    const nb = abcd();
    expect(cellAt(nb, 2)?.id).toBe('c');
    expect(cellAt(nb, 4)).toBeUndefined();
    expect(cellAt(nb, -1)).toBeUndefined();
    expect(indexOf(nb, 'd')).toBe(3);
    expect(indexOf(nb, 'x')).toBe(-1);
    expect(cellsOf(nb).map((cell) => cell.source)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('work with ids that are Object.prototype names', () => {
    const nb = notebookOf(code('__proto__', 'p'), code('constructor', 'c'), code('toString', 't'));
    expect(cellsOf(nb).map((cell) => cell.source)).toEqual(['p', 'c', 't']);
    expect(sources(moveCells(nb, ['toString'], 0))).toEqual(['t', 'p', 'c']);
    expect(sources(deleteCells(nb, ['__proto__']))).toEqual(['c', 't']);
    expect(Object.prototype).not.toHaveProperty('source');
  });
});
