import { describe, expect, it } from 'vitest';
import { fromIpynb, serializeIpynb } from '../../src/ipynb/index.ts';
import type { CodeCell } from '../../src/model/types.ts';

// A few MB of notebook: work that is quadratic in its size would run for minutes, not seconds,
// and trip the test timeout. Behaviour is asserted; time only through that timeout.
function largeNotebook(): string {
  const line = 'x'.repeat(60);
  const cells = Array.from({ length: 1500 }, (_, i) => ({
    id: `cell-${i}`,
    cell_type: 'code',
    metadata: {},
    execution_count: i + 1,
    source: Array.from({ length: 20 }, (_, j) => `const v${j} = "${line}";\n`),
    outputs: [
      { output_type: 'stream', name: 'stdout', text: Array.from({ length: 20 }, (_, j) => `${i}:${j} ${line}\n`) },
      { output_type: 'execute_result', execution_count: i + 1, metadata: {}, data: { 'text/plain': [`${i}`], 'application/json': { i, values: [1, 2, 3] } } },
    ],
  }));
  // One huge output as well: a 2 MB log in a single stream.
  cells.push({
    id: 'big-log',
    cell_type: 'code',
    metadata: {},
    execution_count: 9999,
    source: ['log()'],
    outputs: [{ output_type: 'stream', name: 'stderr', text: [`${'progress '.repeat(20)}\n`.repeat(12_000)] }],
  });
  return JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells });
}

describe('a notebook of several MB', () => {
  it('reads and writes in time linear in its size', { timeout: 60_000 }, () => {
    const text = largeNotebook();
    expect(text.length).toBeGreaterThan(5_000_000);
    const { notebook } = fromIpynb(text);
    expect(notebook.cellOrder).toHaveLength(1501);
    const big = notebook.cells.get('big-log') as CodeCell;
    expect(big.outputs[0]?.['text']).toHaveLength(12_000 * 181);
    const written = serializeIpynb(notebook);
    const back = JSON.parse(written) as { cells: { outputs: { text?: string[] }[] }[] };
    expect(back.cells[1500]?.outputs[0]?.text).toHaveLength(12_000);
    expect(back.cells[7]?.outputs[0]?.text?.[3]).toBe(`7:3 ${'x'.repeat(60)}\n`);
    expect(fromIpynb(written).notebook.cells.get('cell-1499')?.source).toBe(notebook.cells.get('cell-1499')?.source);
  });
});
