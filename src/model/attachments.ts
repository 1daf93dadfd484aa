/** Cell attachments: images pasted or dropped into markdown cells, referenced as `attachment:name`. */
import { updateCells } from './replace-cells.ts';
import type { Notebook } from './types.ts';

/** Adds (or replaces) attachment `name` of markdown/raw cell `id` as `{ [mime]: base64 }`. */
export function setAttachment(nb: Notebook, id: string, name: string, mime: string, base64: string): Notebook {
  return updateCells(
    nb,
    (cell) => (cell.cell_type === 'code' ? cell : { ...cell, attachments: { ...cell.attachments, [name]: { [mime]: base64 } } }),
    [id],
  );
}
