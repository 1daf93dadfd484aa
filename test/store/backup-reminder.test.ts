/** The backup reminder counts from the user's own first notebook, never from the epoch, and ignores untouched demos. */
import { afterEach, expect, test, vi } from 'vitest';
import type { KernelClient } from '../../src/kernel/index.ts';
import type { NotebookStorage, NotebookSummary } from '../../src/storage/index.ts';
import { Workspace } from '../../src/store/workspace.svelte.ts';

afterEach(() => vi.useRealTimers());

const DAY = 24 * 3600 * 1000;
const NOW = Date.UTC(2026, 11, 5);

function workspaceWith(notebooks: NotebookSummary[], lastBackup: number | null): Workspace {
  const storage = { onChange: () => () => undefined } as unknown as NotebookStorage;
  const workspace = new Workspace({ storage, createKernel: () => ({}) as KernelClient });
  workspace.notebooks = notebooks;
  workspace.lastBackup = lastBackup;
  return workspace;
}

const demo = (modified: number, edited = false): NotebookSummary => ({
  id: `demo-${modified}`, name: 'Welcome to Quire.ipynb', created: modified, modified, revision: 1, size: 1, demo: { key: 'welcome', version: 1, edited },
});
const own = (created: number, modified = created): NotebookSummary => ({ id: `nb-${created}`, name: 'Mine.ipynb', created, modified, revision: 1, size: 1 });

test('a brand-new profile with only its demos is not asked to back up', () => {
  vi.useFakeTimers({ now: NOW });
  expect(workspaceWith([demo(NOW - 30 * DAY)], null).backupDue).toBe(false);
});

test("without a backup, the week counts from the user's first own notebook", () => {
  vi.useFakeTimers({ now: NOW });
  expect(workspaceWith([own(NOW - 2 * DAY), demo(NOW - 30 * DAY)], null).backupDue).toBe(false);
  expect(workspaceWith([own(NOW - 8 * DAY), demo(NOW - 30 * DAY)], null).backupDue).toBe(true);
  // An edited demo is the user's work, from when it was edited.
  expect(workspaceWith([demo(NOW - 3 * DAY, true)], null).backupDue).toBe(false);
  expect(workspaceWith([demo(NOW - 9 * DAY, true)], null).backupDue).toBe(true);
});

test('after a backup, only edits since it, once it is over a week old, earn the reminder', () => {
  vi.useFakeTimers({ now: NOW });
  const backup = NOW - 10 * DAY;
  expect(workspaceWith([own(NOW - 20 * DAY, NOW - 12 * DAY)], backup).backupDue).toBe(false);
  expect(workspaceWith([own(NOW - 20 * DAY, NOW - 1 * DAY)], backup).backupDue).toBe(true);
  expect(workspaceWith([own(NOW - 20 * DAY, NOW - 1 * DAY)], NOW - 2 * DAY).backupDue).toBe(false);
});
