/** Import worker entry: serves imports against the app's IndexedDB, nothing else. */
import { openStorage } from '../storage/index.ts';
import { serveImports } from './import-host.ts';
import type { ImportEndpoint } from './import-protocol.ts';

// A worker has no localStorage: no first-start hint and no unsaved-edits journal here.
serveImports(self as unknown as ImportEndpoint, (name) => openStorage({ name, hints: null, journal: null }));
