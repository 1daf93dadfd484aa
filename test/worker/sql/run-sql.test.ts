import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { SqlEngine } from '../../../worker/sql/duckdb-engine.ts';
import { neededColumns, selectsAll } from '../../../worker/sql/parquet-columns.ts';
import { runSql, SqlError } from '../../../worker/sql/run-sql.ts';
import { buildStatement } from '../../../worker/sql/sql-text.ts';

/** An engine that records what it was asked to register and run. */
function recordingEngine(fail?: string) {
  const log: string[] = [];
  const arrow = new Map<string, Uint8Array>();
  const engine: SqlEngine = {
    async registerBlob(name, blob) { log.push(`blob ${name} ${blob.size}`); },
    async registerUrl(url) { log.push(`url ${url}`); },
    async registerArrow(name, ipc) { arrow.set(name, ipc); log.push(`arrow ${name}`); },
    async query(text, params) {
      if (fail) throw new Error(fail);
      log.push(`query ${text} ${JSON.stringify(params)}`);
      return new Uint8Array([1]);
    },
  };
  return { engine, log, arrow };
}

const files = new Map<string, Blob>([['stocks.csv', new Blob(['symbol,price\nA,1\n'])]]);
const readFile = async (name: string): Promise<Blob> => {
  const blob = files.get(name);
  if (!blob) throw new Error(`No file named "${name}"`);
  return blob;
};

describe('runSql', () => {
  it('registers files-area files it names and leaves other strings alone', async () => {
    const { engine, log } = recordingEngine();
    const s = buildStatement(["select * from 'stocks.csv' where symbol = 'AAPL' or symbol = 'x.y'"], [], () => false);
    await runSql(s, { engine: async () => engine, readFile, tableToIpc: () => new Uint8Array() });
    expect(log).toEqual([`blob stocks.csv ${files.get('stocks.csv')!.size}`, `query ${s.text} []`]);
  });

  it('registers URLs for range reads and interpolated tables as Arrow', async () => {
    const { engine, log } = recordingEngine();
    const frame = { frame: true };
    const s = buildStatement(['select * from ', " join 'https://example.org/a.csv' using (k) where v > ", ''], [frame, 2], (v) => v === frame);
    await runSql(s, { engine: async () => engine, readFile, tableToIpc: () => new Uint8Array([9]) });
    expect(log).toEqual([
      'arrow __quire_frame_0',
      'url https://example.org/a.csv',
      `query select * from "__quire_frame_0" join 'https://example.org/a.csv' using (k) where v > ? [2]`,
    ]);
  });

  it('reads Parquet itself, only the columns the statement names, and queries it as a table', async () => {
    const parquet = parquetWriteBuffer({
      columnData: [
        { name: 'symbol', data: ['A', 'B', 'A'], type: 'STRING' },
        { name: 'price', data: new Float64Array([1, 2, 3]), type: 'DOUBLE' },
        { name: 'note', data: ['x', 'y', 'z'], type: 'STRING' },
      ],
    });
    files.set('p.parquet', new Blob([parquet]));
    const { engine, log, arrow } = recordingEngine();
    const s = buildStatement(["select symbol, avg(price) from 'p.parquet' group by 1"], [], () => false);
    await runSql(s, { engine: async () => engine, readFile, tableToIpc: () => new Uint8Array() });
    expect(log).toEqual(['arrow __quire_parquet_0', 'query select symbol, avg(price) from "__quire_parquet_0" group by 1 []']);
    const table = tableFromIPC(arrow.get('__quire_parquet_0')!);
    expect(table.schema.fields.map((f) => f.name)).toEqual(['symbol', 'price']);
    expect(table.getChild('price')!.toArray()).toEqual(new Float64Array([1, 2, 3]));
    expect(table.getChild('symbol')!.toArray()).toEqual(['A', 'B', 'A']);
  });

  it("reports DuckDB's refusal as an SqlError with its message", async () => {
    const { engine } = recordingEngine('Catalog Error: Table with name nope does not exist!');
    const s = buildStatement(['select * from nope'], [], () => false);
    const run = runSql(s, { engine: async () => engine, readFile, tableToIpc: () => new Uint8Array() });
    await expect(run).rejects.toBeInstanceOf(SqlError);
    await expect(run).rejects.toThrow('Table with name nope does not exist');
  });
});

describe('parquet columns', () => {
  it('reads every column for *, but not for count(*)', () => {
    expect(selectsAll('select * from t')).toBe(true);
    expect(selectsAll('select count(*) from t')).toBe(false);
    expect(neededColumns(['a', 'b'], 'select count(*) from t')).toEqual(['a']);
  });

  it('matches names case-insensitively, quoted or bare, and ignores string literals', () => {
    expect(neededColumns(['Price', 'Sym Bol', 'x'], `select price, "Sym Bol" from t where y = 'x'`)).toEqual(['Price', 'Sym Bol']);
  });
});

describe('runSql with interpolated Blobs', () => {
  it('registers the Blob under its generated name', async () => {
    const { engine, log } = recordingEngine();
    const blob = new Blob(['a,b\n1,2\n'], { type: 'text/csv' });
    const s = buildStatement(['select * from ', ''], [blob], () => false);
    await runSql(s, { engine: async () => engine, readFile, tableToIpc: () => new Uint8Array() });
    expect(log).toEqual([`blob __quire_blob_0.csv ${blob.size}`, "query select * from '__quire_blob_0.csv' []"]);
  });
});
