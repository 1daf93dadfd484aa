/** Shared test helpers: fixture notebooks and scratch databases. */
import { readFileSync } from 'node:fs';
import { expect, vi } from 'vitest';
import { PATIENCE } from '../event-waiter.ts';
import { fileURLToPath } from 'node:url';
import { openStorage, deleteStorage, type NotebookContent, type NotebookStorage } from '../../src/storage/index.ts';

const fixtures = fileURLToPath(new URL('../fixtures/ipynb/', import.meta.url));

/** The fixture's text as stored on disk. */
export function fixtureText(file: string): string {
  return readFileSync(fixtures + file, 'utf8');
}

/** A fixture notebook parsed into the object storage keeps. */
export function fixture(file: string): NotebookContent {
  return JSON.parse(fixtureText(file)) as NotebookContent;
}

/** A v4 notebook with the given cell sources (markdown then code, alternating). */
export function notebookWith(...sources: string[]): NotebookContent {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: sources.map((source, i) => ({
      id: `cell-${i}`,
      cell_type: i % 2 === 0 ? 'markdown' : 'code',
      source,
      metadata: {},
      ...(i % 2 === 0 ? {} : { outputs: [], execution_count: null }),
    })),
  };
}

let counter = 0;

/** A database name no other test uses. */
export function scratchName(): string {
  counter += 1;
  return `quire-test-${process.pid}-${counter}`;
}

/** Opens a fresh database; `cleanup` closes every instance opened on it and deletes it. */
export async function scratchStorage(): Promise<{ storage: NotebookStorage; name: string; reopen(): Promise<NotebookStorage>; cleanup(): Promise<void> }> {
  const name = scratchName();
  const opened: NotebookStorage[] = [];
  const reopen = async (): Promise<NotebookStorage> => {
    const instance = await openStorage({ name });
    opened.push(instance);
    return instance;
  };
  const storage = await reopen();
  return {
    storage,
    name,
    reopen,
    async cleanup() {
      for (const instance of opened) instance.close();
      await deleteStorage(name);
    },
  };
}

/** Resolves once `heard` holds `count` entries: BroadcastChannel messages arrive on their own schedule. */
export async function heardCount(heard: readonly unknown[], count: number): Promise<void> {
  await vi.waitFor(() => expect(heard.length).toBeGreaterThanOrEqual(count), PATIENCE);
}
