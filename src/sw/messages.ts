/** The messages between the page and its service worker. */

/** Sent by the page to a waiting worker when the user chooses to reload into the new version. */
export const SKIP_WAITING = 'quire:skip-waiting';
