// The numpy stream, bit for bit: first values, MT19937 state and raw draws for a few seeds, and
// SHA-256 / samples / sums over 1e6 and 1e7 normals for three seeds (numpy 1.24.2, glibc FMA log).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { instantiateCore, type Core } from '../../../worker/numeric/core.ts';
import { createArrays, type Arrays } from '../../../worker/numeric/arrays.ts';
import { createRandom, type Random } from '../../../worker/numeric/random.ts';
import short from '../../fixtures/reference/numpy-legacy-randn.json' with { type: 'json' };
import long from '../../fixtures/reference/numpy-legacy-randn-long.json' with { type: 'json' };

let core: Core;
let random: Random;
let arrays: Arrays;

beforeAll(async () => {
  core = await instantiateCore(readFileSync('worker/numeric/build/core.wasm'));
  random = createRandom(core);
  arrays = createArrays(core);
});

function sha256(values: Float64Array): string {
  // Float64Array stores the platform's byte order; the reference hashes little-endian bytes.
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat64(i * 8, v, true));
  return createHash('sha256').update(bytes).digest('hex');
}

describe('MT19937 as numpy legacy seeding', () => {
  it('seed(0) gives numpy state words and raw 32-bit draws', () => {
    random.seed(0);
    const w = core as Core & { randomKey(i: number): number; randomUint32(): number };
    expect([0, 1, 2, 3].map((i) => w.randomKey(i) >>> 0)).toEqual(short.seed0_mt19937_key_first4);
    expect([0, 1, 2, 3].map(() => w.randomUint32() >>> 0)).toEqual(short.seed0_uint32_first4);
  });

  it('seed(0) gives numpy random_sample doubles', () => {
    random.seed(0);
    expect(Array.from(random.rand(4))).toEqual(short.seed0_random_sample_first4);
  });
});

describe('randn equals numpy legacy randn', () => {
  it.each([
    [0, short.seed0_randn_first20],
    [42, short.seed42_randn_first20],
  ])('seed %i: first 20 values', (seed, expected) => {
    random.seed(seed);
    expect(Array.from(random.randn(20))).toEqual(expected);
  });

  it('seed 0: cumsum of 1000 values', () => {
    random.seed(0);
    expect(Array.from(arrays.cumsum(random.randn(1000)))).toEqual(short.seed0_randn1000_cumsum);
  });

  it('the cached second deviate carries over between calls, as numpy', () => {
    random.seed(0);
    const parts = [random.randn(), ...random.randn(3), ...random.randn(16)];
    expect(parts).toEqual(short.seed0_randn_first20);
  });

  it('randn(rows, cols) fills rows in row-major order', () => {
    random.seed(42);
    const m = random.randn(5, 4);
    expect(m).toHaveLength(5);
    expect(m.flatMap((row) => Array.from(row))).toEqual(short.seed42_randn_first20);
  });
});

describe.each(long.streams.map((s) => [s.seed, s.n, s] as const))('seed %i, n = %i', (seed, n, ref) => {
  let values: Float64Array;
  beforeAll(() => {
    random.seed(seed);
    values = random.randn(n);
  });

  it('SHA-256 of the little-endian bytes matches', () => {
    expect(sha256(values)).toBe(ref.sha256);
  });

  it('samples match bit for bit', () => {
    expect(ref.sample_indices.map((i) => values[i])).toEqual(ref.samples.map(Number));
  });

  it('cumsum last value and numpy sum match', () => {
    expect(arrays.cumsum(values)[n - 1]).toBe(Number(ref.cumsum_last));
    expect(arrays.sum(values)).toBe(Number(ref.sum));
  });
});
