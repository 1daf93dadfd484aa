import { afterEach, expect, test } from 'vitest';
import type { KernelEvent, KernelInitOptions } from '../../../worker/protocol.ts';
import { createKernelApi } from '../../../worker/runtime/kernel-api.ts';

const open: BroadcastChannel[] = [];
afterEach(() => open.splice(0).forEach((channel) => channel.close()));

function listen(name: string): KernelEvent[] {
  const received: KernelEvent[] = [];
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent<KernelEvent[]>) => received.push(...event.data);
  open.push(channel);
  return received;
}

test('with an event channel named at init, events go out on that BroadcastChannel and not through the sink', async () => {
  const received = listen('kernel-api-test-channel');
  const sunk: KernelEvent[] = [];
  const api = createKernelApi();
  const options: KernelInitOptions = { eventChannel: 'kernel-api-test-channel' };
  await api.init((events) => void sunk.push(...events), options);
  await api.execute({ cellId: 'c', runId: 'r1', source: '1+1' });
  await expect.poll(() => received.map((event) => event.type)).toEqual(['status', 'execute_input', 'output', 'done', 'status']);
  expect(received[2]).toMatchObject({ type: 'output', output: { output_type: 'execute_result', data: { 'text/plain': '2' } } });
  expect(sunk).toEqual([]);
});

test('without an event channel, events go through the sink', async () => {
  const sunk: KernelEvent[] = [];
  const api = createKernelApi();
  await api.init((events) => void sunk.push(...events), {});
  await api.execute({ cellId: 'c', runId: 'r1', source: '1+1' });
  expect(sunk.map((event) => event.type)).toEqual(['status', 'execute_input', 'output', 'done', 'status']);
});
