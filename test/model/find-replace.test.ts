import { expect, test } from 'vitest';
import { findMatches, replaceAllMatches, replaceMatch, restoreSources, type FindQuery } from '../../src/model/find-replace.ts';
import { code, markdown, notebookOf, snapshot, sources } from './notebook-builder.ts';

const plain = (text: string, matchCase = false): FindQuery => ({ text, regex: false, matchCase });
const regex = (text: string, matchCase = true): FindQuery => ({ text, regex: true, matchCase });

const nb = notebookOf(code('a', 'const x = 1;\nconst X = x + 1;'), markdown('b', '# About x\nThe value of x.'), code('c', 'print(y)'));

test('plain text finds every match in every cell, in notebook order, ignoring case unless asked', () => {
  const found = findMatches(nb, plain('x'));
  expect(found.error).toBeNull();
  expect(found.matches.map((m) => `${m.cellId}:${m.from}-${m.to}`)).toEqual(['a:6-7', 'a:19-20', 'a:23-24', 'b:8-9', 'b:23-24']);
  expect(findMatches(nb, plain('x', true)).matches).toHaveLength(4);
  expect(findMatches(nb, plain('X', true)).matches).toEqual([{ cellId: 'a', from: 19, to: 20 }]);
});

test('plain text treats regex characters literally; an empty query matches nothing', () => {
  const dots = notebookOf(code('a', 'a.b axb (c)'));
  expect(findMatches(dots, plain('a.b')).matches).toHaveLength(1);
  expect(findMatches(dots, plain('(c)')).matches).toEqual([{ cellId: 'a', from: 8, to: 11 }]);
  expect(findMatches(dots, plain(''))).toEqual({ matches: [], error: null });
});

test('a broken regular expression is reported as a message, never thrown', () => {
  const found = findMatches(nb, regex('const ('));
  expect(found.matches).toEqual([]);
  expect(found.error).toMatch(/^Not a valid regular expression: .*/);
  expect(() => replaceAllMatches(nb, regex('('), 'z')).not.toThrow();
  expect(replaceAllMatches(nb, regex('('), 'z').count).toBe(0);
});

test('replace all changes every match, counts them, keeps the input and records the old sources', () => {
  const before = snapshot(nb);
  const result = replaceAllMatches(nb, plain('x', true), 'value');
  expect(result.count).toBe(4);
  expect(sources(result.notebook)).toEqual(['const value = 1;\nconst X = value + 1;', '# About value\nThe value of value.', 'print(y)']);
  expect([...result.changes.keys()]).toEqual(['a', 'b']);
  expect(result.changes.get('b')).toEqual({ before: '# About x\nThe value of x.', after: '# About value\nThe value of value.' });
  expect(result.notebook.cells.get('c')).toBe(nb.cells.get('c'));
  expect(nb).toEqual(before);
  expect(sources(restoreSources(result.notebook, result.changes))).toEqual(sources(nb));
});

test('regex replacements expand groups; plain replacements are literal', () => {
  const doc = notebookOf(code('a', 'f(1, 2)\nf(3, 4)'));
  expect(sources(replaceAllMatches(doc, regex('f\\((\\d), (\\d)\\)'), 'g($2, $1)').notebook)).toEqual(['g(2, 1)\ng(4, 3)']);
  expect(sources(replaceAllMatches(doc, plain('f'), '$&$1').notebook)).toEqual(['$&$1(1, 2)\n$&$1(3, 4)']);
});

test('replace one changes only the given match, with the text before it as context', () => {
  const doc = notebookOf(code('a', 'ab ab ab'));
  const query = regex('(?<=b )ab');
  const matches = findMatches(doc, query).matches;
  expect(matches.map((m) => m.from)).toEqual([3, 6]);
  expect(sources(replaceMatch(doc, query, matches[1]!, 'X'))).toEqual(['ab ab X']);
  expect(sources(replaceMatch(doc, plain('AB'), { cellId: 'a', from: 3, to: 5 }, '$1'))).toEqual(['ab $1 ab']);
});

test('restoring puts back the cells as they were, but keeps a cell edited since and skips a deleted one', () => {
  const result = replaceAllMatches(nb, plain('x'), 'z');
  const edited = { ...result.notebook.cells.get('a')!, source: 'typed after the replace' };
  const later = notebookOf(edited, result.notebook.cells.get('b')!);
  expect(sources(restoreSources(later, result.changes))).toEqual(['typed after the replace', '# About x\nThe value of x.']);
});
