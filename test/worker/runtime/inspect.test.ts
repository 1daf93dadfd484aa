import { describe, expect, test } from 'vitest';
import { inspect as nodeInspect } from 'node:util';
import { inspect } from '../../../worker/runtime/inspect.ts';

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}

const circular: Record<string, unknown> = { name: 'loop' };
circular.self = circular;

// Node's util.inspect is the reference: each value must print exactly as Node prints it.
const SAME_AS_NODE: [string, unknown][] = [
  ['integer', 42],
  ['float', 0.1 + 0.2],
  ['negative zero', -0],
  ['NaN', NaN],
  ['bigint', 10n],
  ['string', 'hello'],
  ['string with single quote', "it's"],
  ['string with both quotes', `it's "x"`],
  ['escapes', 'a\nb\tc\\'],
  ['undefined', undefined],
  ['null', null],
  ['boolean', true],
  ['symbol', Symbol('s')],
  ['empty array', []],
  ['short array', [1, 'two', [3]]],
  ['sparse array', [1, , 3]],
  ['nested depth', { a: { b: { c: { d: 1 } } } }],
  ['object', { a: 1, 'b-c': 'x', [Symbol('k')]: 2 }],
  ['empty object', {}],
  ['class instance', new Point(1, 2)],
  ['null prototype', Object.assign(Object.create(null), { a: 1 })],
  ['Map', new Map<unknown, unknown>([['a', 1], [2, { b: 3 }]])],
  ['Set', new Set([1, 'x'])],
  ['empty Map', new Map()],
  ['Date', new Date(Date.UTC(2000, 0, 1))],
  ['invalid Date', new Date(NaN)],
  ['RegExp', /ab+c/gi],
  ['named function', function named() {}],
  ['arrow', (() => () => 1)()],
  ['class', Point],
  ['async function', async function af() {}],
  ['typed array', new Float64Array([1.5, -2, 0])],
  ['empty typed array', new Int8Array(0)],
  ['circular', circular],
  ['getter', Object.defineProperty({}, 'g', { get: () => 1, enumerable: true })],
  ['boxed number', Object(3)],
  ['array with extra key', Object.assign([1, 2], { tag: 'x' })],
  ['long object breaks lines', { alpha: 'aaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccccc', delta: 1 }],
];

describe('inspect matches node:util inspect', () => {
  test.each(SAME_AS_NODE)('%s', (_, value) => {
    expect(inspect(value)).toBe(nodeInspect(value));
  });
});

describe('long values are elided', () => {
  test('arrays over 100 items say how many more', () => {
    const text = inspect(Array.from({ length: 250 }, (_, i) => i));
    expect(text.startsWith('[\n  0, 1, 2,')).toBe(true);
    expect(text.endsWith('... 150 more items\n]')).toBe(true);
    expect(text).not.toContain(' 100,');
  });

  test('typed arrays too', () => {
    const text = inspect(new Float64Array(1000));
    expect(text.startsWith('Float64Array(1000) [')).toBe(true);
    expect(text).toContain('... 900 more items');
  });

  test('long strings are cut with a count', () => {
    expect(inspect('x'.repeat(10_005))).toBe(`'${'x'.repeat(10_000)}'... 5 more characters`);
  });

  test('Maps and Sets over the limit', () => {
    expect(inspect(new Set(Array.from({ length: 102 }, (_, i) => i)))).toContain('... 2 more items');
  });
});
