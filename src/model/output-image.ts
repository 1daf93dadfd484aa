/** Static renderings added to rich outputs, so an exported .ipynb shows figures on GitHub or nbviewer. */
import { updateCells } from './replace-cells.ts';
import type { Notebook, Output } from './types.ts';

/** Adds `image/png` (base64, no data: prefix) to output `index` of code cell `id`, unless it has one. */
export function addOutputImage(nb: Notebook, id: string, index: number, pngBase64: string): Notebook {
  return updateCells(
    nb,
    (cell) => {
      if (cell.cell_type !== 'code') return cell;
      const output = cell.outputs[index];
      const data = output?.['data'];
      if (!output || typeof data !== 'object' || data === null || 'image/png' in data) return cell;
      const outputs = cell.outputs.slice();
      outputs[index] = { ...output, data: { ...data, 'image/png': pngBase64 } } as Output;
      return { ...cell, outputs };
    },
    [id],
  );
}
