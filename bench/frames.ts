/**
 * Frames against Debian's pandas on the same data in the same run: readCsv of a generated
 * 1,000,000-row CSV (int, float, a 20-value string category, ISO date; fixed seed), and
 * groupby(category).agg(mean, sum) on 10,000,000 rows made by the same formula in both. Quire runs
 * here in Node (the kernel's code, not through the browser); pandas runs in /usr/bin/python3 when it
 * has pandas (apt-get install python3-pandas), else its rows are left out. Also the heap the 1e6-row
 * frame takes against its raw column bytes. Run alone with `npx tsx bench/frames.ts`.
 */
import { execFileSync } from 'node:child_process';
import { openAsBlob, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bindData } from '../worker/data/index.ts';
import { createArrays } from '../worker/numeric/arrays.ts';
import { instantiateCore } from '../worker/numeric/core.ts';
import type { BenchRow } from './bench-row.ts';

const ROWS = 1_000_000;
const GROUP_ROWS = 10_000_000;
const PYTHON = '/usr/bin/python3';

/** The bench CSV: xorshift32 from seed 12345 for the values, so every run writes the same bytes. */
function makeCsv(path: string): number {
  let state = 12345;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const parts: string[] = ['id,value,category,day\n'];
  const day0 = Date.UTC(2000, 0, 1);
  for (let i = 0; i < ROWS; i++) {
    const value = (next() * 2000 - 1000).toFixed(6);
    const category = `cat${Math.floor(next() * 20)}`;
    const day = new Date(day0 + Math.floor(next() * 9000) * 86_400_000).toISOString().slice(0, 10);
    parts.push(`${i},${value},${category},${day}\n`);
  }
  const text = parts.join('');
  writeFileSync(path, text);
  return text.length;
}

function bestMs<T>(runs: number, f: () => Promise<T> | T): Promise<number> {
  return (async () => {
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await f();
      best = Math.min(best, performance.now() - start);
    }
    return best;
  })();
}

const PANDAS = `
import sys, time
import numpy as np, pandas as pd
path, n = sys.argv[1], int(sys.argv[2])
best = 1e9
for _ in range(3):
    t = time.perf_counter(); df = pd.read_csv(path, parse_dates=['day']); best = min(best, time.perf_counter() - t)
print(best * 1000)
i = np.arange(n)
cats = np.array(['cat%d' % k for k in range(20)], dtype=object)
frame = pd.DataFrame({'category': cats[(i * 7919) % 20], 'value': ((i * 48271) % 1000003) / 1000})
best = 1e9
for _ in range(3):
    t = time.perf_counter(); frame.groupby('category')['value'].agg(['mean', 'sum']); best = min(best, time.perf_counter() - t)
print(best * 1000)
`;

/** readCsv and groupby times for Quire and pandas, their ratios, and the frame's memory. */
export async function benchFrames(): Promise<BenchRow[]> {
  const core = await instantiateCore(readFileSync('worker/numeric/build/core.wasm'));
  const g = bindData(() => undefined, createArrays(core).sum);
  const path = join(tmpdir(), 'quire-bench-frames.csv');
  const bytes = makeCsv(path);
  const blob = await openAsBlob(path);

  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const df = await g.readCsv(blob, { parseDates: ['day'] });
  gc?.();
  const after = process.memoryUsage();
  const used = after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers);
  const categories = df.get('category').values as string[];
  // raw bytes as Arrow would hold them: 8 per number or date, UTF-8 text plus a 4-byte offset per string
  const raw = 3 * 8 * ROWS + categories.reduce((n, s) => n + s.length + 4, 0);
  const readMs = await bestMs(3, () => g.readCsv(blob, { parseDates: ['day'] }));

  const i = Float64Array.from({ length: GROUP_ROWS }, (_, k) => k);
  const big = new g.DataFrame({
    category: Array.from(i, (k) => `cat${(k * 7919) % 20}`),
    value: i.map((k) => ((k * 48271) % 1000003) / 1000),
  });
  const groupMs = await bestMs(3, () => big.groupby('category').agg(['mean', 'sum']));

  const rows: BenchRow[] = [
    { figure: `frames: readCsv ${ROWS / 1e6}e6 rows, ${(bytes / 1e6).toFixed(0)} MB (Node)`, value: readMs, unit: 'ms' },
    { figure: `frames: groupby(category).agg(mean, sum), ${GROUP_ROWS / 1e6}e6 rows (Node)`, value: groupMs, unit: 'ms' },
    { figure: 'frames: heap of the 1e6-row frame / raw column bytes' + (gc ? '' : ' (no --expose-gc: upper bound)'), value: used / raw, unit: '×', target: '≤ 2' },
  ];
  let pandas: number[] | undefined;
  try {
    pandas = execFileSync(PYTHON, ['-c', PANDAS, path, String(GROUP_ROWS)], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').map(Number);
  } catch {
    pandas = undefined;
  }
  if (pandas && pandas.length === 2) {
    const [pdRead, pdGroup] = pandas as [number, number];
    rows.push(
      { figure: 'frames: pandas read_csv, same file', value: pdRead, unit: 'ms' },
      { figure: 'frames: readCsv / pandas read_csv', value: readMs / pdRead, unit: '×', target: '≤ 1' },
      { figure: 'frames: pandas groupby agg(mean, sum), same data', value: pdGroup, unit: 'ms' },
      { figure: 'frames: groupby / pandas groupby', value: groupMs / pdGroup, unit: '×', target: '≤ 1' },
    );
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await benchFrames()) console.log(`${row.figure}: ${row.value.toFixed(2)} ${row.unit}${row.target ? ` (target ${row.target})` : ''}`);
}
