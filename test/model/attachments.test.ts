import { describe, expect, test } from 'vitest';
import { createCell, createNotebook, insertCell } from '../../src/model/operations.ts';
import { setAttachment } from '../../src/model/attachments.ts';

describe('setAttachment', () => {
  test('adds an image to a markdown cell and keeps the others', () => {
    const md = createCell('markdown', '![a](attachment:a.png)');
    let nb = insertCell(createNotebook(), 0, md);
    nb = setAttachment(nb, md.id, 'a.png', 'image/png', 'AAAA');
    nb = setAttachment(nb, md.id, 'b.gif', 'image/gif', 'R0lG');
    const cell = nb.cells.get(md.id);
    expect(cell?.cell_type === 'markdown' && cell.attachments).toEqual({ 'a.png': { 'image/png': 'AAAA' }, 'b.gif': { 'image/gif': 'R0lG' } });
  });

  test('leaves code cells alone (nbformat allows no attachments there)', () => {
    const code = createCell('code', '1');
    const nb = insertCell(createNotebook(), 0, code);
    expect(setAttachment(nb, code.id, 'a.png', 'image/png', 'AAAA')).toBe(nb);
  });
});
