/** CodeMirror 6 setup for notebook cells: language, keymaps, history. */
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection, type KeyBinding } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, syntaxHighlighting, defaultHighlightStyle } from '@codemirror/language';
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import { javascript } from '@codemirror/lang-javascript';

/** Which language a cell's editor highlights. */
export type EditorLanguage = 'typescript' | 'markdown' | 'plain';

/** What a cell editor needs from its owner. */
export interface CellEditorOptions {
  doc: string;
  language: EditorLanguage;
  /** Notebook keys (run, escape, …) that take precedence over the editor's own. */
  keys: readonly KeyBinding[];
  onChange(text: string): void;
  onFocus(): void;
  lineNumbers?: boolean;
}

function languageExtension(language: EditorLanguage): Extension {
  switch (language) {
    case 'typescript':
      return javascript({ typescript: true });
    case 'markdown':
    case 'plain':
      return [];
    default: {
      const never: never = language;
      return never;
    }
  }
}

const gutter = new Compartment();

/** Creates a CodeMirror view for one cell inside `parent`. */
export function createCellEditor(parent: HTMLElement, options: CellEditorOptions): EditorView {
  const extensions: Extension[] = [
    keymap.of([...options.keys]),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...searchKeymap, indentWithTab]),
    languageExtension(options.language),
    EditorView.lineWrapping,
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
      if (update.focusChanged && update.view.hasFocus) options.onFocus();
    }),
  ];
  extensions.push(gutter.of(options.lineNumbers ? lineNumbers() : []));
  return new EditorView({ parent, state: EditorState.create({ doc: options.doc, extensions }) });
}

/** Shows or hides line numbers (L). */
export function setLineNumbers(view: EditorView, on: boolean): void {
  view.dispatch({ effects: gutter.reconfigure(on ? lineNumbers() : []) });
}

/** Replaces the editor's text when the document changed from outside (undo of a cell op, reload). */
export function syncEditorText(view: EditorView, text: string): void {
  const current = view.state.doc.toString();
  if (current !== text) view.dispatch({ changes: { from: 0, to: current.length, insert: text } });
}
