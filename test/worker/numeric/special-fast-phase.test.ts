// The fast Hankel phase of J0 and J_ν (integer, half-integer and other multiples of 1/64) on
// random arguments over its whole range, against mpmath (test/fixtures/reference/
// bessel-fast-phase.json): the scalar and the two-lane array paths must agree bit for bit, stay
// within 2 ulps everywhere (near zeros, tagged as in bessel.json, within 2^-51 of the envelope
// mod), and J0 from x = 25 on (Hankel's series with a rounding test) must be correctly rounded.
// Below 25 J0 uses fdlibm's fits, whose own error (about 2^-58 of the envelope) rounds a few
// values the other way, by 2 ulps at x = 2.399 close to the first zero (as before the fast phase).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { caseError, type BesselCase } from '../../../bench/bessel.ts';
import { instantiateCore } from '../../../worker/numeric/core.ts';
import { createSpecial, type Special } from '../../../worker/numeric/special.ts';
import reference from '../../fixtures/reference/bessel-fast-phase.json' with { type: 'json' };

/** A case of this file: x and v are plain numbers here. */
type Case = BesselCase & { x: number; v?: number };

const cases = (reference as { cases: Case[] }).cases;
let special: Special;

beforeAll(async () => {
  special = createSpecial(await instantiateCore(readFileSync('worker/numeric/build/core.wasm')));
});

/** The cases of one function and order, with the scalar and the array results. */
function evaluate(fn: 'j0' | 'jv', v?: number): { c: Case; scalar: number; array: number }[] {
  const mine = cases.filter((c) => c.fn === fn && c.v === v);
  const xs = Float64Array.from(mine, (c) => c.x);
  const array = fn === 'j0' ? special.j0(xs) : special.jv(v ?? 0, xs);
  return mine.map((c, i) => ({
    c,
    scalar: fn === 'j0' ? special.j0(c.x) : special.jv(v ?? 0, c.x),
    array: array[i] as number,
  }));
}

describe('fast Hankel phase against mpmath', () => {
  test.each([
    ['j0', undefined],
    ['jv', 2.5],
    ['jv', 3],
    ['jv', 0.5],
    ['jv', 7.25],
  ] as const)('%s %s: array equals scalar, within 2 ulps', (fn, v) => {
    const results = evaluate(fn, v);
    expect(results.length).toBeGreaterThan(100);
    expect(results.filter((r) => !Object.is(r.array, r.scalar)).map((r) => r.c.x)).toEqual([]);
    expect(results.filter((r) => !(caseError(r.c, r.scalar) <= 2)).map((r) => r.c.x)).toEqual([]);
  });

  test('j0 is correctly rounded from x = 25 to 2^20', () => {
    const large = evaluate('j0').filter((r) => r.c.x >= 25);
    expect(large.length).toBeGreaterThan(300);
    expect(large.filter((r) => r.scalar !== r.c.f64).map((r) => r.c.x)).toEqual([]);
  });

  test('jv(0, ·) on an array is the j0 array path', () => {
    const xs = Float64Array.from(cases.filter((c) => c.fn === 'j0'), (c) => c.x);
    expect([...special.jv(0, xs)]).toEqual([...special.j0(xs)]);
  });
});
