/** Carries out a notebook action on the store: the one place shortcuts, menus and toolbar meet. */
import type { NotebookStore } from '../store/notebook-store.svelte.ts';
import type { NotebookAction } from './command-keys.ts';

/** What the view does itself (dialogs, focus) rather than the store. */
export interface ViewHooks {
  showHelp(): void;
  /** Offsets of the cursor/selection in the active editor, for split. */
  cursorOffsets(): number[];
}

/** Runs `action` against `store`. */
export function performAction(store: NotebookStore, action: NotebookAction, view: ViewHooks): void {
  switch (action) {
    case 'enterEdit': {
      const id = store.activeId;
      if (id !== null) store.setRendered(id, false);
      store.setMode('edit');
      return;
    }
    case 'commandMode':
      store.setMode('command');
      return;
    case 'runAndAdvance':
      store.runAndAdvance();
      return;
    case 'runInPlace':
      store.runSelected();
      return;
    case 'runAndInsert':
      store.runAndInsert();
      return;
    case 'insertAbove':
      store.insertCell('above');
      return;
    case 'insertBelow':
      store.insertCell('below');
      return;
    case 'deleteCells':
      store.deleteCells();
      return;
    case 'undoDelete':
      store.undoDelete();
      return;
    case 'cut':
      store.cut();
      return;
    case 'copy':
      store.copy();
      return;
    case 'pasteBelow':
      store.paste('below');
      return;
    case 'pasteAbove':
      store.paste('above');
      return;
    case 'toMarkdown':
      store.changeCellType('markdown');
      return;
    case 'toCode':
      store.changeCellType('code');
      return;
    case 'toRaw':
      store.changeCellType('raw');
      return;
    case 'selectPrevious':
      store.selectRelative(-1);
      return;
    case 'selectNext':
      store.selectRelative(1);
      return;
    case 'extendPrevious':
      store.selectRelative(-1, true);
      return;
    case 'extendNext':
      store.selectRelative(1, true);
      return;
    case 'merge':
      store.merge();
      return;
    case 'split':
      store.split(view.cursorOffsets());
      return;
    case 'interrupt':
      void store.interrupt();
      return;
    case 'restart':
      void store.restartKernel();
      return;
    case 'save':
      void store.saveNow();
      return;
    case 'toggleLineNumbers':
      store.lineNumbers = !store.lineNumbers;
      return;
    case 'toggleOutput':
      store.toggleOutputs();
      return;
    case 'toggleOutputScroll':
      store.toggleOutputScroll();
      return;
    case 'help':
      view.showHelp();
      return;
    default: {
      const never: never = action;
      return never;
    }
  }
}
