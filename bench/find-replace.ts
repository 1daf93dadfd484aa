/**
 * Find and Replace over a big notebook in Node: the dialog recounts on every keystroke and every
 * edit, so a count over 1,000 cells must fit in a frame. Run alone with `npx tsx bench/find-replace.ts`.
 */
import { pathToFileURL } from 'node:url';
import { createCell, createNotebook, findMatches, insertCell, replaceAllMatches } from '../src/model/operations.ts';
import type { Notebook } from '../src/model/types.ts';
import type { BenchRow } from './bench-row.ts';
import { bestMs } from './random.ts';

const CELLS = 1000;

/** 1,000 code cells of 20 lines each (about 700 kB of source). */
function bigNotebook(): Notebook {
  let nb = createNotebook();
  for (let i = 0; i < CELLS; i++) {
    const lines = Array.from({ length: 20 }, (_, j) => `const value_${i}_${j} = series.rolling(${j}).mean(); // total ${i}`);
    nb = insertCell(nb, i, createCell('code', lines.join('\n')));
  }
  return nb;
}

/** Rows: count a plain word, count a regex, replace every match (20,000 each). */
export function benchFindReplace(): BenchRow[] {
  const nb = bigNotebook();
  const plain = { text: 'total', regex: false, matchCase: false };
  const regex = { text: 'value_(\\d+)_1\\b', regex: true, matchCase: true };
  return [
    { figure: `Find: count "total" in ${CELLS} cells (20,000 matches)`, value: bestMs(10, () => findMatches(nb, plain)), unit: 'ms', target: '< 16 ms' },
    { figure: `Find: count a regex with a group in ${CELLS} cells`, value: bestMs(10, () => findMatches(nb, regex)), unit: 'ms', target: '< 16 ms' },
    { figure: `Replace All "total" in ${CELLS} cells`, value: bestMs(10, () => replaceAllMatches(nb, plain, 'sum')), unit: 'ms', target: '< 50 ms' },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.table(benchFindReplace());
