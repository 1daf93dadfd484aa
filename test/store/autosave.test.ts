import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Autosaver, type SaveState } from '../../src/store/autosave.ts';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

function setup(save: (rev: number) => Promise<{ revision: number }>) {
  const states: SaveState[] = [];
  let conflicts = 0;
  const saver = new Autosaver({ revision: 1, save, onState: (s) => states.push(s), onConflict: () => conflicts++ });
  return { saver, states, conflicts: () => conflicts };
}

test('many changes within a second become one save of the latest revision', async () => {
  const save = vi.fn(async (rev: number) => ({ revision: rev + 1 }));
  const { saver, states } = setup(save);
  saver.changed();
  await vi.advanceTimersByTimeAsync(500);
  saver.changed();
  await vi.advanceTimersByTimeAsync(999);
  expect(save).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(1);
  expect(save).toHaveBeenCalledTimes(1);
  expect(save).toHaveBeenCalledWith(1);
  expect(states.at(-1)).toBe('saved');
  expect(saver.revision).toBe(2);
});

test('a failed save is retried by itself; a conflict is reported and not retried', async () => {
  let fail: Error | null = Object.assign(new Error('full'), { name: 'StorageFullError' });
  const save = vi.fn(async (rev: number) => {
    if (fail) throw fail;
    return { revision: rev + 1 };
  });
  const { saver, states, conflicts } = setup(save);
  saver.changed();
  await vi.advanceTimersByTimeAsync(1000);
  expect(states.at(-1)).toBe('error');
  fail = null;
  await vi.advanceTimersByTimeAsync(5000);
  expect(states.at(-1)).toBe('saved');
  expect(save).toHaveBeenCalledTimes(2);

  fail = Object.assign(new Error('newer elsewhere'), { name: 'ConflictError' });
  saver.changed();
  await vi.advanceTimersByTimeAsync(1000);
  expect(conflicts()).toBe(1);
  await vi.advanceTimersByTimeAsync(20_000);
  expect(save).toHaveBeenCalledTimes(3);
});

test('a derived change schedules nothing and shows no state, but the next flush saves it', async () => {
  const save = vi.fn(async (rev: number) => ({ revision: rev + 1 }));
  const { saver, states } = setup(save);
  saver.derivedChanged();
  await vi.advanceTimersByTimeAsync(10_000);
  expect(save).not.toHaveBeenCalled();
  expect(states).toEqual([]);
  await saver.flush();
  expect(save).toHaveBeenCalledTimes(1);
  expect(states.at(-1)).toBe('saved');
  await saver.flush();
  expect(save).toHaveBeenCalledTimes(1);
});
