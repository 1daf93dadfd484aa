/** Whether Tab / Shift+Tab should indent rather than ask the kernel (IPython's rule). */
import type { EditorState } from '@codemirror/state';

/** True when some selection is non-empty or a cursor has only whitespace before it on its line. */
export function wantsIndent(state: EditorState): boolean {
  return state.selection.ranges.some((range) => {
    if (!range.empty) return true;
    const line = state.doc.lineAt(range.head);
    return /^\s*$/.test(line.text.slice(0, range.head - line.from));
  });
}
