/**
 * A synchronous hint that this browser has opened the notebook database before, kept in
 * localStorage. Opening IndexedDB in a fresh profile takes 100–450 ms (the browser creates the
 * origin's backing store); the hint lets the app show a fresh profile's file list without waiting.
 */

/** The part of the Web Storage API the hint uses (localStorage in the page). */
export interface HintStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** localStorage where the page may use it, else null (Node, workers, storage blocked by the user). */
export function pageLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Reading `localStorage` throws a SecurityError where the user blocks site data.
    return null;
  }
}

function hintKey(database: string): string {
  return `quire-opened:${database}`;
}

/** True only when the hint store works and holds no record of opening `database`. */
export function neverOpened(hints: HintStore | null, database: string): boolean {
  try {
    return hints !== null && hints.getItem(hintKey(database)) === null;
  } catch {
    return false;
  }
}

/** Records that `database` has been opened (and so may hold notebooks). */
export function rememberOpened(hints: HintStore | null, database: string): void {
  try {
    hints?.setItem(hintKey(database), '1');
  } catch {
    // A full or blocked localStorage only costs the next fresh start its shortcut.
  }
}
