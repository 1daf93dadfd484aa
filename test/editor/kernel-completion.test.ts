// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { CompletionContext } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { completeOrIndent, kernelCompletionSource, type CompleteFn } from '../../src/editor/kernel-completion.ts';
import { PATIENCE } from '../event-waiter.ts';

const BESSEL_J = ['j0', 'j1', 'jn', 'jv'];

/** A kernel that answers `matches` for the identifier before the cursor. */
function kernel(matches: string[]): CompleteFn & { calls: number } {
  const fn = Object.assign(
    async (code: string, cursor: number) => {
      fn.calls++;
      const prefix = /[\w$]*$/.exec(code.slice(0, cursor))?.[0] ?? '';
      return { matches: matches.filter((m) => m.startsWith(prefix)), cursorStart: cursor - prefix.length, cursorEnd: cursor };
    },
    { calls: 0 },
  );
  return fn;
}

// jsdom has no layout; CodeMirror measures text ranges after each update.
beforeAll(() => {
  Range.prototype.getClientRects = () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => new DOMRect();
});

let view: EditorView | undefined;
afterEach(() => view?.destroy());

function editor(doc: string, cursor = doc.length): EditorView {
  view = new EditorView({ state: EditorState.create({ doc, selection: { anchor: cursor } }), parent: document.body });
  return view;
}

describe('the kernel completion source', () => {
  test('offers the kernel matches over the range it names', async () => {
    const state = EditorState.create({ doc: 'special.j' });
    const result = await kernelCompletionSource(kernel(BESSEL_J))(new CompletionContext(state, 9, true));
    expect(result?.from).toBe(8);
    expect(result?.to).toBe(9);
    expect(result?.options.map((o) => o.label)).toEqual(BESSEL_J);
  });

  test('offers nothing when the kernel has no match', async () => {
    const state = EditorState.create({ doc: 'special.q' });
    expect(await kernelCompletionSource(kernel(BESSEL_J))(new CompletionContext(state, 9, true))).toBeNull();
  });
});

describe('Tab in a code cell', () => {
  test('indents when only whitespace precedes the cursor, without asking the kernel', () => {
    const ask = kernel(BESSEL_J);
    const v = editor('x', 0);
    expect(completeOrIndent(ask)(v)).toBe(true);
    expect(v.state.doc.toString()).toMatch(/^\s+x$/);
    expect(ask.calls).toBe(0);
  });

  test('inserts a unique match at once, before the text after the cursor', async () => {
    const v = editor('x = special.j(0, 5)', 'x = special.j'.length);
    completeOrIndent(kernel(['jv', 'yv']))(v);
    await vi.waitFor(() => expect(v.state.doc.toString()).toBe('x = special.jv(0, 5)'), PATIENCE);
  });

  test('leaves the text alone when the kernel has no match', async () => {
    const ask = kernel(BESSEL_J);
    const v = editor('special.q');
    completeOrIndent(ask)(v);
    await vi.waitFor(() => expect(ask.calls).toBe(1), PATIENCE);
    expect(v.state.doc.toString()).toBe('special.q');
  });
});
