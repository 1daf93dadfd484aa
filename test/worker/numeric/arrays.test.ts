// Array functions against numpy's own output (quoted literals; numpy 2.4 prints the same for these).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createArrays, arraysDocs, type Arrays } from '../../../worker/numeric/arrays.ts';
import { instantiateCore } from '../../../worker/numeric/core.ts';

let a: Arrays;
const tenths = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1];

beforeAll(async () => {
  a = createArrays(await instantiateCore(readFileSync('worker/numeric/build/core.wasm')));
});

describe('arange', () => {
  it('integers, one-argument form and negative steps', () => {
    expect(Array.from(a.arange(1, 10, 1))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(Array.from(a.arange(5))).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(a.arange(10, 1, -3))).toEqual([10, 7, 4]);
    expect(a.arange(3, 1)).toHaveLength(0);
  });

  it('float steps fill as numpy does, length ceil((stop - start) / step)', () => {
    expect(Array.from(a.arange(0, 1, 0.1))).toEqual([0.0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001, 0.7000000000000001, 0.8, 0.9]);
    expect(Array.from(a.arange(0.5, 2.6, 0.7))).toEqual([0.5, 1.2, 1.9, 2.5999999999999996]);
  });

  it('rejects a zero step', () => {
    expect(() => a.arange(0, 1, 0)).toThrow(RangeError);
  });
});

describe('linspace', () => {
  it('includes both ends exactly', () => {
    expect(Array.from(a.linspace(0, 1, 5))).toEqual([0.0, 0.25, 0.5, 0.75, 1.0]);
    expect(Array.from(a.linspace(0, 1, 7))).toEqual([0.0, 0.16666666666666666, 0.3333333333333333, 0.5, 0.6666666666666666, 0.8333333333333333, 1.0]);
    expect(Array.from(a.linspace(-1, 0.3, 4))).toEqual([-1.0, -0.5666666666666667, -0.1333333333333333, 0.3]);
    expect(Array.from(a.linspace(1e-320, 2e-320, 3))).toEqual([1e-320, 1.5e-320, 2e-320]);
  });

  it('n = 1 gives the start, default n is 50', () => {
    expect(Array.from(a.linspace(2, 3, 1))).toEqual([2]);
    expect(a.linspace(0, 1)).toHaveLength(50);
  });
});

describe('reductions', () => {
  it('cumsum, sum, mean, std and variance as numpy', () => {
    expect(Array.from(a.cumsum(tenths))).toEqual([0.1, 0.30000000000000004, 0.6000000000000001, 1.0, 1.5, 2.1, 2.8, 3.5999999999999996, 4.5, 5.5, 6.6]);
    expect(a.sum(tenths)).toBe(6.6);
    expect(a.mean(tenths)).toBe(0.6);
    expect(a.std(tenths)).toBe(0.31622776601683794);
    expect(a.std(tenths, 1)).toBe(0.33166247903554);
    expect(a.variance(tenths)).toBe(0.1);
  });

  it('cumsum keeps a leading -0 as numpy does (np.cumsum([-0.0, -0.0]) is [-0., -0.])', () => {
    expect(Array.from(a.cumsum([-0, -0]), (v) => Object.is(v, -0))).toEqual([true, true]);
    expect(a.cumsum([])).toHaveLength(0);
  });

  it('min and max, NaN wins as in numpy', () => {
    expect(a.min([3, -2, 7])).toBe(-2);
    expect(a.max(new Float64Array([3, -2, 7]))).toBe(7);
    expect(a.max([1, NaN, 2])).toBeNaN();
    expect(() => a.min([])).toThrow(RangeError);
  });

  it('empty sum is 0 and empty mean is NaN', () => {
    expect(a.sum([])).toBe(0);
    expect(a.mean([])).toBeNaN();
  });
});

describe('element-wise', () => {
  it('arrays and numbers on either side', () => {
    expect(Array.from(a.add([1, 2], [10, 20]))).toEqual([11, 22]);
    expect(Array.from(a.sub(1, [0.25, 0.5]))).toEqual([0.75, 0.5]);
    expect(Array.from(a.mul([1.5, -2], 2))).toEqual([3, -4]);
    expect(Array.from(a.div([1, 3], 3))).toEqual([1 / 3, 1]);
    expect(() => a.add([1, 2], [1])).toThrow(RangeError);
  });
});

it('documents every function', () => {
  expect(Object.keys(arraysDocs).sort()).toEqual(Object.keys(a).sort());
});
