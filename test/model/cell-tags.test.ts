import { expect, test } from 'vitest';
import { addCellTag, cellTags, removeCellTag, tagProblem } from '../../src/model/cell-tags.ts';
import { code, notebookOf } from './notebook-builder.ts';

const tagged = (metadata: Record<string, unknown>) => notebookOf({ ...code('a'), metadata });

test('tags are added to metadata.tags in order, trimmed, and other metadata is kept', () => {
  let nb = tagged({ collapsed: true });
  nb = addCellTag(nb, 'a', ' parameters ');
  nb = addCellTag(nb, 'a', 'hide-input');
  expect(nb.cells.get('a')?.metadata).toEqual({ collapsed: true, tags: ['parameters', 'hide-input'] });
});

test('an empty, comma, spaced or duplicate tag is refused with a reason and changes nothing', () => {
  expect(tagProblem([], '')).toMatch(/empty/);
  expect(tagProblem([], 'a,b')).toMatch(/comma/);
  expect(tagProblem([], 'a b')).toMatch(/spaces/);
  expect(tagProblem(['x'], 'x')).toMatch(/already/);
  expect(tagProblem(['x'], 'y')).toBeNull();
  const nb = tagged({ tags: ['x'] });
  expect(addCellTag(nb, 'a', 'x')).toBe(nb);
  expect(addCellTag(nb, 'a', 'a,b')).toBe(nb);
});

test('removing the last tag removes the key; a missing tag changes nothing', () => {
  const nb = tagged({ tags: ['x', 'y'], name: 'kept' });
  const one = removeCellTag(nb, 'a', 'x');
  expect(one.cells.get('a')?.metadata).toEqual({ tags: ['y'], name: 'kept' });
  expect(removeCellTag(one, 'a', 'y').cells.get('a')?.metadata).toEqual({ name: 'kept' });
  expect(removeCellTag(nb, 'a', 'z')).toBe(nb);
});

test('non-string entries of a foreign tags list are not shown as tags', () => {
  const nb = tagged({ tags: ['ok', 3, null] });
  expect(cellTags(nb.cells.get('a')!)).toEqual(['ok']);
  expect(cellTags(tagged({ tags: 'not a list' }).cells.get('a')!)).toEqual([]);
});
