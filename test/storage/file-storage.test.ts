import { afterEach, describe, expect, it } from 'vitest';
import { FILE_CHUNK_BYTES, InvalidNameError, type StorageChange } from '../../src/storage/index.ts';
import { scratchStorage } from './helpers.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function fresh() {
  const scratch = await scratchStorage();
  cleanups.push(scratch.cleanup);
  return scratch;
}

/** A deterministic byte pattern of `n` bytes (no two chunks alike, so a reordered chunk would show). */
function pattern(n: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(new ArrayBuffer(n));
  for (let i = 0; i < n; i++) bytes[i] = (i * 7 + (i >> 20)) & 0xff;
  return bytes;
}

describe('files area', () => {
  it('stores a Blob larger than a chunk in parts and reads the same bytes back, reporting progress', async () => {
    const { storage, reopen } = await fresh();
    const size = 2 * FILE_CHUNK_BYTES + 12345;
    const bytes = pattern(size);
    const seen: number[] = [];
    const stored = await storage.files.write('big.parquet', new Blob([bytes]), { progress: (done) => seen.push(done) });
    expect(stored).toMatchObject({ name: 'big.parquet', size, type: 'application/vnd.apache.parquet' });
    expect(seen).toEqual([FILE_CHUNK_BYTES, 2 * FILE_CHUNK_BYTES, size]);

    const again = await reopen();
    const blob = await again.files.read(stored.id);
    expect(blob.size).toBe(size);
    expect(blob.type).toBe('application/vnd.apache.parquet');
    // Compared as buffers: a deep equality of 33 MB of elements would exhaust the test's heap.
    expect(Buffer.compare(Buffer.from(await blob.arrayBuffer()), Buffer.from(bytes.buffer))).toBe(0);
  });

  it('types files by extension first, then by the type given, and lists them newest first', async () => {
    const { storage } = await fresh();
    await storage.files.write('a.csv', new Blob(['x\n1\n']));
    await storage.files.write('b.ndjson', new Blob(['{}\n']));
    await storage.files.write('photo', new Blob(['..'], { type: 'image/png' }));
    await storage.files.write('blob.bin', new Blob(['..']));
    const list = await storage.files.list();
    expect(list.map((f) => [f.name, f.type, f.size])).toEqual(
      expect.arrayContaining([
        ['a.csv', 'text/csv', 4],
        ['b.ndjson', 'application/x-ndjson', 3],
        ['photo', 'image/png', 2],
        ['blob.bin', 'application/octet-stream', 2],
      ]),
    );
    const modified = list.map((f) => f.modified);
    expect([...modified].sort((x, y) => y - x)).toEqual(modified);
  });

  it('an upload of a taken name gets a numbered name (case-insensitive); a replacing write keeps one file', async () => {
    const { storage } = await fresh();
    const first = await storage.files.write('Sales.csv', new Blob(['1']));
    const second = await storage.files.write('sales.CSV', new Blob(['2']));
    expect(second.name).toBe('sales1.CSV');
    const third = await storage.files.write('SALES.csv', new Blob(['3']), { replace: true });
    expect(third.name).toBe('SALES.csv');
    expect(third.created).toBe(first.created);
    const list = await storage.files.list();
    expect(list.map((f) => f.name).sort()).toEqual(['SALES.csv', 'sales1.CSV']);
    expect(await (await storage.files.read(third.id)).text()).toBe('3');
    await expect(storage.files.read(first.id)).rejects.toThrow(/no longer exists/);
    expect((await storage.files.find('sales.csv'))?.id).toBe(third.id);
  });

  it('refuses bad names with the reason', async () => {
    const { storage } = await fresh();
    await expect(storage.files.write('a/b.csv', new Blob(['']))).rejects.toThrow('A file name cannot contain "/" or "\\"');
    await expect(storage.files.write('  ', new Blob(['']))).rejects.toBeInstanceOf(InvalidNameError);
    expect(await storage.files.list()).toEqual([]);
  });

  it('renames, refusing a name another file has', async () => {
    const { storage } = await fresh();
    const a = await storage.files.write('a.csv', new Blob(['a']));
    await storage.files.write('b.csv', new Blob(['b']));
    await expect(storage.files.rename(a.id, 'B.csv')).rejects.toThrow('A file named "b.csv" already exists');
    const renamed = await storage.files.rename(a.id, 'data.json');
    expect(renamed).toMatchObject({ name: 'data.json', type: 'application/json' });
    expect(await (await storage.files.read(a.id)).text()).toBe('a');
  });

  it('delete frees the name and can be undone; the next delete empties the trash', async () => {
    const { storage } = await fresh();
    const a = await storage.files.write('a.csv', new Blob(['first']));
    await storage.files.remove(a.id);
    expect(await storage.files.list()).toEqual([]);
    await expect(storage.files.read(a.id)).rejects.toThrow(/no longer exists/);
    const newer = await storage.files.write('a.csv', new Blob(['second']));
    expect(newer.name).toBe('a.csv');

    const back = await storage.files.restore(a.id);
    expect(back.name).toBe('a1.csv');
    expect(await (await storage.files.read(a.id)).text()).toBe('first');

    await storage.files.remove(a.id);
    await storage.files.remove(newer.id);
    await expect(storage.files.restore(a.id)).rejects.toThrow(/trash was emptied/);
    expect((await storage.files.restore(newer.id)).name).toBe('a.csv');
  });

  it('tells every listener about file changes, and counts files in the fallback usage', async () => {
    const { storage } = await fresh();
    const heard: StorageChange[] = [];
    storage.onChange((change) => heard.push(change));
    const file = await storage.files.write('a.txt', new Blob(['hello']));
    expect(heard).toEqual([{ type: 'file', id: file.id, origin: storage.instanceId }]);
    const usage = await storage.usage();
    if (!usage.fromBrowser) expect(usage.usage).toBe(5);
  });
});
