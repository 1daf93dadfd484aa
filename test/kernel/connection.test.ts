import { afterEach, describe, expect, test, vi } from 'vitest';
import { MessageChannel } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { KernelApi } from '../../worker/protocol.ts';
import { KERNEL_INFO } from '../../worker/runtime/kernel-info.ts';
import { Connection } from '../../src/kernel/connection.ts';

// A stand-in worker: the API exposed with comlink on one end of a MessageChannel.
function fakeWorker(answerPings: boolean): Worker {
  const { port1, port2 } = new MessageChannel();
  const api: KernelApi = {
    init: async () => KERNEL_INFO,
    execute: async () => undefined,
    complete: async () => ({ matches: [], cursorStart: 0, cursorEnd: 0 }),
    inspect: async () => null,
    interrupt: async () => undefined,
    ping: () => (answerPings ? Promise.resolve() : new Promise<void>(() => undefined)),
  };
  expose(api, nodeEndpoint(port2));
  const endpoint = nodeEndpoint(port1);
  const worker = {
    postMessage: (message: unknown, transfer: Transferable[]) => endpoint.postMessage(message, transfer),
    addEventListener: (type: string, listener: EventListener) => {
      if (type === 'message') endpoint.addEventListener('message', listener);
    },
    removeEventListener: (type: string, listener: EventListener) => {
      if (type === 'message') endpoint.removeEventListener('message', listener);
    },
    start: () => endpoint.start?.(),
    terminate: () => {
      port1.close();
      port2.close();
    },
  };
  return worker as unknown as Worker;
}

const heartbeat = { intervalMs: 60_000, idleDeadMs: 5_000, busyDeadMs: 10_000, startDeadMs: 30_000 };
/**
 * A round trip through the worker's port (only intervals and the clock are faked): replies come
 * back in order, so a ping sent before this call has had its answer handled when it resolves.
 */
const flush = async (connection: Connection) => void (await connection.api.complete('', 0));

afterEach(() => vi.useRealTimers());

describe('Connection heartbeat', () => {
  test('a timer throttled to one tick a minute does not declare a healthy worker dead', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const deaths: string[] = [];
    const connection = new Connection(fakeWorker(true), { onEvents: () => undefined, onDeath: (r) => deaths.push(r), isBusy: () => false }, { sharedInterrupt: false, heartbeat });
    await connection.ready;
    for (let minute = 0; minute < 5; minute++) {
      vi.advanceTimersByTime(60_000);
      await flush(connection);
    }
    expect(deaths).toEqual([]);
    expect(connection.closed).toBe(false);
    connection.terminate();
  });

  test('a worker that stops answering is declared dead once a ping goes unanswered too long', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const deaths: string[] = [];
    const connection = new Connection(fakeWorker(false), { onEvents: () => undefined, onDeath: (r) => deaths.push(r), isBusy: () => false }, { sharedInterrupt: false, heartbeat: { ...heartbeat, intervalMs: 1_000 } });
    await connection.ready;
    vi.advanceTimersByTime(1_000);
    await flush(connection);
    vi.advanceTimersByTime(4_000);
    await flush(connection);
    expect(deaths).toEqual([]);
    // The beat that finds the ping unanswered too long decides at once (no message to wait for).
    vi.advanceTimersByTime(2_000);
    expect(deaths).toEqual(['the kernel stopped responding (out of memory?)']);
    expect(connection.closed).toBe(true);
  });
});
