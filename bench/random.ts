/**
 * numpy-identical normals in Node: `random.seed(0); cumsum(random.randn(1e7))` through the public
 * API (numpy's legacy `randn(10**7).cumsum()` takes 280 ms on this machine), with the parts and a
 * plain-JavaScript MT19937 + polar + Math.log port for comparison (not bit-identical: Math.log
 * is not glibc's log). Run alone with `npx tsx bench/random.ts`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createArrays } from '../worker/numeric/arrays.ts';
import { instantiateCore } from '../worker/numeric/core.ts';
import { createRandom } from '../worker/numeric/random.ts';
import type { BenchRow } from './bench-row.ts';

const N = 10_000_000;

/** Best wall time in ms of `runs` calls of `f` after one warm-up call (the machine is shared: the minimum is the least disturbed run). */
export function bestMs(runs: number, f: () => unknown): number {
  f();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** numpy's legacy randn as a straight JavaScript port, with Math.log in place of glibc's log. */
function jsRandn(seed: number, n: number): Float64Array {
  const key = new Uint32Array(624);
  key[0] = seed;
  for (let i = 1; i < 624; i++) {
    const p = key[i - 1] as number;
    key[i] = Math.imul(1812433253, p ^ (p >>> 30)) + i;
  }
  let pos = 624;
  const next = (): number => {
    if (pos === 624) {
      for (let i = 0; i < 624; i++) {
        const y = ((key[i] as number) & 0x80000000) | ((key[(i + 1) % 624] as number) & 0x7fffffff);
        key[i] = (key[(i + 397) % 624] as number) ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      pos = 0;
    }
    let y = key[pos++] as number;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    return (y ^ (y >>> 18)) >>> 0;
  };
  const double = (): number => ((next() >>> 5) * 67108864 + (next() >>> 6)) / 9007199254740992;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    let x1: number, x2: number, r2: number;
    do {
      x1 = 2 * double() - 1;
      x2 = 2 * double() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * Math.log(r2)) / r2);
    out[i] = f * x2;
    if (i + 1 < n) out[i + 1] = f * x1;
  }
  return out;
}

/** Times of the numpy-identical 1e7 normals + cumsum, its parts, and the plain-JS port. */
export async function benchRandom(runs = 7): Promise<BenchRow[]> {
  const core = await instantiateCore(readFileSync('worker/numeric/build/core.wasm'));
  const random = createRandom(core);
  const { cumsum } = createArrays(core);
  const whole = bestMs(runs, () => {
    random.seed(0);
    return cumsum(random.randn(N));
  });
  const draws = bestMs(runs, () => {
    random.seed(0);
    return random.randn(N);
  });
  random.seed(0);
  const a = random.randn(N);
  const sums = bestMs(runs, () => cumsum(a));
  const js = bestMs(3, () => {
    const b = jsRandn(0, N);
    for (let i = 1; i < N; i++) b[i] = (b[i] as number) + (b[i - 1] as number);
    return b;
  });
  return [
    { figure: 'random.seed(0); cumsum(random.randn(1e7)), numpy-identical, WASM via public API (best of runs)', value: whole, unit: 'ms', target: '≤ 280 ms (numpy)' },
    { figure: 'random.randn(1e7) alone', value: draws, unit: 'ms' },
    { figure: 'cumsum of 1e7 values alone', value: sums, unit: 'ms' },
    { figure: 'plain-JS MT19937 + polar + Math.log port, 1e7 + cumsum (not bit-identical)', value: js, unit: 'ms', target: '526 ms measured for the issue' },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of await benchRandom()) console.log(`${row.figure}: ${row.value.toFixed(1)} ${row.unit}${row.target ? ` (target ${row.target})` : ''}`);
}
