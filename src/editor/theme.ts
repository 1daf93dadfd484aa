/** The cell editor's look, from the app's CSS variables so light and dark themes both apply. */
import { EditorView } from '@codemirror/view';

/** Line geometry shared with the static preview (`.cell-static`), so mounting an editor does not shift the page. */
export const cellTheme = EditorView.theme({
  '&': { color: 'var(--q-fg)', backgroundColor: 'transparent' },
  '.cm-content': { caretColor: 'var(--q-fg)', padding: '4px 0' },
  '.cm-line': { padding: '0 2px 0 6px' },
  '.cm-scroller': { lineHeight: '1.4' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--q-fg)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground': {
    backgroundColor: 'color-mix(in srgb, var(--q-accent) 25%, transparent)',
  },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--q-accent) 6%, transparent)' },
  '&:not(.cm-focused) .cm-activeLine': { backgroundColor: 'transparent' },
  '.cm-gutters': { backgroundColor: 'transparent', color: 'var(--q-muted)', border: 'none' },
  '.cm-matchingBracket': { backgroundColor: 'color-mix(in srgb, var(--q-edit) 25%, transparent)', outline: 'none' },
  '.cm-tooltip': { backgroundColor: 'var(--q-surface)', color: 'var(--q-fg)', border: '1px solid var(--q-border)', borderRadius: '6px' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: 'var(--q-accent)', color: 'var(--q-surface)' },
  '.cm-panels': { backgroundColor: 'var(--q-surface)', color: 'var(--q-fg)' },
  '.cm-searchMatch': { backgroundColor: 'color-mix(in srgb, #f2c94c 40%, transparent)' },
});
