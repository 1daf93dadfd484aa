/** The Svelte context through which File ▸ Log Out and the file list's Log out reach the composition root. */

/** The key of the context. */
export const SESSION_CONTEXT = Symbol('quire:session');

/** What the buttons can ask for. */
export interface SessionActions {
  /** Saves, ends the server session and goes to the login page; resolves with a message when it could not. */
  logOut(): Promise<string | undefined>;
}
