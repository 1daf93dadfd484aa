// The random facade: seeding rules, shapes, normal/uniform on the same stream, the cached
// deviate across calls of any size, and errors. Literal expectations are numpy's own output
// (legacy RandomState on Debian 12's glibc), quoted where the reference files have no entry.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { instantiateCore } from '../../../worker/numeric/core.ts';
import { createRandom, randomDocs, type Random } from '../../../worker/numeric/random.ts';
import short from '../../fixtures/reference/numpy-legacy-randn.json' with { type: 'json' };
import long from '../../fixtures/reference/numpy-legacy-randn-long.json' with { type: 'json' };

let random: Random;

beforeAll(async () => {
  random = createRandom(await instantiateCore(readFileSync('worker/numeric/build/core.wasm')));
});

describe('seed', () => {
  it('accepts an array as numpy does (init_by_array)', () => {
    // np.random.seed([1, 2, 3]); np.random.randn(3)
    random.seed([1, 2, 3]);
    expect(Array.from(random.randn(3))).toEqual([0.8985824482099501, 0.25528876596298244, 0.9517262521759671]);
  });

  it('accepts the largest 32-bit seed', () => {
    // np.random.seed(4294967295); np.random.randn(2)
    random.seed(4294967295);
    expect(Array.from(random.randn(2))).toEqual([0.6484086742306527, 0.6693235306338161]);
  });

  it('rejects what numpy rejects', () => {
    expect(() => random.seed(2 ** 32)).toThrow(RangeError);
    expect(() => random.seed(-1)).toThrow(RangeError);
    expect(() => random.seed(1.5)).toThrow(TypeError);
    expect(() => random.seed([])).toThrow(RangeError);
    expect(() => random.seed([1, 2 ** 32])).toThrow(RangeError);
  });

  it('without a seed draws from OS entropy: two fresh streams differ', () => {
    random.seed();
    const a = random.randn(4);
    random.seed();
    expect(Array.from(random.randn(4))).not.toEqual(Array.from(a));
  });

  it('forgets the cached deviate', () => {
    random.seed(0);
    random.randn(1);
    random.seed(0);
    expect(random.randn()).toBe(short.seed0_randn_first20[0]);
  });
});

describe('draws and shapes', () => {
  it('scalars without a size, Float64Array for n, rows for (rows, cols)', () => {
    random.seed(0);
    expect(typeof random.randn()).toBe('number');
    expect(random.randn(0)).toEqual(new Float64Array(0));
    const m = random.rand(3, 2);
    expect(m.map((row) => row.length)).toEqual([2, 2, 2]);
    expect(m[1]?.buffer).toBe(m[0]?.buffer);
  });

  it('normal, uniform and randn share one stream and one cached deviate, as numpy', () => {
    // np.random.seed(0); normal(10, 2, 3); uniform(-1, 3, 3); randn(1)
    random.seed(0);
    expect(Array.from(random.normal(10, 2, 3))).toEqual([13.528104691935328, 10.800314416734446, 11.957475968211478]);
    expect(Array.from(random.uniform(-1, 3, 3))).toEqual([0.6946191973556188, 1.5835764522666245, 0.75034884505077]);
    expect(random.randn(1)[0]).toBe(short.seed0_randn_first20[3]);
  });

  it('rand is numpy random_sample', () => {
    random.seed(0);
    expect([random.rand(), ...random.rand(3)]).toEqual(short.seed0_random_sample_first4);
  });

  it('any split of a stream into calls gives the same values (batch edges, odd sizes)', () => {
    const ref = long.streams.find((s) => s.seed === 0 && s.n === 1_000_000);
    const sizes = [1, 2, 3, 255, 256, 257, 511, 512, 513, 1000, 4097];
    const all = new Float64Array(1_000_000);
    random.seed(0);
    for (let at = 0, k = 0; at < all.length; k++) {
      const part = random.randn(Math.min(sizes[k % sizes.length] as number, all.length - at));
      all.set(part, at);
      at += part.length;
    }
    expect(createHash('sha256').update(new Uint8Array(all.buffer)).digest('hex')).toBe(ref?.sha256);
  });

  it('rejects bad sizes and parameters', () => {
    expect(() => random.randn(-1)).toThrow(RangeError);
    expect(() => random.randn(2.5)).toThrow(RangeError);
    expect(() => random.normal(0, -1, 3)).toThrow(RangeError);
  });
});

it('documents every function', () => {
  expect(Object.keys(randomDocs).sort()).toEqual(['random.normal', 'random.rand', 'random.randn', 'random.seed', 'random.uniform']);
});
