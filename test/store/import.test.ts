/** Imports: the same results in the page and through the worker protocol; nothing but ids, names and reasons comes back. */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotebookStorage, StorageChange } from '../../src/storage/index.ts';
import { createImporter } from '../../src/store/import-client.ts';
import { serveImports } from '../../src/store/import-host.ts';
import type { ImportEndpoint, ImportFile, ImportReply, UploadResult } from '../../src/store/import-protocol.ts';
import { Workspace, type UploadProgress } from '../../src/store/workspace.svelte.ts';
import { scratchStorage } from '../storage/helpers.ts';
import { PATIENCE } from '../event-waiter.ts';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/ipynb/${name}`, import.meta.url));
const MARKDOWN = 'notebook-docs__Working_With_Markdown_Cells.ipynb';
const V3 = 'ipython-2.4.1__Running_Code.v3.ipynb';

const file = (name: string, bytes: Uint8Array | string): ImportFile => ({ name, data: new Blob([typeof bytes === 'string' ? bytes : bytes.slice()]) });

const mixed = (): ImportFile[] => [
  file('markdown.ipynb', fixture(MARKDOWN)),
  file('broken.ipynb', '{"nbformat": 4, "cells": '),
  file('v3.ipynb', fixture(V3)),
  file('no-cells.ipynb', '{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": 3}'),
];

let storage: NotebookStorage;
let reopen: () => Promise<NotebookStorage>;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ storage, reopen, cleanup } = await scratchStorage());
});
afterEach(async () => {
  vi.restoreAllMocks();
  await cleanup();
});

/** Checks the results of importing `mixed()`, and that the two valid files are stored whole. */
async function expectMixedImported(results: UploadResult[]): Promise<void> {
  expect(results.map((r) => [r.file, r.ok])).toEqual([
    ['markdown.ipynb', true],
    ['broken.ipynb', false],
    ['v3.ipynb', true],
    ['no-cells.ipynb', false],
  ]);
  const [markdown, broken, v3, noCells] = results;
  expect(broken?.ok === false && broken.reason).toMatch(/JSON/);
  expect(noCells?.ok === false && noCells.reason).toMatch(/cells/);
  for (const [result, source] of [
    [markdown, MARKDOWN],
    [v3, V3],
  ] as const) {
    if (!result?.ok) throw new Error('expected a stored notebook');
    const stored = await storage.get(result.id);
    expect(stored?.name).toBe(result.name);
    expect(stored?.size).toBe(fixture(source).byteLength);
    expect(stored?.content).toMatchObject({ nbformat: 4, nbformat_minor: 5 });
  }
  const markdownCells = (JSON.parse(new TextDecoder().decode(fixture(MARKDOWN))) as { cells: unknown[] }).cells.length;
  expect((await storage.get(markdown?.ok ? markdown.id : ''))?.content.cells).toHaveLength(markdownCells);
}

/** A Worker stand-in: the import host at the far end of a MessageChannel, as the worker runs it. */
function channelWorker(options: { failOnStart?: boolean } = {}): Worker & { terminated: boolean; fail(message: string): void } {
  const { port1, port2 } = new MessageChannel();
  serveImports(port1 as unknown as ImportEndpoint, () => reopen());
  port1.start();
  const errorListeners: ((event: ErrorEvent) => void)[] = [];
  const fake = {
    terminated: false,
    postMessage(message: unknown) {
      if (options.failOnStart) queueMicrotask(() => fake.fail('the worker script did not load'));
      else port2.postMessage(message);
    },
    addEventListener(type: string, listener: (event: never) => void) {
      if (type === 'message') {
        port2.addEventListener('message', listener as (event: MessageEvent) => void);
        port2.start();
      } else errorListeners.push(listener as (event: ErrorEvent) => void);
    },
    terminate() {
      fake.terminated = true;
      port1.close();
      port2.close();
    },
    fail(message: string) {
      for (const listener of errorListeners) listener({ message, preventDefault: () => undefined } as ErrorEvent);
    },
  };
  return fake as unknown as Worker & { terminated: boolean; fail(message: string): void };
}

describe('in the page (no Worker)', () => {
  it('stores each valid file whole under a unique name and names each broken one with its reason', async () => {
    const events: string[] = [];
    const results = await createImporter(storage, null).run(mixed(), {
      started: (i) => events.push(`start ${i}`),
      finished: (i, r) => events.push(`end ${i} ${r.ok}`),
    });
    await expectMixedImported(results);
    expect(events).toEqual(['start 0', 'end 0 true', 'start 1', 'end 1 false', 'start 2', 'end 2 true', 'start 3', 'end 3 false']);
    const again = await createImporter(storage, null).run([file('markdown.ipynb', fixture(MARKDOWN))]);
    expect(again).toMatchObject([{ ok: true, name: 'markdown1.ipynb' }]);
  });
});

describe('through the worker protocol', () => {
  it('gives the same results; the page hears each notebook stored; only ids, names and reasons come back', async () => {
    const heard: StorageChange[] = [];
    storage.onChange((change) => heard.push(change));
    const replies: ImportReply[] = [];
    const worker = channelWorker();
    worker.addEventListener('message', (event: MessageEvent<ImportReply>) => replies.push(event.data));
    const progress: number[] = [];
    const results = await createImporter(storage, () => worker).run(mixed(), { started: (i) => progress.push(i) });
    await expectMixedImported(results);
    expect(progress).toEqual([0, 1, 2, 3]);
    expect(JSON.stringify(replies).length).toBeLessThan(2000);
    const created = () => heard.filter((c) => c.type === 'created');
    await vi.waitFor(() => expect(created().length).toBeGreaterThanOrEqual(results.filter((r) => r.ok).length), PATIENCE);
    expect(heard.filter((c) => c.type === 'created').map((c) => c.id)).toEqual(results.flatMap((r) => (r.ok ? [r.id] : [])));
    // Idle after the request: the worker is ended to free its memory.
    expect(worker.terminated).toBe(true);
  });

  it('serves requests one at a time, each answered in order', async () => {
    const importer = createImporter(storage, () => channelWorker());
    const [first, second] = await Promise.all([
      importer.run([file('a.ipynb', fixture(MARKDOWN))]),
      importer.run([file('a.ipynb', fixture(MARKDOWN))]),
    ]);
    expect(first).toMatchObject([{ ok: true, name: 'a.ipynb' }]);
    expect(second).toMatchObject([{ ok: true, name: 'a1.ipynb' }]);
  });

  it('imports in the page when the worker fails before starting, or cannot be made', async () => {
    await expectMixedImported(await createImporter(storage, () => channelWorker({ failOnStart: true })).run(mixed()));
    const throwing = createImporter(storage, () => {
      throw new Error('no workers here');
    });
    expect(await throwing.run([file('b.ipynb', fixture(MARKDOWN))])).toMatchObject([{ ok: true, name: 'b.ipynb' }]);
  });

  it('a worker that dies midway reports the files it did not finish, with the reason', async () => {
    const worker = channelWorker();
    const importer = createImporter(storage, () => worker);
    const running = importer.run(mixed(), { finished: (i) => i === 0 && worker.fail('out of memory') });
    const results = await running;
    expect(results[0]).toMatchObject({ ok: true, name: 'markdown.ipynb' });
    expect(results.slice(1)).toEqual(
      mixed()
        .slice(1)
        .map((f) => ({ file: f.name, ok: false, reason: 'the import stopped (out of memory)' })),
    );
    expect(worker.terminated).toBe(true);
  });
});

describe('Workspace.upload', () => {
  it('shows which file it imports, then lists the new notebooks; bytes from a link import the same way', async () => {
    const workspace = new Workspace({
      storage,
      createKernel: () => {
        throw new Error('no kernel in this test');
      },
      createImportWorker: null,
    });
    const seen: (UploadProgress | null)[] = [];
    const create = storage.create.bind(storage);
    vi.spyOn(storage, 'create').mockImplementation((...args) => {
      seen.push(workspace.importing);
      return create(...args);
    });
    const results = await workspace.upload([new File([fixture(MARKDOWN).slice()], 'picked.ipynb'), { name: 'fetched.ipynb', bytes: fixture(V3) }]);
    expect(results).toMatchObject([
      { ok: true, name: 'picked.ipynb' },
      { ok: true, name: 'fetched.ipynb' },
    ]);
    expect(workspace.importing).toBeNull();
    expect(workspace.notebooks.map((n) => n.name).sort()).toEqual(['fetched.ipynb', 'picked.ipynb']);
    expect(seen).toEqual([
      { file: 'picked.ipynb', index: 0, count: 2 },
      { file: 'fetched.ipynb', index: 1, count: 2 },
    ]);
  });
});
