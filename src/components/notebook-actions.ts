/** Carries out a notebook action on the store: the one place shortcuts, menus and toolbar meet. */
import type { EditorView } from '@codemirror/view';
import type { NotebookStore } from '../store/notebook-store.svelte.ts';
import type { AppAction } from './menus.ts';

/** Which restart is asked about: plain, with outputs cleared, or followed by Run All. */
export type RestartKind = 'restart' | 'clear' | 'runAll';

/** Jupyter's words for each restart question. */
export const RESTART_PROMPTS: Readonly<Record<RestartKind, { title: string; message: string; confirmLabel: string }>> = {
  restart: {
    title: 'Restart kernel?',
    message: 'Do you want to restart the current kernel? All variables will be lost.',
    confirmLabel: 'Restart',
  },
  clear: {
    title: 'Restart kernel and clear all output?',
    message: 'Do you want to restart the current kernel and clear all output? All variables and outputs will be lost.',
    confirmLabel: 'Restart and Clear All Outputs',
  },
  runAll: {
    title: 'Restart kernel and re-run the whole notebook?',
    message: 'Are you sure you want to restart the current kernel and re-execute the whole notebook? All variables and outputs will be lost.',
    confirmLabel: 'Restart and Run All Cells',
  },
};

function saveAndCheckpoint(store: NotebookStore, view: ViewHooks): void {
  void store.saveCheckpoint().then((saved) => saved && view.checkpointSaved());
}

/** What the view does itself (dialogs, navigation, focus) rather than the store. */
export interface ViewHooks {
  showHelp(): void;
  showApiReference(): void;
  newNotebook(): void;
  openFileList(): void;
  rename(): void;
  makeCopy(): void;
  findReplace(): void;
  editMetadata(): void;
  toggleTags(): void;
  /** Asks before a restart loses every variable (unless told not to ask), then calls `restart`. */
  confirmRestart(kind: RestartKind, restart: () => void): void;
  /** Shows "Checkpoint saved" for a moment. */
  checkpointSaved(): void;
  download(): void;
  /** Downloads the notebook converted for another consumer (Jupyter's Download as). */
  downloadAs(format: 'html' | 'markdown' | 'script'): void;
  print(): void;
  closeAndHalt(): void;
  /** Saves, ends the server session and goes to the login page. */
  logOut(): void;
  revertCheckpoint(): void;
  toggleToc(): void;
  toggleTheme(): void;
  /** Offsets of the cursor/selection in the active editor, for split. */
  cursorOffsets(): number[];
  /** Cells report their editor when it is created (and null when destroyed). */
  registerEditor(cellId: string, view: EditorView | null): void;
}

/** Runs `action` against `store`. */
export function performAction(store: NotebookStore, action: AppAction, view: ViewHooks): void {
  switch (action) {
    case 'newNotebook':
      view.newNotebook();
      return;
    case 'openNotebook':
      view.openFileList();
      return;
    case 'rename':
      view.rename();
      return;
    case 'makeCopy':
      view.makeCopy();
      return;
    case 'saveCheckpoint':
    case 'save':
      saveAndCheckpoint(store, view);
      return;
    case 'revertCheckpoint':
      view.revertCheckpoint();
      return;
    case 'download':
      view.download();
      return;
    case 'downloadHtml':
      view.downloadAs('html');
      return;
    case 'downloadMarkdown':
      view.downloadAs('markdown');
      return;
    case 'downloadScript':
      view.downloadAs('script');
      return;
    case 'print':
      view.print();
      return;
    case 'closeAndHalt':
      view.closeAndHalt();
      return;
    case 'logOut':
      view.logOut();
      return;
    case 'moveUp':
      store.moveSelection(-1);
      return;
    case 'moveDown':
      store.moveSelection(1);
      return;
    case 'clearOutputs':
      store.clearOutputs(store.selectedIds);
      return;
    case 'clearAllOutputs':
      store.clearOutputs();
      return;
    case 'runAll':
      store.runAll('all');
      return;
    case 'runAbove':
      store.runAll('above');
      return;
    case 'runBelow':
      store.runAll('below');
      return;
    case 'restartAndClear':
      view.confirmRestart('clear', () => void store.restartKernel().then(() => store.clearOutputs()));
      return;
    case 'restartAndRunAll':
      view.confirmRestart('runAll', () => void store.restartKernel().then(() => store.runAll('all')));
      return;
    case 'shutdown':
      store.shutdownKernel();
      return;
    case 'kernelTypeScript':
      store.setKernel('typescript');
      return;
    case 'kernelJavaScript':
      store.setKernel('javascript');
      return;
    case 'toggleToc':
      view.toggleToc();
      return;
    case 'toggleTheme':
      view.toggleTheme();
      return;
    case 'toggleTags':
      view.toggleTags();
      return;
    case 'findReplace':
      view.findReplace();
      return;
    case 'editMetadata':
      view.editMetadata();
      return;
    case 'apiReference':
      view.showApiReference();
      return;
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
      view.confirmRestart('restart', () => void store.restartKernel());
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
