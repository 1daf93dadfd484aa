import { once } from 'node:events';
import { afterEach, describe, expect, test } from 'vitest';
import type { Worker as ThreadWorker } from 'node:worker_threads';
import { createKernelClient, type KernelClient, type KernelClientOptions, type KernelEvent, type KernelNotice, type KernelStatus } from '../../src/kernel/index.ts';
import { spawnThreadKernel } from '../worker/runtime/thread-worker.ts';
import { numericDocs } from '../../worker/numeric/index.ts';
import bessel from '../fixtures/reference/bessel.json';

const reference = (fn: string, v: number, x: number): number => {
  const found = (bessel.cases as { fn: string; v?: number; x: number; f64: number | string }[]).find((c) => c.fn === fn && (c.v ?? 0) === v && c.x === x);
  if (typeof found?.f64 !== 'number') throw new Error(`no reference for ${fn}(${v}, ${x})`);
  return found.f64;
};

// The client runs against the real runtime in worker threads (no mock of the worker API).
const clients: KernelClient[] = [];
let spawned: Worker[] = [];

function start(options: Partial<KernelClientOptions> = {}) {
  const events: KernelEvent[] = [];
  const statuses: KernelStatus[] = [];
  const notices: KernelNotice[] = [];
  const client = createKernelClient(() => {
    const worker = spawnThreadKernel();
    spawned.push(worker);
    return worker;
  }, options);
  client.onEvents((batch) => events.push(...batch));
  client.onStatus((status) => statuses.push(status));
  client.onNotice((notice) => notices.push(notice));
  clients.push(client);
  return { client, events, statuses, notices };
}

afterEach(() => {
  for (const client of clients.splice(0)) client.shutdown();
  spawned = [];
});

/** Waits for completion and inspect answers however loaded the machine (the app gives up after a second). */
const PATIENT = { introspectTimeoutMs: 20_000 };

/** Resolves when the worker reports it has begun the run (its execute_input event). */
function whenStarted(client: KernelClient, runId: string): Promise<void> {
  return new Promise((resolve) => {
    const stop = client.onEvents((batch) => {
      if (!batch.some((e) => e.type === 'execute_input' && e.runId === runId)) return;
      stop();
      resolve();
    });
  });
}

/** The node thread behind a spawned kernel (the adapter's test hook). */
const threadOf = (worker: Worker | undefined) => (worker as unknown as { thread: ThreadWorker }).thread;

const outputsOf = (events: KernelEvent[], runId: string) =>
  events.flatMap((e) => (e.type === 'output' && e.runId === runId ? [e.output] : []));
const plain = (events: KernelEvent[], runId: string) =>
  outputsOf(events, runId).flatMap((o) => (o.output_type === 'execute_result' ? [(o.data as Record<string, unknown>)['text/plain']] : []));

describe('kernel client', () => {
  test('creating the module does not start a worker; creating a client does', async () => {
    expect(spawned).toHaveLength(0);
    const { client, statuses } = start();
    expect(client.status).toBe('starting');
    expect(spawned).toHaveLength(1);
    await client.execute({ cellId: 'a', source: '1' }).done;
    expect(statuses[0]).toBe('idle');
    expect(client.info?.kernelspec).toEqual({ name: 'quire-ts', display_name: 'TypeScript (Quire)', language: 'typescript' });
    expect(client.info?.language_info).toMatchObject({ name: 'typescript', file_extension: '.ts', mimetype: 'text/typescript' });
  }, 30_000);

  test('runs queue in order, state persists, counts rise', async () => {
    const { client, events } = start();
    const a = client.execute({ cellId: 'a', source: 'let q: number[] = []; q.push(1); q.length' });
    const b = client.execute({ cellId: 'b', source: 'await new Promise((r) => setTimeout(r, 20)); q.push(2); q' });
    const c = client.execute({ cellId: 'c', source: 'q.push(3); q' });
    expect(await Promise.all([a.done, b.done, c.done])).toEqual(['ok', 'ok', 'ok']);
    expect(plain(events, b.runId)).toEqual(['[ 1, 2 ]']);
    expect(plain(events, c.runId)).toEqual(['[ 1, 2, 3 ]']);
    const counts = events.flatMap((e) => (e.type === 'execute_input' ? [e.executionCount] : []));
    expect(counts).toEqual([1, 2, 3]);
    expect(client.history.map((h) => h.cellId)).toEqual(['a', 'b', 'c']);
  }, 30_000);

  test('onExecute hears each run as it is queued, before the worker answers', async () => {
    const heard: string[] = [];
    const { client } = start({ onExecute: (input) => heard.push(`${input.cellId}:${input.source}`) });
    const a = client.execute({ cellId: 'a', source: 'df.plot()' });
    const b = client.execute({ cellId: 'b', source: '2' });
    expect(heard).toEqual(['a:df.plot()', 'b:2']);
    await Promise.all([a.done, b.done]);
    expect(heard).toHaveLength(2);
  }, 30_000);

  test('an error aborts the runs queued after it (stop on error), unless asked not to', async () => {
    const { client, events } = start();
    const bad = client.execute({ cellId: 'a', source: 'throw new Error("x")' });
    const next = client.execute({ cellId: 'b', source: '1' });
    const later = client.execute({ cellId: 'c', source: '2' });
    expect(await bad.done).toBe('error');
    expect(await next.done).toBe('aborted');
    expect(await later.done).toBe('aborted');
    expect(events.filter((e) => e.type === 'done' && e.status === 'aborted').map((e) => (e.type === 'done' ? e.cellId : ''))).toEqual(['b', 'c']);
    const lenient = client.execute({ cellId: 'd', source: 'throw 1' }, { stopOnError: false });
    const after = client.execute({ cellId: 'e', source: '"ran"' });
    expect(await lenient.done).toBe('error');
    expect(await after.done).toBe('ok');
  }, 30_000);

  test('interrupt with the shared flag keeps the state', async () => {
    // A generous fallback timeout: "interrupted" (not "restarted") then proves the flag stopped the loop, however busy the machine.
    const { client, events } = start({ sharedInterrupt: true, interruptTimeoutMs: 20_000 });
    await client.execute({ cellId: 'a', source: 'const keep = 41' }).done;
    const loop = client.execute({ cellId: 'b', source: 'while (true) {}' });
    const queued = client.execute({ cellId: 'c', source: '1' });
    await whenStarted(client, loop.runId);
    expect(await client.interrupt()).toBe('interrupted');
    expect(await loop.done).toBe('error');
    expect(await queued.done).toBe('aborted');
    expect(outputsOf(events, loop.runId)).toMatchObject([{ output_type: 'error', ename: 'InterruptError' }]);
    const after = client.execute({ cellId: 'd', source: 'keep + 1' });
    expect(await after.done).toBe('ok');
    expect(plain(events, after.runId)).toEqual(['42']);
  }, 30_000);

  test('without the flag, interrupt restarts the worker, reports the loss, and rebuild re-runs the history', async () => {
    const { client, events, notices } = start({ sharedInterrupt: false, interruptTimeoutMs: 200 });
    await client.execute({ cellId: 'a', source: 'let built = 1' }).done;
    await client.execute({ cellId: 'b', source: 'built += 1' }).done;
    const loop = client.execute({ cellId: 'c', source: 'while (true) {}' });
    await whenStarted(client, loop.runId);
    expect(await client.interrupt()).toBe('restarted');
    expect(await loop.done).toBe('error');
    expect(outputsOf(events, loop.runId)).toMatchObject([{ output_type: 'error', ename: 'KernelRestarted' }]);
    expect(notices).toMatchObject([{ kind: 'restarted-to-interrupt', cells: 2 }]);
    expect(spawned).toHaveLength(2);
    const lost = client.execute({ cellId: 'd', source: 'typeof built' });
    await lost.done;
    expect(plain(events, lost.runId)).toEqual(["'undefined'"]);
    const rebuilt = client.rebuild();
    expect(rebuilt.map((r) => r.cellId)).toEqual(['a', 'b']);
    expect(await Promise.all(rebuilt.map((r) => r.done))).toEqual(['ok', 'ok']);
    const check = client.execute({ cellId: 'e', source: 'built' });
    await check.done;
    expect(plain(events, check.runId)).toEqual(['2']);
  }, 30_000);

  test('restart gives fresh state and counts from 1; events of the old worker are dropped', async () => {
    const { client, events } = start();
    const streams = () => events.filter((e) => e.type === 'output' && e.output.output_type === 'stream').length;
    const printing = client.execute({ cellId: 'a', source: 'var old = 1; setInterval(() => console.log("stale"), 1)' });
    await printing.done;
    // The old worker is printing when the restart comes.
    await new Promise<void>((resolve) => {
      const stop = client.onEvents(() => {
        if (streams() === 0) return;
        stop();
        resolve();
      });
    });
    const old = threadOf(spawned[0]);
    const exited = once(old, 'exit');
    const before = streams();
    await client.restart();
    expect(client.history).toEqual([]);
    const fresh = client.execute({ cellId: 'b', source: 'typeof old' });
    await fresh.done;
    expect(plain(events, fresh.runId)).toEqual(["'undefined'"]);
    expect(events.filter((e) => e.type === 'execute_input').at(-1)).toMatchObject({ executionCount: 1 });
    // Once the old thread is gone nothing more can come from it.
    await exited;
    expect(streams()).toBe(before);
  }, 30_000);

  test('restart aborts the running and queued runs', async () => {
    const { client } = start();
    const running = client.execute({ cellId: 'a', source: 'await new Promise(() => {})' });
    const queued = client.execute({ cellId: 'b', source: '1' });
    await whenStarted(client, running.runId);
    await client.restart();
    expect(await running.done).toBe('aborted');
    expect(await queued.done).toBe('aborted');
    expect(client.status).toBe('idle');
  }, 30_000);

  test('a worker that dies is reported as dead with the loss noticed; restart brings it back', async () => {
    const { client, events, notices, statuses } = start();
    await client.execute({ cellId: 'a', source: '1' }).done;
    const running = client.execute({ cellId: 'b', source: 'await new Promise(() => {})' });
    await whenStarted(client, running.runId);
    // Crash the thread the way an out-of-memory abort ends it: an error the runtime cannot catch.
    threadOf(spawned[0]).emit('error', new Error('Worker terminated due to reaching memory limit'));
    expect(await running.done).toBe('error');
    expect(client.status).toBe('dead');
    expect(statuses.at(-1)).toBe('dead');
    expect(outputsOf(events, running.runId)).toMatchObject([{ output_type: 'error', ename: 'KernelDied' }]);
    expect(notices).toMatchObject([{ kind: 'died', cells: 1 }]);
    expect(await client.execute({ cellId: 'c', source: '1' }).done).toBe('aborted');
    await client.restart();
    expect(await client.execute({ cellId: 'd', source: '1' }).done).toBe('ok');
  }, 30_000);

  test('a worker that goes silent is declared dead by the heartbeat', async () => {
    // Only a busy worker gets the short limit, and the first run is the one that blocks: a slow but
    // live worker (a loaded machine) can never be declared dead before the block.
    const { client, notices } = start({ heartbeat: { intervalMs: 50, idleDeadMs: 30_000, busyDeadMs: 300, startDeadMs: 30_000 } });
    // Block the worker's event loop without instrumentation: no pulses, no pongs.
    const frozen = client.execute({ cellId: 'b', source: 'Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)' });
    expect(await frozen.done).toBe('error');
    expect(client.status).toBe('dead');
    expect(notices[0]?.kind).toBe('died');
  }, 30_000);

  test('complete and inspect answer from the live scope', async () => {
    const { client } = start(PATIENT);
    await client.execute({ cellId: 'a', source: 'const helpers = { alpha: 1, alps: 2, beta: 3 }; function area(r: number) { return r * r }' }).done;
    expect(await client.complete('helpers.al', 10)).toEqual({ matches: ['alpha', 'alps'], cursorStart: 8, cursorEnd: 10 });
    expect(await client.inspect('area(2)', 1)).toEqual({ name: 'area', signature: 'function area(r)', doc: '' });
  }, 30_000);

  test('the numeric API is in scope: the chapter\'s jv(0, 5), jv(0, 6), jv(0, 7), completion and docs', async () => {
    const { client, events } = start(PATIENT);
    const run = client.execute({ cellId: 'a', source: '[special.jv(0, 5), special.jv(0, 6), special.jv(0, 7)]' });
    expect(await run.done).toBe('ok');
    const expected = [reference('jv', 0, 5), reference('jv', 0, 6), reference('jv', 0, 7)];
    expect(plain(events, run.runId)).toEqual([`[ ${expected.map(String).join(', ')} ]`]);
    expect((await client.complete('special.j', 9)).matches).toEqual(['j0', 'j1', 'jn', 'jv']);
    const doc = numericDocs['special.jv'];
    expect(await client.inspect('special.jv(0, 5)', 9)).toEqual({ name: 'special.jv', ...doc });
    const imported = client.execute({ cellId: 'b', source: 'import { special as sp } from "quire";\nsp.j0(5)' });
    await imported.done;
    expect(plain(events, imported.runId)).toEqual([String(reference('j0', 0, 5))]);
  }, 30_000);

  test('modules load by URL, with await import() and with an import declaration', async () => {
    const { client, events } = start();
    const url = 'data:text/javascript,export default 40; export const two = 2;';
    const run = client.execute({ cellId: 'a', source: `const m = await import("${url}");\nimport forty, { two } from "${url}";\n[m.default + m.two, forty + two]` });
    expect(await run.done).toBe('ok');
    expect(plain(events, run.runId)).toEqual(['[ 42, 42 ]']);
  }, 30_000);

  test('shutdown stops the worker and aborts pending runs; the next run starts a fresh kernel', async () => {
    const { client, statuses, events } = start();
    await client.execute({ cellId: 'a', source: 'var before = 1' }).done;
    const pending = client.execute({ cellId: 'b', source: 'await new Promise(() => {})' });
    await whenStarted(client, pending.runId);
    client.shutdown();
    expect(statuses.at(-1)).toBe('dead');
    expect(await pending.done).toBe('aborted');
    const next = client.execute({ cellId: 'c', source: 'typeof before' });
    expect(await next.done).toBe('ok');
    expect(plain(events, next.runId)).toEqual(["'undefined'"]);
    expect(spawned).toHaveLength(2);
  }, 30_000);
});
