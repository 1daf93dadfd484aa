/** Jupyter's command-mode shortcuts: key presses (including D,D-style pairs) to named actions. */

/** Everything a shortcut can ask the notebook to do. */
export type NotebookAction =
  | 'enterEdit'
  | 'commandMode'
  | 'runAndAdvance'
  | 'runInPlace'
  | 'runAndInsert'
  | 'insertAbove'
  | 'insertBelow'
  | 'deleteCells'
  | 'undoDelete'
  | 'cut'
  | 'copy'
  | 'pasteBelow'
  | 'pasteAbove'
  | 'toMarkdown'
  | 'toCode'
  | 'toRaw'
  | 'selectPrevious'
  | 'selectNext'
  | 'extendPrevious'
  | 'extendNext'
  | 'merge'
  | 'split'
  | 'interrupt'
  | 'restart'
  | 'save'
  | 'toggleLineNumbers'
  | 'toggleOutput'
  | 'toggleOutputScroll'
  | 'findReplace'
  | 'help';

/** One row of the shortcut table (the help dialog shows these). */
export interface Shortcut {
  keys: string;
  action: NotebookAction;
  description: string;
  mode: 'command' | 'edit' | 'both';
}

/** Every shortcut, in the order the help dialog lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Shift+Enter', action: 'runAndAdvance', description: 'run cell, select below', mode: 'both' },
  { keys: 'Ctrl+Enter', action: 'runInPlace', description: 'run selected cells', mode: 'both' },
  { keys: 'Alt+Enter', action: 'runAndInsert', description: 'run cell, insert below', mode: 'both' },
  { keys: 'Enter', action: 'enterEdit', description: 'edit mode', mode: 'command' },
  { keys: 'Esc', action: 'commandMode', description: 'command mode', mode: 'edit' },
  { keys: 'A', action: 'insertAbove', description: 'insert cell above', mode: 'command' },
  { keys: 'B', action: 'insertBelow', description: 'insert cell below', mode: 'command' },
  { keys: 'D,D', action: 'deleteCells', description: 'delete selected cells', mode: 'command' },
  { keys: 'Z', action: 'undoDelete', description: 'undo cell deletion', mode: 'command' },
  { keys: 'X', action: 'cut', description: 'cut selected cells', mode: 'command' },
  { keys: 'C', action: 'copy', description: 'copy selected cells', mode: 'command' },
  { keys: 'V', action: 'pasteBelow', description: 'paste cells below', mode: 'command' },
  { keys: 'Shift+V', action: 'pasteAbove', description: 'paste cells above', mode: 'command' },
  { keys: 'M', action: 'toMarkdown', description: 'change to markdown', mode: 'command' },
  { keys: 'Y', action: 'toCode', description: 'change to code', mode: 'command' },
  { keys: 'R', action: 'toRaw', description: 'change to raw', mode: 'command' },
  { keys: 'Up / K', action: 'selectPrevious', description: 'select cell above', mode: 'command' },
  { keys: 'Down / J', action: 'selectNext', description: 'select cell below', mode: 'command' },
  { keys: 'Shift+Up / Shift+K', action: 'extendPrevious', description: 'extend selection above', mode: 'command' },
  { keys: 'Shift+Down / Shift+J', action: 'extendNext', description: 'extend selection below', mode: 'command' },
  { keys: 'Shift+M', action: 'merge', description: 'merge selected cells (or with the cell below)', mode: 'command' },
  { keys: 'Ctrl+Shift+Minus', action: 'split', description: 'split cell at cursor', mode: 'edit' },
  { keys: 'I,I', action: 'interrupt', description: 'interrupt the kernel', mode: 'command' },
  { keys: '0,0', action: 'restart', description: 'restart the kernel', mode: 'command' },
  { keys: 'S / Ctrl+S', action: 'save', description: 'save and checkpoint', mode: 'both' },
  { keys: 'L', action: 'toggleLineNumbers', description: 'toggle line numbers', mode: 'command' },
  { keys: 'O', action: 'toggleOutput', description: 'toggle output', mode: 'command' },
  { keys: 'Shift+O', action: 'toggleOutputScroll', description: 'toggle output scrolling', mode: 'command' },
  { keys: 'F', action: 'findReplace', description: 'find and replace', mode: 'command' },
  { keys: 'H', action: 'help', description: 'show keyboard shortcuts', mode: 'command' },
];

/** The parts of a KeyboardEvent the mapping reads. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

const SINGLE: Readonly<Record<string, NotebookAction>> = {
  Enter: 'enterEdit',
  a: 'insertAbove',
  b: 'insertBelow',
  z: 'undoDelete',
  x: 'cut',
  c: 'copy',
  v: 'pasteBelow',
  V: 'pasteAbove',
  m: 'toMarkdown',
  y: 'toCode',
  r: 'toRaw',
  ArrowUp: 'selectPrevious',
  k: 'selectPrevious',
  ArrowDown: 'selectNext',
  j: 'selectNext',
  K: 'extendPrevious',
  J: 'extendNext',
  M: 'merge',
  s: 'save',
  l: 'toggleLineNumbers',
  o: 'toggleOutput',
  O: 'toggleOutputScroll',
  f: 'findReplace',
  h: 'help',
};

const DOUBLE: Readonly<Record<string, NotebookAction>> = { d: 'deleteCells', i: 'interrupt', '0': 'restart' };

/** How long the second key of a pair (D,D) may wait, as in Jupyter. */
const PAIR_WINDOW_MS = 800;

/**
 * Returns a stateful mapper for command-mode key presses. Pairs such as D,D need two presses
 * within a short window; the first press returns null.
 */
export function createCommandKeyMapper(now: () => number = Date.now): (press: KeyPress) => NotebookAction | null {
  let pending: { key: string; at: number } | null = null;
  return (press) => {
    const modified = press.ctrlKey || press.metaKey || press.altKey;
    if (press.key === 'Enter' && press.shiftKey && !modified) return 'runAndAdvance';
    if (press.key === 'Enter' && (press.ctrlKey || press.metaKey)) return 'runInPlace';
    if (press.key === 'Enter' && press.altKey) return 'runAndInsert';
    if ((press.ctrlKey || press.metaKey) && press.key.toLowerCase() === 's') return 'save';
    if (modified) return null;
    if (press.key === 'ArrowUp' && press.shiftKey) return 'extendPrevious';
    if (press.key === 'ArrowDown' && press.shiftKey) return 'extendNext';

    const pair = DOUBLE[press.key];
    if (pair) {
      const time = now();
      if (pending && pending.key === press.key && time - pending.at <= PAIR_WINDOW_MS) {
        pending = null;
        return pair;
      }
      pending = { key: press.key, at: time };
      return null;
    }
    pending = null;
    return SINGLE[press.key] ?? null;
  };
}
