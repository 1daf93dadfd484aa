// Expected values are exact small-integer arithmetic and pandas' documented semantics.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { createArrays } from '../../../worker/numeric/arrays.ts';
import { instantiateCore } from '../../../worker/numeric/core.ts';
import { Series } from '../../../worker/data/series.ts';

// reductions use numpy's pairwise sum from the WASM core, as the kernel binds it
beforeAll(async () => {
  Series.numpySum = createArrays(await instantiateCore(readFileSync('worker/numeric/build/core.wasm'))).sum;
});

describe('Series', () => {
  test('keeps a Float64Array as is and copies other inputs into one', () => {
    const values = new Float64Array([1, 2, 3]);
    expect(new Series(values).values).toBe(values);
    const fromArray = new Series([1, 2, 3]);
    expect(fromArray.values).toBeInstanceOf(Float64Array);
    expect(Array.from(fromArray.values)).toEqual([1, 2, 3]);
    expect(Array.from(new Series(new Set([4, 5])).values)).toEqual([4, 5]);
  });

  test('default index 0..n-1, length, name', () => {
    const s = new Series([5, 6, 7], { name: 'x' });
    expect(s.index).toEqual([0, 1, 2]);
    expect(s.length).toBe(3);
    expect(s.name).toBe('x');
  });

  test('an index of the wrong length is refused', () => {
    expect(() => new Series([1, 2], { index: ['a'] })).toThrow(RangeError);
  });

  test('cumsum runs from the left, skips NaN and keeps index and name', () => {
    const s = new Series([1, 2, NaN, 4, -3], { index: ['a', 'b', 'c', 'd', 'e'], name: 'w' }).cumsum();
    expect(Array.from(s.values)).toEqual([1, 3, NaN, 7, 4]);
    expect(s.index).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(s.name).toBe('w');
  });

  test('head and tail, with pandas negative counts', () => {
    const s = new Series([0, 1, 2, 3, 4, 5, 6]);
    expect(Array.from(s.head().values)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(s.head(2).values)).toEqual([0, 1]);
    expect(Array.from(s.head(-5).values)).toEqual([0, 1]);
    expect(Array.from(s.tail(2).values)).toEqual([5, 6]);
    expect(s.tail(2).index).toEqual([5, 6]);
    expect(Array.from(s.tail(-5).values)).toEqual([5, 6]);
    expect(s.head(100).length).toBe(7);
    expect(s.head(0).length).toBe(0);
  });

  test('reductions skip NaN; std uses ddof = 1 like pandas', () => {
    const s = new Series([2, 4, NaN, 4, 4, 5, 5, 7, 9]);
    expect(s.sum()).toBe(40);
    expect(s.mean()).toBe(5);
    // Squared deviations from 5 sum to 32 over 8 values.
    expect(s.std()).toBe(Math.sqrt(32 / 7));
    expect(s.std(0)).toBe(2);
    expect(s.min()).toBe(2);
    expect(s.max()).toBe(9);
    expect(new Series([NaN]).mean()).toBeNaN();
  });

  test('methods return the subclass they were called on', () => {
    class Bound extends Series {}
    const s = new Bound([1, 2, 3]);
    expect(s.cumsum()).toBeInstanceOf(Bound);
    expect(s.head(1)).toBeInstanceOf(Bound);
  });

  test('plot needs a display: the base class says so', () => {
    expect(() => new Series([1]).plot()).toThrow(/display/);
  });
});
