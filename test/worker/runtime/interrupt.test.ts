import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { proxy, wrap, type Remote } from 'comlink';
import type { KernelApi, KernelEvent } from '../../../worker/protocol.ts';
import { spawnThreadKernel } from './thread-worker.ts';
import { createEventWaiter } from '../../event-waiter.ts';

// The runtime runs in a real worker thread here: a busy loop must be stopped from outside.
let worker: Worker;
let api: Remote<KernelApi>;
const flag = new Int32Array(new SharedArrayBuffer(4));
const events: KernelEvent[] = [];
const waiter = createEventWaiter();
let runs = 0;

beforeAll(async () => {
  worker = spawnThreadKernel();
  api = wrap<KernelApi>(worker);
  await api.init(
    proxy((batch: KernelEvent[]) => {
      events.push(...batch);
      waiter.notify();
    }),
    { interruptBuffer: flag.buffer as SharedArrayBuffer },
  );
}, 30_000);

afterAll(() => worker.terminate());

async function run(source: string, whileRunning?: () => Promise<void>) {
  const runId = `i-${++runs}`;
  const finished = api.execute({ cellId: 'c', runId, source });
  await whileRunning?.();
  await finished;
  await until(() => events.some((e) => e.type === 'done' && e.runId === runId));
  return events.filter((e) => 'runId' in e && e.runId === runId);
}

const until = (condition: () => boolean) => waiter.until(condition);

/** Resolves once the current run has begun in the worker (its execute_input arrived). */
const runStarted = () => until(() => events.some((e) => e.type === 'execute_input' && e.runId === `i-${runs}`));

describe('interrupt through the shared flag', { timeout: 20_000 }, () => {
  test('while(true){} stops with InterruptError and variables survive', async () => {
    await run('const kept = "still here"; let spins = 0');
    const loop = await run('while (true) { spins++ }', async () => {
      await runStarted();
      Atomics.store(flag, 0, runs);
    });
    expect(loop.find((e) => e.type === 'done')).toMatchObject({ status: 'error' });
    const error = loop.find((e) => e.type === 'output' && e.output.output_type === 'error');
    expect(error).toMatchObject({ output: { ename: 'InterruptError' } });
    const after = await run('[kept, spins > 0]');
    expect(after.find((e) => e.type === 'output')).toMatchObject({ output: { data: { 'text/plain': "[ 'still here', true ]" } } });
  });

  test('a request for an earlier run does not stop the next one', async () => {
    await run('1');
    Atomics.store(flag, 0, runs);
    const next = await run('let n2 = 0; for (let i = 0; i < 100_000; i++) n2++; n2');
    expect(next.find((e) => e.type === 'output')).toMatchObject({ output: { data: { 'text/plain': '100000' } } });
  });

  test('a request that lands before the run starts still stops it', async () => {
    const waiting = run('while (true) {}', async () => {
      Atomics.store(flag, 0, runs);
    });
    expect((await waiting).find((e) => e.type === 'output')).toMatchObject({ output: { ename: 'InterruptError' } });
  });

  test('a loop that catches the interrupt is stopped at its next check', async () => {
    const loop = await run('for (;;) { try { while (true) {} } catch (e) { /* swallowed */ } }', async () => {
      await runStarted();
      Atomics.store(flag, 0, runs);
    });
    expect(loop.find((e) => e.type === 'done')).toMatchObject({ status: 'error' });
  });

  test('loop-free recursion is checked at function entry', async () => {
    const fib = await run('const fib = (n: number): number => (n < 2 ? n : fib(n - 1) + fib(n - 2));\nfib(80)', async () => {
      await runStarted();
      Atomics.store(flag, 0, runs);
    });
    expect(fib.find((e) => e.type === 'output')).toMatchObject({ output: { ename: 'InterruptError' } });
  });

  test('a cell waiting on a promise is stopped by interrupt() naming its run, not an earlier one', async () => {
    const runId = `i-${++runs}`;
    let finished = false;
    const execution = api.execute({ cellId: 'c', runId, source: 'await new Promise(() => {})' }).then(() => void (finished = true));
    await runStarted();
    await api.interrupt(runs - 1);
    // Replies come back in order on the port: had the stale request ended the run, its reply
    // (sent while the worker handled that request) would have arrived before this one.
    await api.complete('', 0);
    expect(finished).toBe(false);
    await api.interrupt(runs);
    await execution;
    await until(() => events.some((e) => e.type === 'done' && e.runId === runId));
    const waiting = events.filter((e) => 'runId' in e && e.runId === runId);
    expect(waiting.find((e) => e.type === 'output')).toMatchObject({ output: { ename: 'InterruptError' } });
  });

  test('errors thrown later from timers are reported on the last cell', async () => {
    const cell = await run('setTimeout(() => { throw new RangeError("late") }, 10); 1');
    const runId = cell[0] && 'runId' in cell[0] ? cell[0].runId : '';
    await until(() => events.some((e) => e.type === 'output' && e.runId === runId && e.output.output_type === 'error'));
    const late = events.find((e) => e.type === 'output' && e.runId === runId && e.output.output_type === 'error');
    expect(late).toMatchObject({ output: { ename: 'RangeError', evalue: 'late' } });
    const rejected = await run('Promise.reject(new Error("nobody waits")); 2');
    const rejectedRun = rejected[0] && 'runId' in rejected[0] ? rejected[0].runId : '';
    await until(() => events.some((e) => e.type === 'output' && e.runId === rejectedRun && e.output.output_type === 'error'));
    expect(events.find((e) => e.type === 'output' && e.runId === rejectedRun && e.output.output_type === 'error')).toMatchObject({ output: { evalue: 'nobody waits' } });
  });
});
