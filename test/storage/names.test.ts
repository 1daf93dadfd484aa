import { describe, expect, it } from 'vitest';
import { copyBase, nameKey, nameKeyPrefix, normalizeName, repairName, uniqueName } from '../../src/storage/names.ts';
import { InvalidNameError } from '../../src/storage/errors.ts';

describe('normalizeName', () => {
  it.each([
    ['Basic Quadratic', 'Basic Quadratic.ipynb'],
    ['notes.ipynb', 'notes.ipynb'],
    ['Notes.IPYNB', 'Notes.ipynb'],
    ['  spaced out  ', 'spaced out.ipynb'],
    ['data.v2', 'data.v2.ipynb'],
    // NFD input ("e" + combining acute) is stored composed, so it matches the same name typed as NFC.
    ['Caf\u0065\u0301', 'Caf\u00e9.ipynb'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it.each(['', ' ', '.ipynb', 'a/b', 'a\\b', 'nul\u0000', 'bell\u0007', 'del\u007f', 'c1\u0085', 'x'.repeat(250)])('rejects %j', (input) => {
    expect(() => normalizeName(input)).toThrow(InvalidNameError);
  });

  it('counts code points, not UTF-16 units, against the 255 limit', () => {
    const emoji = '😀'.repeat(249);
    expect(normalizeName(emoji)).toBe(`${emoji}.ipynb`);
    expect(() => normalizeName('😀'.repeat(250))).toThrow(/255/);
  });
});

describe('uniqueName', () => {
  const keys = (...names: string[]) => new Set(names.map(nameKey));

  it('numbers from nothing, then 1, 2, … as Jupyter does', () => {
    expect(uniqueName('Untitled.ipynb', keys())).toBe('Untitled.ipynb');
    expect(uniqueName('Untitled.ipynb', keys('Untitled.ipynb'))).toBe('Untitled1.ipynb');
    expect(uniqueName('Untitled.ipynb', keys('untitled.ipynb', 'UNTITLED1.ipynb'))).toBe('Untitled2.ipynb');
  });

  it('copies start at -Copy1', () => {
    expect(uniqueName('a.ipynb', keys('a.ipynb'), '-Copy')).toBe('a-Copy1.ipynb');
    expect(uniqueName('a.ipynb', keys('a.ipynb', 'a-Copy1.ipynb'), '-Copy')).toBe('a-Copy2.ipynb');
  });

  it('shortens a 255-character name to make room for the number', () => {
    const long = `${'n'.repeat(249)}.ipynb`;
    const next = uniqueName(long, keys(long));
    expect(next).toBe(`${'n'.repeat(248)}1.ipynb`);
    expect(Array.from(next)).toHaveLength(255);
  });
});

describe('keys', () => {
  it('ignore case and Unicode form', () => {
    expect(nameKey('ÄBC.ipynb')).toBe(nameKey('a\u0308bc.IPYNB'));
  });

  it('lowercase per character, so a prefix’s key is a prefix of the key (final sigma)', () => {
    expect(nameKey('ΟΔΟΣ.ipynb').startsWith(nameKey('ΟΔΟΣ'))).toBe(true);
    expect(nameKey('ΟΔΟΣ1.ipynb').startsWith(nameKeyPrefix('ΟΔΟΣ.ipynb'))).toBe(true);
  });

  it('the prefix covers every derived name of a very long one', () => {
    const long = `${'Ω'.repeat(249)}.ipynb`;
    const derived = uniqueName(long, new Set([nameKey(long)]), '-Copy');
    expect(nameKey(derived).startsWith(nameKeyPrefix(long))).toBe(true);
  });
});

describe('copyBase and repairName', () => {
  it('copies of copies do not stack suffixes', () => {
    expect(copyBase('Work-Copy3.ipynb')).toBe('Work.ipynb');
    expect(copyBase('Work-Copy.ipynb')).toBe('Work.ipynb');
    expect(copyBase('Work.ipynb')).toBe('Work.ipynb');
  });

  it('makes any old name valid', () => {
    expect(repairName('a/b\\c\u0001')).toBe('a-b-c-.ipynb');
    expect(repairName('   ')).toBe('Untitled.ipynb');
    expect(normalizeName(repairName('x'.repeat(400)))).toBe(`${'x'.repeat(249)}.ipynb`);
  });
});
