/** CodeMirror 6 setup for notebook cells: language, keymaps, history, kernel completion, image paste. */
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection, type KeyBinding } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import { javascript } from '@codemirror/lang-javascript';
import { classHighlighter } from '@lezer/highlight';
import { kernelCompletion, type CompleteFn } from './kernel-completion.ts';
import { kernelInspect, type InspectFn } from './inspect-tooltip.ts';
import { imageAttachments, type AddImageFn } from './image-attachments.ts';
import { cellTheme } from './theme.ts';
import { loadForeignLanguage, type ForeignLanguage } from './foreign-languages.ts';

/** Which language a cell's editor highlights: Quire's own, or a foreign notebook's (loaded on first use). */
export type EditorLanguage = 'typescript' | 'markdown' | 'plain' | ForeignLanguage;

/** What the notebook offers an editor: the kernel for code cells, attachments for markdown cells. */
export interface EditorServices {
  complete: CompleteFn;
  inspect: InspectFn;
  addImage: AddImageFn;
}

/** What a cell editor needs from its owner. */
export interface CellEditorOptions {
  doc: string;
  language: EditorLanguage;
  services: EditorServices;
  /** Notebook keys (run, escape, …) that take precedence over the editor's own. */
  keys: readonly KeyBinding[];
  onChange(text: string): void;
  onFocus(): void;
  lineNumbers?: boolean;
}

function languageExtensions(language: EditorLanguage, services: EditorServices): Extension {
  switch (language) {
    case 'typescript':
      return [javascript({ typescript: true }), kernelCompletion(services.complete), kernelInspect(services.inspect)];
    case 'markdown':
      return imageAttachments(services.addImage);
    case 'plain':
      return [];
    default:
      // A foreign language: plain until its package has loaded (see loadInto).
      return [];
  }
}

/** Puts a foreign language's highlighting into the editor once its package is loaded (unless the language changed meanwhile). */
function loadInto(view: EditorView, language: EditorLanguage): void {
  if (language === 'typescript' || language === 'markdown' || language === 'plain') return;
  void loadForeignLanguage(language).then((extension) => {
    if (shownLanguage.get(view) === language) view.dispatch({ effects: languageSlot.reconfigure(extension) });
  });
}

// The language each editor was last given, so a late load cannot undo a later switch.
const shownLanguage = new WeakMap<EditorView, EditorLanguage>();

const gutter = new Compartment();
const languageSlot = new Compartment();

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
    syntaxHighlighting(classHighlighter),
    cellTheme,
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...searchKeymap, indentWithTab]),
    languageSlot.of(languageExtensions(options.language, options.services)),
    EditorView.lineWrapping,
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
      if (update.focusChanged && update.view.hasFocus) options.onFocus();
    }),
    gutter.of(options.lineNumbers ? lineNumbers() : []),
  ];
  const view = new EditorView({ parent, state: EditorState.create({ doc: options.doc, extensions }) });
  shownLanguage.set(view, options.language);
  loadInto(view, options.language);
  return view;
}

/** Switches the editor to another cell type's language (M / Y / R keep the same editor). */
export function setLanguage(view: EditorView, language: EditorLanguage, services: EditorServices): void {
  shownLanguage.set(view, language);
  view.dispatch({ effects: languageSlot.reconfigure(languageExtensions(language, services)) });
  loadInto(view, language);
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
