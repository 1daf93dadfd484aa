import { describe, expect, test } from 'vitest';
import { EditorSelection, EditorState } from '@codemirror/state';
import { wantsIndent } from '../../src/editor/indent-context.ts';

function at(doc: string, ...ranges: [number, number?][]): EditorState {
  return EditorState.create({
    doc,
    selection: EditorSelection.create(ranges.map(([a, h]) => EditorSelection.range(a, h ?? a))),
    extensions: EditorState.allowMultipleSelections.of(true),
  });
}

describe('Tab indents like IPython when only whitespace precedes the cursor', () => {
  test.each([
    ['empty cell', '', 0, true],
    ['start of a line', 'x = 1', 0, true],
    ['after indentation', 'if (a) {\n    ', 13, true],
    ['after a tab on the second line', 'a\n\t', 3, true],
    ['after a name', 'special.j', 9, false],
    ['inside a name', 'special', 3, false],
    ['after a dot', 'Math.', 5, false],
  ])('%s', (_, doc, pos, expected) => {
    expect(wantsIndent(at(doc, [pos]))).toBe(expected);
  });

  test('a non-empty selection always indents', () => {
    expect(wantsIndent(at('special.jv(0, 5)', [0, 7]))).toBe(true);
  });

  test('any cursor at a line start among several makes Tab indent', () => {
    expect(wantsIndent(at('abc\nabc', [3], [4]))).toBe(true);
    expect(wantsIndent(at('abc\nabc', [3], [7]))).toBe(false);
  });
});
