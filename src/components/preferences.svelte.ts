/** Choices this browser remembers for every notebook (localStorage, like the theme): restart confirmation, the tags toolbar. */

/** The part of the Web Storage API preferences use. */
export interface PreferenceStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const CONFIRM_RESTART = 'quire-confirm-restart';
const CELL_TOOLBAR = 'quire-cell-toolbar';

/** localStorage where the page may use it; null where the user blocks site data. */
function pageStorage(): PreferenceStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The remembered choices, reactive; each change is written through at once. */
export class Preferences {
  /** Ask before a restart loses the kernel's variables (unset by "Don't ask again"). */
  confirmRestart = $state(true);
  /** View ▸ Cell Toolbar ▸ Tags: a tags bar on every cell. */
  tagsToolbar = $state(false);
  readonly #store: PreferenceStore | null;

  constructor(store: PreferenceStore | null = pageStorage()) {
    this.#store = store;
    this.confirmRestart = this.#read(CONFIRM_RESTART) !== 'no';
    this.tagsToolbar = this.#read(CELL_TOOLBAR) === 'tags';
  }

  /** Stops (or resumes) asking before restarts. */
  setConfirmRestart(ask: boolean): void {
    this.confirmRestart = ask;
    this.#write(CONFIRM_RESTART, ask ? 'yes' : 'no');
  }

  /** Shows or hides the tags bar on every cell. */
  toggleTagsToolbar(): void {
    this.tagsToolbar = !this.tagsToolbar;
    this.#write(CELL_TOOLBAR, this.tagsToolbar ? 'tags' : 'none');
  }

  #read(key: string): string | null {
    try {
      return this.#store?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  #write(key: string, value: string): void {
    try {
      this.#store?.setItem(key, value);
    } catch {
      // A full or blocked localStorage only costs remembering the choice past this page.
    }
  }
}
