// readCsv/readJson/readText and the writers: hand-made inputs whose expected frames are written out here.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { setFileAccess, type FileAccess } from '../../../worker/data/file-access.ts';
import { bindData, type DataGlobals } from '../../../worker/data/index.ts';
import { createArrays } from '../../../worker/numeric/arrays.ts';
import { instantiateCore } from '../../../worker/numeric/core.ts';

const DISPLAY = Symbol.for('Jupyter.display');
const files = new Map<string, Blob>();
const fake: FileAccess = {
  read: async (name) => {
    const blob = files.get(name);
    if (!blob) throw new Error(`No file named ${name} in the files area.`);
    return blob;
  },
  write: async (name, data) => {
    files.set(name, data);
  },
};
let g: DataGlobals;

beforeAll(async () => {
  g = bindData(() => undefined, createArrays(await instantiateCore(readFileSync('worker/numeric/build/core.wasm'))).sum);
  setFileAccess(fake);
});

const blob = (text: string): Blob => new Blob([text]);

describe('readCsv', () => {
  test('infers int64, float64, bool and object columns; NA texts are missing', async () => {
    const df = await g.readCsv(blob('i,f,b,s,m\n1,1.5,True,x,\n2,-2e3,False,y,NA\n3,inf,True,,7\n'));
    expect(df.dtypes).toEqual({ i: 'int64', f: 'float64', b: 'bool', s: 'object', m: 'float64' });
    expect(Array.from(df.get('f').values as Float64Array)).toEqual([1.5, -2000, Infinity]);
    expect(df.get('s').toArray()).toEqual(['x', 'y', null]);
    expect(Array.from(df.isna().sum().values as Float64Array)).toEqual([0, 0, 0, 1, 2]);
  });

  test('an int column with a gap becomes float64, as in pandas', async () => {
    const df = await g.readCsv(blob('a\n1\n\n2\n'));
    // the empty line is skipped, not a missing value (pandas skip_blank_lines)
    expect(df.dtypes).toEqual({ a: 'int64' });
    expect((await g.readCsv(blob('a,b\n1,x\n,y\n'))).dtypes).toEqual({ a: 'float64', b: 'object' });
  });

  test('RFC 4180 quoting: delimiters, newlines and doubled quotes inside quotes; CRLF line ends', async () => {
    const df = await g.readCsv(blob('name,note\r\n"Smith, J","said ""hi""\r\nthen left"\r\nplain,x\r\n'));
    expect(df.get('name').toArray()).toEqual(['Smith, J', 'plain']);
    expect(df.get('note').toArray()).toEqual(['said "hi"\r\nthen left', 'x']);
  });

  test('a row with too many fields names the file and line and builds no frame', async () => {
    files.set('sales.csv', blob('a,b\n1,2\n"x\ny",3\n4,5,6\n'));
    await expect(g.readCsv('sales.csv')).rejects.toThrow('sales.csv:5: 3 fields, expected 2');
  });

  test('files without quotes (the fast path) report too many and too few fields by line', async () => {
    await expect(g.readCsv(new File(['a,b,c\n1,2,3\n\n4,5,6,7\n'], 'wide.csv'))).rejects.toThrow('wide.csv:4: 4 fields, expected 3');
    await expect(g.readCsv(new File(['a,b,c\r\n1,2,3\r\n4,5\r\n'], 'short.csv'))).rejects.toThrow('short.csv:3: 2 fields, expected 3');
  });

  test('an unclosed quote is reported where its row starts', async () => {
    await expect(g.readCsv(new File(['a\n1\n"open\n2\n'], 'q.csv'))).rejects.toThrow('q.csv:3: a quoted field in column 1 is never closed');
  });

  test('a forced dtype that does not fit names the line and column', async () => {
    await expect(g.readCsv(blob('a,b\n1,2\n3,x\n'), { dtype: { b: 'int64' } })).rejects.toThrow('<blob>:3: column "b": "x" is not int64');
  });

  test('fields split across chunk boundaries parse the same as whole (4 MiB chunks)', { timeout: 60_000 }, async () => {
    const row = '12345,"a, b",x\n';
    const text = `n,q,s\n${row.repeat(Math.ceil((9 << 20) / row.length))}`;
    const df = await g.readCsv(blob(text));
    expect(df.length).toBe(Math.ceil((9 << 20) / row.length));
    expect(new Set(df.get('q').toArray())).toEqual(new Set(['a, b']));
    expect(df.get('n').sum()).toBe(12345 * df.length);
  });

  test('delimiter, header: null, usecols, nrows, naValues, parseDates', async () => {
    const tsv = await g.readCsv(blob('1\t2\n3\t4\n'), { delimiter: '\t', header: null });
    expect(tsv.columns).toEqual(['0', '1']);
    const some = await g.readCsv(blob('a,b,c\n1,-,Jan 1 2000\n2,5,2000-02-03\n3,6,2000/03/04\n'), { usecols: ['b', 'c'], nrows: 2, naValues: ['-'], parseDates: ['c'] });
    expect(some.columns).toEqual(['b', 'c']);
    expect(some.length).toBe(2);
    expect(some.dtypes).toEqual({ b: 'float64', c: 'datetime64[ns]' });
    expect(some.get('c').toArray()).toEqual([new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2000, 1, 3))]);
  });

  test('reports progress as bytes arrive', async () => {
    const seen: [number, number][] = [];
    await g.readCsv(blob('a\n1\n'), { onProgress: (read, total) => seen.push([read, total]) });
    expect(seen).toEqual([[4, 4]]);
  });

  test('a missing file names the file', async () => {
    await expect(g.readCsv('nope.csv')).rejects.toThrow('No file named nope.csv');
  });
});

describe('readJson and readText', () => {
  test('records, NDJSON and an object of columns', async () => {
    const records = await g.readJson(blob('[{"a": 1, "b": "x"}, {"a": 2, "b": null}]'));
    expect(records.dtypes).toEqual({ a: 'int64', b: 'object' });
    expect(records.get('b').toArray()).toEqual(['x', null]);
    const lines = await g.readJson(blob('{"a": 1.5}\n{"a": 2}\n'));
    expect(lines.get('a').toArray()).toEqual([1.5, 2]);
    const columns = await g.readJson(blob('{"a": [1, 2], "b": [true, false]}'));
    expect(columns.dtypes).toEqual({ a: 'int64', b: 'bool' });
  });

  test('bad NDJSON names the file and line', async () => {
    await expect(g.readJson(new File(['{"a": 1}\n{"a": \n'], 'x.ndjson'))).rejects.toThrow(/^x\.ndjson:2: /);
  });

  test('readText reads a files-area file whole', async () => {
    files.set('notes.txt', blob('hello'));
    expect(await g.readText('notes.txt')).toBe('hello');
  });
});

describe('writers', () => {
  test('toCsv writes into the files area by name; the text reads back to the same frame', async () => {
    const df = new g.DataFrame({ s: ['a,b', 'q"t'], x: [1.5, NaN], d: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2000, 0, 2))] });
    expect(df.toCsv()).toBe('s,x,d\n"a,b",1.5,2000-01-01\n"q""t",,2000-01-02\n');
    await df.toCsv('out.csv');
    const back = await g.readCsv('out.csv', { parseDates: ['d'] });
    expect(back.toRecords()).toEqual(df.toRecords());
  });

  test('toJson gives records (NDJSON with lines) and writes by name', async () => {
    const df = new g.DataFrame({ a: [1, 2], b: ['x', null] });
    expect(df.toJson()).toBe('[{"a":1,"b":"x"},{"a":2,"b":null}]');
    expect(df.toJson(undefined, { lines: true })).toBe('{"a":1,"b":"x"}\n{"a":2,"b":null}\n');
    await df.toJson('out.json');
    expect((await g.readJson('out.json')).toRecords()).toEqual(df.toRecords());
  });
});

describe('display of mixed columns', () => {
  test('ints without decimals, dates, strings and NaN as pandas prints them', async () => {
    const df = await g.readCsv(blob('when,n,x,s\n2000-01-01,1,0.5,a\n2000-01-02,-20,,bb\n'), { parseDates: ['when'] });
    const text = (df as unknown as Record<symbol, () => Record<string, string>>)[DISPLAY]!()['text/plain'];
    // pandas 1.5: pd.read_csv(io.StringIO(same text), parse_dates=['when'])
    expect(text).toBe('        when   n    x   s\n0 2000-01-01   1  0.5   a\n1 2000-01-02 -20  NaN  bb');
  });
});

describe('display of a string Series', () => {
  test('values right-aligned after a space, None as NaN, dtype object', () => {
    const s = new g.Series(['a', 'bb', null], { name: 's' });
    const text = (s as unknown as Record<symbol, () => Record<string, string>>)[DISPLAY]!()['text/plain'];
    // pandas 1.5: repr(pd.Series(['a', 'bb', np.nan], name='s'))
    expect(text).toBe('0      a\n1     bb\n2    NaN\nName: s, dtype: object');
  });
});

describe('Parquet and Arrow', () => {
  test('toParquet by name and readParquet give back the same columns and dtypes', async () => {
    const df = await g.readCsv(blob('i,x,s,b,d\n1,0.5,a,True,2000-01-01\n2,,,False,2001-02-02\n3,-2.0,c,True,2002-03-03\n'), { parseDates: ['d'] });
    await df.toParquet('t.parquet');
    const back = await g.readParquet('t.parquet');
    expect(back.dtypes).toEqual(df.dtypes);
    expect(back.toRecords()).toEqual(df.toRecords());
    const some = await g.readParquet('t.parquet', { columns: ['s'] });
    expect(some.columns).toEqual(['s']);
  });

  test('toArrow and fromArrow / readArrow round-trip', async () => {
    const df = await g.readCsv(blob('i,x,s,d\n1,0.5,a,2000-01-01\n2,,,2001-02-02\n'), { parseDates: ['d'] });
    const back = g.DataFrame.fromArrow(df.toArrow());
    expect(back.dtypes).toEqual(df.dtypes);
    expect(back.toRecords()).toEqual(df.toRecords());
    files.set("t.arrow", new Blob([df.toArrow() as Uint8Array<ArrayBuffer>]));
    expect((await g.readArrow('t.arrow')).toRecords()).toEqual(df.toRecords());
  });

  test('a file that is not Parquet names the file', async () => {
    files.set('bad.parquet', blob('not parquet at all'));
    await expect(g.readParquet('bad.parquet')).rejects.toThrow(/^bad\.parquet: /);
  });
});

describe('progress bar', () => {
  test('a large file shows one bar, updated in place once per percent, ending at 100%', { timeout: 60_000 }, async () => {
    const shown: { text: string; id: string; update: boolean }[] = [];
    const show = (bundle: Record<string, string>, id: string, update: boolean): void => {
      shown.push({ text: bundle['text/plain'] as string, id, update });
    };
    const withBar = bindData(() => undefined, g.Series.numpySum!, show);
    const row = '1,2.5,abc\n';
    const text = `a,b,c\n${row.repeat((9 << 20) / row.length)}`;
    files.set('big.csv', blob(text));
    await withBar.readCsv('big.csv');
    expect(shown[0]?.update).toBe(false);
    expect(shown.slice(1).every((s) => s.update && s.id === shown[0]?.id)).toBe(true);
    expect(shown.at(-1)?.text).toMatch(/^big\.csv 100%\|█{30}\| 9\.0\/9\.0 MB$/);
    await withBar.readCsv(blob('a\n1\n'));
    expect(shown.filter((s) => !s.update)).toHaveLength(1);
  });
});
