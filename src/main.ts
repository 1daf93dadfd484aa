/** Composition root: creates storage, the kernel factory and the workspace, then mounts the app. */
import { mount } from 'svelte';
import App from './App.svelte';
import './styles/app.css';
import { openStorage } from './storage/index.ts';
import { createKernelClient } from './kernel/index.ts';
import { Workspace } from './store/workspace.svelte.ts';
import { filesHost } from './store/files-host.ts';
import { Router } from './store/route.svelte.ts';
import { applySavedTheme } from './components/browser-actions.ts';
import { AppUpdate, APP_UPDATE_CONTEXT, startServiceWorker } from './sw/app-update.svelte.ts';
import { FolderStore, FOLDER_CONTEXT } from './store/folder.svelte.ts';
import { guardSession } from './session/session-check.ts';
import { logOut } from './session/logout.ts';
import { SESSION_CONTEXT, type SessionActions } from './components/session-context.ts';
import { preloadPlotlyFor } from './render/plotly-loader.ts';

/** Saves every notebook open in this tab; true when none is left unsaved. */
async function saveAll(workspace: Workspace | undefined): Promise<boolean> {
  const open = [...(workspace?.sessions.values() ?? [])];
  await Promise.all(open.map((notebook) => notebook.saveNow()));
  return open.every((notebook) => notebook.saveState === 'saved');
}

async function start(target: HTMLElement): Promise<void> {
  applySavedTheme(document.documentElement);
  let workspace: Workspace | undefined;
  // In parallel with the start: the app opens from the offline cache whatever the server says.
  void guardSession({
    base: document.baseURI,
    href: () => window.location.href,
    // Called as a method of this object, window.fetch itself would throw "Illegal invocation".
    fetch: (input, init) => fetch(input, init),
    saveAll: () => saveAll(workspace),
    leave: (url) => window.location.replace(url),
  });
  const storage = await openStorage();
  workspace = new Workspace({
    storage,
    createKernel: () =>
      createKernelClient(() => new Worker(new URL('../worker/kernel.worker.ts', import.meta.url), { type: 'module' }), {
        // plotly.js loads while a plotting cell runs, not after its figure arrives.
        onExecute: (input) => preloadPlotlyFor(input.source),
        files: filesHost(storage),
      }),
  });
  await workspace.start();
  // A save started now would be cut off by the unload: the last edits are kept synchronously instead.
  window.addEventListener('pagehide', () => workspace?.keepUnsaved());
  const router = new Router(window.location, window);
  const update = new AppUpdate();
  startServiceWorker(update);
  const folder = new FolderStore({ workspace, storage, links: localStorage });
  void folder.start();
  const session: SessionActions = {
    async logOut() {
      const result = await logOut({
        base: document.baseURI,
        fetch: (input, init) => fetch(input, init),
        saveAll: () => saveAll(workspace),
        leave: (url) => window.location.replace(url),
      });
      if (result === 'unsaved') return 'A notebook could not be saved, so you are still logged in: download it first.';
      return result === 'unavailable' ? 'No Quire server answered: there is no session to end here.' : undefined;
    },
  };
  const context = new Map<unknown, unknown>([
    [APP_UPDATE_CONTEXT, update],
    [FOLDER_CONTEXT, folder],
    [SESSION_CONTEXT, session],
  ]);
  mount(App, { target, props: { workspace, router }, context });
}

const target = document.getElementById('app');
if (target) {
  start(target).catch((error: unknown) => {
    target.textContent = `Quire could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
}
