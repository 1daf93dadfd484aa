/** The numeric kernel globals (special, random, arrays, dateRange, plot) and their docs; Series and DataFrame live in worker/data. */

import { arraysDocs, createArrays, type Arrays } from './arrays.ts';
import type { Core } from './core.ts';
import { dateRange } from './date-range.ts';
import { frameDocs } from './frame-docs.ts';
import { createPlot, type Display, type Plot } from './plot.ts';
import { createRandom, randomDocs, type Random } from './random.ts';
import { createSpecial, specialDocs, type Special } from './special.ts';

/** Everything the kernel puts in scope for numeric work. */
export type NumericGlobals = Arrays & {
    special: Special;
    random: Random;
    dateRange: typeof dateRange;
    plot: Plot;
  };

/** The globals over an instantiated core; figures (plot, .plot()) go to `display`. */
export function createNumericGlobals(core: Core, display: Display): NumericGlobals {
  return {
    special: createSpecial(core),
    random: createRandom(core),
    ...createArrays(core),
    dateRange,
    plot: createPlot(display),
  };
}

/** Signature and one-line doc of every numeric global, for the kernel's inspect. */
export const numericDocs: Record<string, { signature: string; doc: string }> = {
  special: {
    signature: 'special.{j0, j1, jn, jv, y0, y1, yn, yv, iv, kv}',
    doc: 'Bessel functions of real order (scipy.special names): a number gives a number, an array a Float64Array.',
  },
  random: {
    signature: 'random.{seed, randn, rand, normal, uniform}',
    doc: "A seeded random stream; after random.seed(s), random.randn(n) equals numpy's legacy np.random.randn(n).",
  },
  ...specialDocs,
  ...randomDocs,
  ...arraysDocs,
  ...frameDocs,
};
