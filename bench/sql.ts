/**
 * SQL in the app beside pandas on this machine: the first statement of a page (DuckDB-WASM's
 * worker and WebAssembly loaded and started), and a group-by with mean and sum over 10,000,000
 * rows of 20 string categories — in DuckDB through the kernel's `sql`, and in Debian's pandas
 * (/usr/bin/python3) on the same values, in the same run. Times are medians of 5, taken inside the
 * kernel and inside Python, so neither includes the page or process around it.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { activeCell, newNotebook, outputText, runInActiveCell } from '../test/browser/harness.ts';
import { round } from './browser-load.ts';
import type { NotedRow } from './browser-session.ts';

const ROWS = 10_000_000;
const RUNS = 5;

// The same values in both: category c0…c19 by i mod 20, x the fractional part of i times the golden ratio.
const MAKE_TABLE = `create or replace table big as select 'c' || (i % 20) as category, (i * 0.618033988749895) % 1 as x from range(${ROWS}) t(i)`;
const GROUP_BY = 'select category, avg(x) as mean, sum(x) as sum from big group by 1';

const PANDAS = `
import time, numpy as np, pandas as pd
i = np.arange(${ROWS})
df = pd.DataFrame({"category": np.array(["c%d" % k for k in range(20)], dtype=object)[i % 20], "x": (i * 0.618033988749895) % 1})
times = []
for _ in range(${RUNS}):
    t = time.perf_counter(); df.groupby("category")["x"].agg(["mean", "sum"]); times.append((time.perf_counter() - t) * 1000)
print(sorted(times)[len(times) // 2])
`;

/** Runs `code` as a new cell and reads its Out as a number. */
async function cellNumber(page: Page, code: string): Promise<number> {
  const cell = await runInActiveCell(page, code);
  const text = await outputText(cell);
  const value = Number(/Out\[\d+\]:\s*([-\d.e+]+)/.exec(text)?.[1] ?? Number.NaN);
  if (Number.isNaN(value)) throw new Error(`no number in the cell's output: ${text.slice(0, 200)}`);
  return value;
}

/** pandas' median group-by time in ms, or undefined when Debian's pandas is not installed. */
function pandasGroupBy(): number | undefined {
  try {
    return Number(execFileSync('/usr/bin/python3', ['-c', PANDAS], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim());
  } catch {
    return undefined;
  }
}

/** The SQL rows of the bench table (a new notebook in `page`, which shows the file list). */
export async function benchSql(page: Page): Promise<NotedRow[]> {
  await newNotebook(page);
  await activeCell(page);
  const first = await cellNumber(page, 'const t0 = performance.now(); await sql`select 42`; performance.now() - t0');
  await runInActiveCell(page, `await sql\`${MAKE_TABLE}\`; "ok"`);
  const quire = await cellNumber(
    page,
    `const times: number[] = []; for (let k = 0; k < ${RUNS}; k++) { const t = performance.now(); await sql\`${GROUP_BY}\`; times.push(performance.now() - t); } times.sort((a, b) => a - b)[${RUNS >> 1}]`,
  );
  const pandas = pandasGroupBy();
  const rows: NotedRow[] = [
    { figure: 'first sql statement of a page (DuckDB-WASM loaded and started)', value: round(first), unit: 'ms' },
    { figure: 'sql group-by mean+sum, 1e7 rows, 20 categories', value: round(quire, 1), unit: 'ms' },
  ];
  if (pandas === undefined) {
    rows.push({ figure: 'sql group-by ÷ pandas', value: Number.NaN, unit: '', note: 'not measured: /usr/bin/python3 has no pandas (apt-get install python3-pandas)' });
  } else {
    rows.push({ figure: 'pandas groupby mean+sum, same rows', value: round(pandas, 1), unit: 'ms' });
    rows.push({ figure: 'sql group-by ÷ pandas', value: round(quire / pandas, 2), unit: '×', target: '≤ 0.5' });
  }
  return rows;
}
