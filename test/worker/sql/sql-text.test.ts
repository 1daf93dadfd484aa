import { describe, expect, it } from 'vitest';
import { buildStatement, isParquet, nameKind, quotedNames, replaceSpans } from '../../../worker/sql/sql-text.ts';

const tag = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strings: [...strings], values });

describe('buildStatement', () => {
  it('binds interpolated values as parameters, never as text', () => {
    const evil = "x'; drop table t; --";
    const { strings, values } = tag`select * from 'a.csv' where name = ${evil} and n > ${3}`;
    const s = buildStatement(strings, values, () => false);
    expect(s.text).toBe("select * from 'a.csv' where name = ? and n > ?");
    expect(s.params).toEqual([evil, 3]);
    expect(s.tables.size).toBe(0);
  });

  it('turns tables into quoted generated names, in order', () => {
    const a = { table: 1 };
    const b = { table: 2 };
    const { strings, values } = tag`select * from ${a} join ${b} using (k) where v = ${'x'}`;
    const s = buildStatement(strings, values, (v) => v === a || v === b);
    expect(s.text).toBe('select * from "__quire_frame_0" join "__quire_frame_1" using (k) where v = ?');
    expect([...s.tables.entries()]).toEqual([['__quire_frame_0', a], ['__quire_frame_1', b]]);
    expect(s.params).toEqual(['x']);
  });
});

describe('quotedNames', () => {
  it('finds single-quoted literals with their spans and unescapes doubled quotes', () => {
    const text = "select 'it''s', x from 'data.csv'";
    const found = quotedNames(text);
    expect(found.map((f) => f.value)).toEqual(["it's", 'data.csv']);
    expect(text.slice(found[1]!.start, found[1]!.end)).toBe("'data.csv'");
  });

  it('skips comments and double-quoted identifiers', () => {
    const text = "-- from 'no.csv'\nselect \"it's\" /* 'nor.csv' */ from 'yes.csv'";
    expect(quotedNames(text).map((f) => f.value)).toEqual(['yes.csv']);
  });

  it('stops at an unterminated literal', () => {
    expect(quotedNames("select 'a.csv', 'open")).toHaveLength(1);
  });
});

describe('names', () => {
  it('tells URLs, file names and other strings apart', () => {
    expect(nameKind('https://example.org/x.parquet')).toBe('url');
    expect(nameKind('stocks.csv')).toBe('file');
    expect(nameKind('AAPL')).toBe('other');
    expect(nameKind('data/*.csv')).toBe('other');
  });

  it('recognises Parquet by extension, ignoring a query string', () => {
    expect(isParquet('a.parquet')).toBe(true);
    expect(isParquet('https://h/a.PARQUET?x=1')).toBe(true);
    expect(isParquet('a.csv')).toBe(false);
  });

  it('replaces spans in order', () => {
    expect(replaceSpans('a XX b YY c', [{ start: 2, end: 4, replacement: '1' }, { start: 7, end: 9, replacement: '2' }])).toBe('a 1 b 2 c');
  });
});

describe('interpolated Blobs and Files', () => {
  it('become quoted file names with an extension DuckDB recognises', () => {
    const csv = new Blob(['a\n1\n'], { type: 'text/csv' });
    const parquet = new File([new Uint8Array(4)], 'data.parquet');
    const untyped = new Blob(['x']);
    const s = buildStatement(['select * from ', ' join ', ' join ', ''], [csv, parquet, untyped], () => false);
    expect(s.text).toBe("select * from '__quire_blob_0.csv' join '__quire_blob_1.parquet' join '__quire_blob_2.csv'");
    expect([...s.files.values()]).toEqual([csv, parquet, untyped]);
    expect(s.params).toEqual([]);
  });
});
