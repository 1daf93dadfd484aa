/**
 * special.* in Node through the public API: ns per evaluation of j0, jv(0, ·) and jv(2.5, ·) over
 * 1e6 points in [0, 50] and [0, 1000] (Float64Array in, one WASM call), against @stdlib's
 * plain-JavaScript besselj0 on the same points, and the max error per function over the
 * reference set. Peers measured for the issue on this machine: scipy j0 35 ns, jv(0, ·) 593 ns,
 * jv(2.5, ·) 562 / 291 ns; GSL J0 168 ns, Jnu(2.5, ·) 538 / 5961 ns; @stdlib besselj0 77 ns.
 */
import besselj0 from '@stdlib/math-base-special-besselj0';
import { readFileSync } from 'node:fs';
import { instantiateCore } from '../worker/numeric/core.ts';
import { createSpecial, type Special } from '../worker/numeric/special.ts';
import type { BenchRow } from './bench-row.ts';

const N = 1_000_000;

/** One reference point as test/fixtures/reference/bessel.json stores it. */
export interface BesselCase {
  fn: string;
  v?: number | string;
  x: number | string;
  f64: number | string;
  mod?: number | string;
  tags?: string[];
}

/** How a point is judged: exactly (special values), near a zero (|Δ|/mod), or in ulps by |x|. */
export type BesselRegion = 'special' | 'near_zero' | 'x<2' | 'x<25' | 'x>=25';

/** Region of a reference point. */
export function caseRegion(c: BesselCase): BesselRegion {
  const tags = c.tags ?? [];
  if (tags.includes('special') || !Number.isFinite(Number(c.f64)) || !Number.isFinite(Number(c.x))) return 'special';
  if (tags.includes('near_zero')) return 'near_zero';
  const a = Math.abs(Number(c.x));
  return a < 2 ? 'x<2' : a < 25 ? 'x<25' : 'x>=25';
}

/** Distance from |a| to the next double away from zero. */
function ulp(a: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(a));
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0) - Math.abs(a);
}

/**
 * Error of y at a reference point: 0 or Infinity for special values (exact or not), |y − f64|/mod
 * in units of 2^-52 near zeros, else |y − f64| in ulps of f64.
 */
export function caseError(c: BesselCase, y: number): number {
  const f = Number(c.f64);
  const region = caseRegion(c);
  switch (region) {
    case 'special':
      return (Number.isNaN(f) ? Number.isNaN(y) : y === f) ? 0 : Infinity;
    case 'near_zero':
      return Math.abs(y - f) / Number(c.mod) / 2 ** -52;
    case 'x<2':
    case 'x<25':
    case 'x>=25':
      return y === f ? 0 : Math.abs(y - f) / ulp(f);
    default: {
      const unreachable: never = region;
      return unreachable;
    }
  }
}

/** special.fn at a reference point. */
export function evaluateCase(special: Special, c: BesselCase): number {
  const fn = c.fn as keyof Special;
  const x = Number(c.x);
  return c.v === undefined
    ? (special[fn] as (x: number) => number)(x)
    : (special[fn] as (v: number, x: number) => number)(Number(c.v), x);
}

// n pseudo-random points in [0, top) from a fixed LCG, so every run times the same inputs.
function points(n: number, top: number): Float64Array {
  const out = new Float64Array(n);
  let s = 12345;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out[i] = (s / 4294967296) * top;
  }
  return out;
}

/** Best ns per element of `runs` calls of f over n elements, after one warm-up call (the machine is shared). */
function nsPer(n: number, runs: number, f: () => unknown): number {
  f();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    f();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / n);
  }
  return best;
}

/** Speed rows (ns/eval) and accuracy rows (max ulp per function) for special.*. */
export async function benchBessel(runs = 5): Promise<BenchRow[]> {
  const special = createSpecial(await instantiateCore(readFileSync('worker/numeric/build/core.wasm')));
  const rows: BenchRow[] = [];
  for (const top of [50, 1000]) {
    const xs = points(N, top);
    const range = `1e6 points in [0, ${top}] (best of ${runs})`;
    rows.push(
      { figure: `special.j0, ${range}, WASM via public API`, value: nsPer(N, runs, () => special.j0(xs)), unit: 'ns/eval', target: '≤ 40 ns' },
      { figure: `special.jv(0, ·), ${range}`, value: nsPer(N, runs, () => special.jv(0, xs)), unit: 'ns/eval' },
      { figure: `special.jv(2.5, ·), ${range}`, value: nsPer(N, runs, () => special.jv(2.5, xs)), unit: 'ns/eval', target: '≤ 200 ns' },
      {
        figure: `@stdlib/math-base-special-besselj0 (plain JS), ${range}`,
        value: nsPer(N, runs, () => {
          const out = new Float64Array(N);
          for (let i = 0; i < N; i++) out[i] = besselj0(xs[i] as number);
          return out;
        }),
        unit: 'ns/eval',
      },
    );
  }
  const { cases } = JSON.parse(readFileSync('test/fixtures/reference/bessel.json', 'utf8')) as { cases: BesselCase[] };
  for (const fn of ['j0', 'j1', 'y0', 'y1', 'jn', 'yn', 'jv', 'yv', 'iv', 'kv']) {
    let maxUlp = 0;
    let nearZero = 0;
    let count = 0;
    for (const c of cases) {
      if (c.fn !== fn) continue;
      count++;
      const e = caseError(c, evaluateCase(special, c));
      if (caseRegion(c) === 'near_zero') nearZero = Math.max(nearZero, e);
      else maxUlp = Math.max(maxUlp, e);
    }
    const nz = nearZero > 0 ? `; near zeros |Δ| ≤ ${(nearZero * 2 ** -52).toExponential(1)}·mod` : '';
    rows.push({ figure: `max error special.${fn} over ${count} reference points (ulp${nz})`, value: maxUlp, unit: 'ulp', target: '≤ 2 ulp on 99%' });
  }
  return rows;
}
