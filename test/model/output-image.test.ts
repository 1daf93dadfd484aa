import { expect, test } from 'vitest';
import { appendOutput, createCell, createNotebook, insertCell } from '../../src/model/operations.ts';
import { addOutputImage } from '../../src/model/output-image.ts';
import type { Output } from '../../src/model/types.ts';

const figure: Output = { output_type: 'display_data', data: { 'application/vnd.plotly.v1+json': { data: [] }, 'text/plain': '<Figure>' }, metadata: {} };

test('adds a PNG next to the figure and keeps the rest of the bundle', () => {
  const cell = createCell('code', 'plot(x)');
  let nb = appendOutput(insertCell(createNotebook(), 0, cell), cell.id, figure);
  nb = addOutputImage(nb, cell.id, 0, 'iVBOR');
  const out = nb.cells.get(cell.id);
  expect(out?.cell_type === 'code' && out.outputs[0]?.['data']).toEqual({ ...(figure['data'] as object), 'image/png': 'iVBOR' });
});

test('leaves an output that already has an image, or a missing index, unchanged', () => {
  const cell = createCell('code', 'plot(x)');
  const nb = appendOutput(insertCell(createNotebook(), 0, cell), cell.id, figure);
  const once = addOutputImage(nb, cell.id, 0, 'first');
  expect(addOutputImage(once, cell.id, 0, 'second')).toBe(once);
  expect(addOutputImage(nb, cell.id, 3, 'x')).toBe(nb);
});
