import { describe, expect, it } from 'vitest';
import { parseByteRange } from '../../server/byte-range.ts';
import { acceptedEncodings } from '../../server/encodings.ts';

describe('parseByteRange (RFC 9110 §14.1.2 examples, size 10000)', () => {
  it.each([
    [undefined, { kind: 'whole' }],
    ['bytes=0-499', { kind: 'range', start: 0, end: 499 }],
    ['bytes=500-999', { kind: 'range', start: 500, end: 999 }],
    ['bytes=-500', { kind: 'range', start: 9500, end: 9999 }],
    ['bytes=9500-', { kind: 'range', start: 9500, end: 9999 }],
    ['bytes=9500-20000', { kind: 'range', start: 9500, end: 9999 }],
    ['bytes=-20000', { kind: 'range', start: 0, end: 9999 }],
    ['bytes=10000-', { kind: 'unsatisfiable' }],
    ['bytes=-0', { kind: 'unsatisfiable' }],
    ['bytes=0-0,-1', { kind: 'whole' }],
    ['bytes=5-4', { kind: 'whole' }],
    ['items=0-5', { kind: 'whole' }],
  ] as const)('%s', (header, expected) => {
    expect(parseByteRange(header, 10000)).toEqual(expected);
  });
});

describe('acceptedEncodings', () => {
  it.each([
    [undefined, []],
    ['gzip, deflate, br', ['br', 'gzip']],
    ['gzip', ['gzip']],
    ['br;q=0, gzip;q=0.5', ['gzip']],
    ['*', ['br', 'gzip']],
    ['*;q=0, br', ['br']],
    ['identity', []],
  ] as const)('%s', (header, names) => {
    expect(acceptedEncodings(header).map((e) => e.name)).toEqual(names);
  });
});
