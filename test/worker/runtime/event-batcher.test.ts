import { afterEach, describe, expect, test, vi } from 'vitest';
import type { KernelEvent } from '../../../worker/protocol.ts';
import { EventBatcher, truncationNote } from '../../../worker/runtime/event-batcher.ts';
import { createHarness, streamText } from './session-harness.ts';

function setup(options: { maxEvents?: number; maxOutputChars?: number } = {}) {
  let now = 0;
  const batches: KernelEvent[][] = [];
  const batcher = new EventBatcher((batch) => batches.push(batch), { intervalMs: 16, now: () => now, ...options });
  return { batcher, batches, advance: (ms: number) => (now += ms) };
}

afterEach(() => vi.useRealTimers());

describe('EventBatcher', () => {
  test('a write after a quiet spell goes at once; a burst waits for the interval', () => {
    const { batcher, batches, advance } = setup();
    advance(100);
    batcher.stream('r', 'c', 'stdout', 'a');
    expect(batches).toHaveLength(1);
    batcher.stream('r', 'c', 'stdout', 'b');
    batcher.stream('r', 'c', 'stdout', 'c');
    expect(batches).toHaveLength(1);
    advance(16);
    batcher.stream('r', 'c', 'stdout', 'd');
    expect(batches).toHaveLength(2);
    expect(batches[1]).toEqual([{ type: 'output', runId: 'r', cellId: 'c', output: { output_type: 'stream', name: 'stdout', text: 'bcd' } }]);
  });

  test('a queued event waits for the next batch even after a quiet spell, and goes within the interval', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { batcher, batches, advance } = setup();
    advance(100);
    batcher.queue({ type: 'status', status: 'busy' });
    expect(batches).toHaveLength(0);
    batcher.stream('r', 'c', 'stdout', 'a');
    expect(batches.map((batch) => batch.map((e) => e.type))).toEqual([['status', 'output']]);
    batcher.queue({ type: 'status', status: 'idle' });
    expect(batches).toHaveLength(1);
    vi.advanceTimersByTime(15);
    expect(batches).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(batches.map((batch) => batch.length)).toEqual([2, 1]);
  });

  test('a burst is sent after maxEvents writes even when time stands still (busy loop)', () => {
    const { batcher, batches } = setup({ maxEvents: 10 });
    batcher.flush();
    for (let i = 0; i < 25; i++) batcher.stream('r', 'c', 'stdout', `${i}\n`);
    expect(batches.map((b) => b.length)).toEqual([1, 1]);
  });

  test('stdout and stderr interleaved stay separate outputs, in order', () => {
    const { batcher, batches } = setup();
    batcher.flush();
    batcher.stream('r', 'c', 'stdout', 'a');
    batcher.stream('r', 'c', 'stderr', 'b');
    batcher.stream('r', 'c', 'stdout', 'c');
    batcher.flush();
    expect(batches[0]?.map((e) => (e.type === 'output' && e.output.output_type === 'stream' ? `${e.output.name}:${String(e.output.text)}` : ''))).toEqual(['stdout:a', 'stderr:b', 'stdout:c']);
  });

  test("a run's stream is capped with one truncation note", () => {
    const { batcher, batches } = setup({ maxOutputChars: 10 });
    for (let i = 0; i < 5; i++) batcher.stream('r', 'c', 'stdout', 'abcd');
    batcher.flush();
    const text = batches.flat().map((e) => (e.type === 'output' ? String(e.output.text) : '')).join('');
    expect(text).toBe(`abcdabcdab${truncationNote(10)}`);
  });

  test('the cap starts again for the next run', () => {
    const { batcher, batches } = setup({ maxOutputChars: 4 });
    batcher.stream('r1', 'c', 'stdout', 'abcdef');
    batcher.stream('r2', 'c', 'stdout', 'xy');
    batcher.flush();
    const texts = batches.flat().map((e) => (e.type === 'output' ? String(e.output.text) : ''));
    expect(texts.join('|')).toBe(`abcd${truncationNote(4)}|xy`);
  });

  test('clear_output with wait is held until the next output of its run', () => {
    const { batcher, batches } = setup();
    const shown = { type: 'output', runId: 'r', cellId: 'c', output: { output_type: 'display_data', data: { 'text/plain': '2' }, metadata: {} } } as const;
    batcher.push({ type: 'clear_output', runId: 'r', cellId: 'c', wait: true });
    batcher.flush();
    expect(batches.flat()).toEqual([]);
    batcher.push(shown);
    batcher.flush();
    expect(batches.flat()).toEqual([{ type: 'clear_output', runId: 'r', cellId: 'c', wait: false }, shown]);
  });

  test('an oversized text/plain value is cut', () => {
    const { batcher, batches } = setup({ maxOutputChars: 5 });
    batcher.push({ type: 'output', runId: 'r', cellId: 'c', output: { output_type: 'display_data', data: { 'text/plain': '0123456789' }, metadata: {} } });
    expect(batches.flat()[0]).toMatchObject({ output: { data: { 'text/plain': `01234${truncationNote(5)}` } } });
  });
});

describe('a flooding cell', () => {
  test('a million console.log lines arrive as a few capped batches', async () => {
    // The batcher's clock stands still, so only the count of writes cuts batches, however slowly
    // a loaded machine runs the loop (the time it takes is a row of `npm run bench`).
    const h = createHarness({ batcher: { now: () => 0 } });
    try {
      const { status, outputs } = await h.run('for (let i = 0; i < 1_000_000; i++) console.log(i)');
      expect(status).toBe('ok');
      const stdout = streamText(outputs, 'stdout');
      expect(stdout.length).toBe(1_000_000 + truncationNote(1_000_000).length);
      expect(stdout.startsWith('0\n1\n2\n')).toBe(true);
      expect(stdout.endsWith(truncationNote(1_000_000))).toBe(true);
      // 1000 writes per batch at most: about a thousand messages, not a million.
      expect(h.batches.length).toBeLessThan(1100);
    } finally {
      h.close();
    }
  }, 30_000);
});
