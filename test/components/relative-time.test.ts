import { expect, test } from 'vitest';
import { ageOf, timeAgo } from '../../src/components/relative-time.ts';

const MIN = 60_000;

test('the age is the largest whole unit; under a minute is just now', () => {
  expect(ageOf(59_999)).toBeNull();
  expect(ageOf(-5)).toBeNull();
  expect(ageOf(MIN)).toEqual({ value: 1, unit: 'minute' });
  expect(ageOf(2 * MIN + 59_000)).toEqual({ value: 2, unit: 'minute' });
  expect(ageOf(90 * MIN)).toEqual({ value: 1, unit: 'hour' });
  expect(ageOf(3 * 24 * 60 * MIN)).toEqual({ value: 3, unit: 'day' });
});

test('Jupyter-style phrases', () => {
  const now = 1_000_000_000_000;
  expect(timeAgo(now - 10_000, now)).toBe('just now');
  expect(timeAgo(now - 2 * MIN, now)).toBe('2 minutes ago');
  expect(timeAgo(now - 60 * MIN, now)).toBe('1 hour ago');
  expect(timeAgo(now - 24 * 60 * MIN, now)).toBe('yesterday');
});
