// Expected values are exact small-integer arithmetic; inputs are the shapes the kernel produces.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { createArrays } from '../../../worker/numeric/arrays.ts';
import { instantiateCore } from '../../../worker/numeric/core.ts';
import { DataFrame } from '../../../worker/data/frame.ts';
import { Series } from '../../../worker/data/series.ts';

// reductions use numpy's pairwise sum from the WASM core, as the kernel binds it
beforeAll(async () => {
  Series.numpySum = createArrays(await instantiateCore(readFileSync('worker/numeric/build/core.wasm'))).sum;
});

const column = (frame: DataFrame, label: string | number): number[] => Array.from(frame.get(label).values as ArrayLike<number>);

describe('DataFrame construction', () => {
  test('from an object of columns', () => {
    const df = new DataFrame({ A: [1, 2], B: new Float64Array([3, 4]), C: new Series([5, 6]) });
    expect(df.shape).toEqual([2, 3]);
    expect(df.columns).toEqual(['A', 'B', 'C']);
    expect(column(df, 'B')).toEqual([3, 4]);
    expect(column(df, 'C')).toEqual([5, 6]);
  });

  test('from rows of Float64Arrays, as random.randn(rows, cols) gives them', () => {
    const rows = [new Float64Array([1, 2, 3]), new Float64Array([4, 5, 6])];
    const df = new DataFrame(rows, { columns: ['a', 'b', 'c'], index: ['x', 'y'] });
    expect(df.shape).toEqual([2, 3]);
    expect(df.length).toBe(2);
    expect(column(df, 'a')).toEqual([1, 4]);
    expect(column(df, 'c')).toEqual([3, 6]);
    expect(df.index).toEqual(['x', 'y']);
  });

  test('from a row-major { rows, cols, data } matrix, columns 0.. by default', () => {
    const df = new DataFrame({ rows: 2, cols: 2, data: new Float64Array([1, 2, 3, 4]) });
    expect(df.columns).toEqual(['0', '1']); // column names are strings (JS object keys); the repr still shows them as pandas' integer labels;
    expect(column(df, 0)).toEqual([1, 3]);
    expect(column(df, 1)).toEqual([2, 4]);
  });

  test('from records; a missing field is NaN', () => {
    const df = new DataFrame([{ a: 1, b: 2 }, { a: 3 }]);
    expect(df.columns).toEqual(['a', 'b']);
    expect(column(df, 'b')).toEqual([2, NaN]);
  });

  test('columns picks and orders an object’s columns', () => {
    const df = new DataFrame({ A: [1], B: [2] }, { columns: ['B', 'Z'] });
    expect(df.columns).toEqual(['B', 'Z']);
    expect(column(df, 'B')).toEqual([2]);
    expect(column(df, 'Z')).toEqual([NaN]);
  });

  test('a Series column brings its index along', () => {
    const df = new DataFrame({ A: new Series([1, 2], { index: ['p', 'q'] }) });
    expect(df.index).toEqual(['p', 'q']);
  });

  test('inconsistent shapes are refused', () => {
    expect(() => new DataFrame({ A: [1, 2], B: [1] })).toThrow(RangeError);
    expect(() => new DataFrame([[1, 2], [3]])).toThrow(RangeError);
    expect(() => new DataFrame([[1, 2]], { columns: ['only'] })).toThrow(RangeError);
    expect(() => new DataFrame({ A: [1, 2] }, { index: ['a'] })).toThrow(RangeError);
    expect(() => new DataFrame({ rows: 2, cols: 2, data: [1, 2, 3] })).toThrow(RangeError);
  });
});

describe('DataFrame operations', () => {
  const df = new DataFrame({ A: [1, 2, 3, 4, 5, 6], B: [-1, NaN, 1, 1, 1, 1] }, { index: ['a', 'b', 'c', 'd', 'e', 'f'] });

  test('cumsum per column, NaN skipped, labels kept', () => {
    const c = df.cumsum();
    expect(column(c, 'A')).toEqual([1, 3, 6, 10, 15, 21]);
    expect(column(c, 'B')).toEqual([-1, NaN, 0, 1, 2, 3]);
    expect(c.index).toEqual(df.index);
    expect(c.columns).toEqual(['A', 'B']);
  });

  test('head and tail', () => {
    expect(df.head().shape).toEqual([5, 2]);
    expect(df.head(2).index).toEqual(['a', 'b']);
    expect(column(df.tail(2), 'A')).toEqual([5, 6]);
    expect(df.tail(-4).index).toEqual(['e', 'f']);
    expect(new DataFrame({ A: [1, 2, 3] }).tail(1).index).toEqual([2]);
  });

  test('get/col give a named Series on the frame’s index', () => {
    const s = df.col('A');
    expect(s).toBeInstanceOf(Series);
    expect(s.name).toBe('A');
    expect(s.index).toEqual(df.index);
    expect(() => df.get('nope')).toThrow(/no column/);
  });

  test('reductions give a Series indexed by column', () => {
    const sums = df.sum();
    expect(sums.index).toEqual(['A', 'B']);
    expect(Array.from(sums.values)).toEqual([21, 3]);
    expect(Array.from(df.max().values)).toEqual([6, 1]);
    expect(Array.from(df.min().values)).toEqual([1, -1]);
    expect(Array.from(df.mean().values)).toEqual([3.5, 0.6]);
  });

  test('results keep the subclass, and get() uses its Series class', () => {
    class BoundSeries extends Series {}
    class Bound extends DataFrame {
      static override Series: typeof Series = BoundSeries;
    }
    const b = new Bound({ A: [1, 2] });
    expect(b.cumsum()).toBeInstanceOf(Bound);
    expect(b.head(1)).toBeInstanceOf(Bound);
    expect(b.get('A')).toBeInstanceOf(BoundSeries);
  });
});
