/** The menu bar and toolbar as data: each entry names an action the dispatcher knows. */
import type { NotebookAction } from './command-keys.ts';

/** Actions only menus and toolbar offer (no single-key shortcut). */
export type MenuAction =
  | 'newNotebook'
  | 'openNotebook'
  | 'rename'
  | 'makeCopy'
  | 'saveCheckpoint'
  | 'revertCheckpoint'
  | 'download'
  | 'downloadHtml'
  | 'downloadMarkdown'
  | 'downloadScript'
  | 'print'
  | 'closeAndHalt'
  | 'logOut'
  | 'moveUp'
  | 'moveDown'
  | 'clearOutputs'
  | 'clearAllOutputs'
  | 'runAll'
  | 'runAbove'
  | 'runBelow'
  | 'restartAndClear'
  | 'restartAndRunAll'
  | 'shutdown'
  | 'kernelTypeScript'
  | 'kernelJavaScript'
  | 'toggleToc'
  | 'toggleTheme'
  | 'toggleTags'
  | 'editMetadata'
  | 'apiReference';

/** Anything a menu item, toolbar button or shortcut can do. */
export type AppAction = NotebookAction | MenuAction;

/** One menu entry; `separator` draws a line before it. */
export interface MenuItem {
  label: string;
  action: AppAction;
  shortcut?: string;
  separator?: boolean;
}

/** A top-level menu. */
export interface Menu {
  label: string;
  items: readonly MenuItem[];
}

/** The notebook's menu bar, as classic Jupyter lays it out. */
export const MENUS: readonly Menu[] = [
  {
    label: 'File',
    items: [
      { label: 'New Notebook', action: 'newNotebook' },
      { label: 'Open…', action: 'openNotebook' },
      { label: 'Make a Copy…', action: 'makeCopy', separator: true },
      { label: 'Rename…', action: 'rename' },
      { label: 'Save and Checkpoint', action: 'saveCheckpoint', shortcut: 'Ctrl+S' },
      { label: 'Revert to Checkpoint', action: 'revertCheckpoint' },
      { label: 'Download as .ipynb', action: 'download', separator: true },
      { label: 'Download as HTML (.html)', action: 'downloadHtml' },
      { label: 'Download as Markdown (.md)', action: 'downloadMarkdown' },
      { label: 'Download as TypeScript script (.ts)', action: 'downloadScript' },
      { label: 'Print…', action: 'print', shortcut: 'Ctrl+P' },
      { label: 'Close and Halt', action: 'closeAndHalt', separator: true },
      { label: 'Log Out', action: 'logOut' },
    ],
  },
  {
    label: 'Edit',
    items: [
      { label: 'Cut Cells', action: 'cut', shortcut: 'X' },
      { label: 'Copy Cells', action: 'copy', shortcut: 'C' },
      { label: 'Paste Cells Below', action: 'pasteBelow', shortcut: 'V' },
      { label: 'Paste Cells Above', action: 'pasteAbove', shortcut: 'Shift+V' },
      { label: 'Delete Cells', action: 'deleteCells', shortcut: 'D,D', separator: true },
      { label: 'Undo Delete Cells', action: 'undoDelete', shortcut: 'Z' },
      { label: 'Split Cell', action: 'split', shortcut: 'Ctrl+Shift+−', separator: true },
      { label: 'Merge Cells', action: 'merge', shortcut: 'Shift+M' },
      { label: 'Move Cells Up', action: 'moveUp', separator: true },
      { label: 'Move Cells Down', action: 'moveDown' },
      { label: 'Clear Outputs', action: 'clearOutputs', separator: true },
      { label: 'Find and Replace', action: 'findReplace', shortcut: 'F', separator: true },
      { label: 'Edit Notebook Metadata', action: 'editMetadata' },
    ],
  },
  {
    label: 'View',
    items: [
      { label: 'Toggle Line Numbers', action: 'toggleLineNumbers', shortcut: 'L' },
      { label: 'Toggle Table of Contents', action: 'toggleToc' },
      { label: 'Toggle Dark Theme', action: 'toggleTheme' },
      { label: 'Cell Toolbar ▸ Tags', action: 'toggleTags', separator: true },
    ],
  },
  {
    label: 'Insert',
    items: [
      { label: 'Insert Cell Above', action: 'insertAbove', shortcut: 'A' },
      { label: 'Insert Cell Below', action: 'insertBelow', shortcut: 'B' },
    ],
  },
  {
    label: 'Cell',
    items: [
      { label: 'Run Cells', action: 'runInPlace', shortcut: 'Ctrl+Enter' },
      { label: 'Run Cells and Select Below', action: 'runAndAdvance', shortcut: 'Shift+Enter' },
      { label: 'Run Cells and Insert Below', action: 'runAndInsert', shortcut: 'Alt+Enter' },
      { label: 'Run All', action: 'runAll', separator: true },
      { label: 'Run All Above', action: 'runAbove' },
      { label: 'Run All Below', action: 'runBelow' },
      { label: 'Code', action: 'toCode', shortcut: 'Y', separator: true },
      { label: 'Markdown', action: 'toMarkdown', shortcut: 'M' },
      { label: 'Raw', action: 'toRaw', shortcut: 'R' },
      { label: 'Toggle Output', action: 'toggleOutput', shortcut: 'O', separator: true },
      { label: 'Toggle Output Scrolling', action: 'toggleOutputScroll', shortcut: 'Shift+O' },
      { label: 'Clear Output', action: 'clearOutputs' },
      { label: 'Clear All Output', action: 'clearAllOutputs' },
    ],
  },
  {
    label: 'Kernel',
    items: [
      { label: 'Interrupt', action: 'interrupt', shortcut: 'I,I' },
      { label: 'Restart', action: 'restart', shortcut: '0,0' },
      { label: 'Restart & Clear Output', action: 'restartAndClear' },
      { label: 'Restart & Run All', action: 'restartAndRunAll' },
      { label: 'Shutdown', action: 'shutdown', separator: true },
      { label: 'Change Kernel: TypeScript (Quire)', action: 'kernelTypeScript', separator: true },
      { label: 'Change Kernel: JavaScript (Quire)', action: 'kernelJavaScript' },
    ],
  },
  {
    label: 'Help',
    items: [
      { label: 'Keyboard Shortcuts', action: 'help', shortcut: 'H' },
      { label: 'Kernel API Reference', action: 'apiReference' },
    ],
  },
];

/** A toolbar button; `icon` is an SVG path on a 16×16 grid (no icon font needed). */
export interface ToolbarButton {
  label: string;
  icon: string;
  action: AppAction;
}

/** The toolbar under the menus, as in classic Jupyter. */
export const TOOLBAR: readonly ToolbarButton[] = [
  { label: 'Save and Checkpoint', icon: 'M3 2h8l2 2v10H3zM5 2v4h5V2M5 9h6v5H5z', action: 'saveCheckpoint' },
  { label: 'Insert cell below', icon: 'M8 3v10M3 8h10', action: 'insertBelow' },
  { label: 'Cut cells', icon: 'M4 3l8 9M12 3l-8 9M4 12a1.5 1.5 0 1 0 0 .1M12 12a1.5 1.5 0 1 0 0 .1', action: 'cut' },
  { label: 'Copy cells', icon: 'M5 5h8v8H5zM3 11V3h8', action: 'copy' },
  { label: 'Paste cells below', icon: 'M4 3h8v11H4zM6 2h4v2H6zM6 8h4M6 11h4', action: 'pasteBelow' },
  { label: 'Move cells up', icon: 'M8 13V3M4 7l4-4 4 4', action: 'moveUp' },
  { label: 'Move cells down', icon: 'M8 3v10M4 9l4 4 4-4', action: 'moveDown' },
  { label: 'Run', icon: 'M4 3l9 5-9 5z', action: 'runAndAdvance' },
  { label: 'Interrupt the kernel', icon: 'M4 4h8v8H4z', action: 'interrupt' },
  { label: 'Restart the kernel', icon: 'M12.5 6A5 5 0 1 0 13 9M13 2v4H9', action: 'restart' },
  { label: 'Restart the kernel and run all cells', icon: 'M2 3l6 5-6 5zM8 3l6 5-6 5z', action: 'restartAndRunAll' },
];
