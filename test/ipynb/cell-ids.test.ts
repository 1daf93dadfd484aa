import { describe, expect, it } from 'vitest';
import { fromIpynb } from '../../src/ipynb/index.ts';

const ID = /^[a-zA-Z0-9-_]{1,64}$/;
const notebook = (minor: number, ids: unknown[]) =>
  JSON.stringify({
    nbformat: 4,
    nbformat_minor: minor,
    metadata: {},
    cells: ids.map((id, i) => ({ ...(id === undefined ? {} : { id }), cell_type: 'raw', source: `s${i}`, metadata: {} })),
  });

describe('cell ids on import', () => {
  it('keeps valid unique ids', () => {
    const { notebook: nb, notices } = fromIpynb(notebook(5, ['a', 'b-2', 'C_3']));
    expect(nb.cellOrder).toEqual(['a', 'b-2', 'C_3']);
    expect(notices).toEqual([]);
  });

  it('replaces invalid ids with a notice naming the cell', () => {
    const { notebook: nb, notices } = fromIpynb(notebook(5, ['ok', 'has space', 'x'.repeat(65), 7, '']));
    expect(nb.cellOrder[0]).toBe('ok');
    for (const id of nb.cellOrder) expect(id).toMatch(ID);
    expect(new Set(nb.cellOrder).size).toBe(5);
    expect(notices).toEqual([
      `cells[1].id: invalid id "has space", replaced with "${nb.cellOrder[1]}"`,
      `cells[2].id: invalid id "${'x'.repeat(65)}", replaced with "${nb.cellOrder[2]}"`,
      `cells[3].id: invalid id a number, replaced with "${nb.cellOrder[3]}"`,
      `cells[4].id: invalid id "", replaced with "${nb.cellOrder[4]}"`,
    ]);
    expect(nb.cellOrder.map((id) => nb.cells.get(id)?.source)).toEqual(['s0', 's1', 's2', 's3', 's4']);
  });

  it('keeps the first of duplicated ids and renames the others', () => {
    const { notebook: nb, notices } = fromIpynb(notebook(5, ['d', 'e', 'd', 'd']));
    expect(nb.cellOrder.slice(0, 2)).toEqual(['d', 'e']);
    expect(new Set(nb.cellOrder).size).toBe(4);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/^cells\[2\]\.id: duplicate id "d", replaced with "/);
    expect(notices[1]).toMatch(/^cells\[3\]\.id: duplicate id "d", replaced with "/);
  });

  it('adds ids to older files quietly apart from the upgrade notice, and keeps ids they already had', () => {
    const { notebook: nb, notices } = fromIpynb(notebook(4, [undefined, 'kept', undefined]));
    expect(nb.cellOrder[1]).toBe('kept');
    for (const id of nb.cellOrder) expect(id).toMatch(ID);
    expect(notices).toEqual(['Upgraded from nbformat 4.4 to 4.5']);
  });

  it('reports missing ids in a 4.5 file once, with their number', () => {
    const { notebook: nb, notices } = fromIpynb(notebook(5, [undefined, 'a', undefined]));
    expect(nb.cellOrder[1]).toBe('a');
    expect(notices).toEqual(['2 cells had no id; fresh ids added']);
  });

  it('notes a minor version newer than 4.5', () => {
    expect(fromIpynb(notebook(7, ['a'])).notices).toEqual(['Written as nbformat 4.7, newer than 4.5: read as 4.5']);
  });
});
