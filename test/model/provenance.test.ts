import { expect, it } from 'vitest';
import { createCell, createNotebook, insertCell, recordProvenance } from '../../src/model/operations.ts';

it("keeps the latest run's provenance in metadata.quire, leaving other metadata and other quire keys alone", () => {
  const cell = { ...createCell('code', '1 + 1'), metadata: { tags: ['a'], quire: { note: 'kept', seed: 7 } } };
  let nb = insertCell(createNotebook(), 0, cell);
  nb = recordProvenance(nb, cell.id, { version: '0.1.0', core: 'abc', started: '2026-12-05T00:00:00.000Z', duration_ms: 1.5 });
  expect(nb.cells.get(cell.id)?.metadata).toEqual({
    tags: ['a'],
    quire: { note: 'kept', version: '0.1.0', core: 'abc', started: '2026-12-05T00:00:00.000Z', duration_ms: 1.5 },
  });
  expect(recordProvenance(nb, 'missing', {})).toBe(nb);
});
