import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { whenIdle } from '../../src/editor/idle-queue.ts';

describe('idle work (timer fallback where requestIdleCallback is missing)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('runs tasks later, in the order queued, and not a cancelled one', () => {
    const ran: string[] = [];
    whenIdle(() => ran.push('a'));
    const cancel = whenIdle(() => ran.push('b'));
    whenIdle(() => ran.push('c'));
    cancel();
    expect(ran).toEqual([]);
    vi.runAllTimers();
    expect(ran).toEqual(['a', 'c']);
  });

  test('a task queued by a task runs in a later idle period', () => {
    const ran: string[] = [];
    whenIdle(() => {
      ran.push('outer');
      whenIdle(() => ran.push('inner'));
    });
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['outer']);
    vi.runAllTimers();
    expect(ran).toEqual(['outer', 'inner']);
  });
});
