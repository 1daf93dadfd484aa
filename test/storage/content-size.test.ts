import { describe, expect, it } from 'vitest';
import { estimateJsonSize } from '../../src/storage/content-size.ts';
import { fixture, fixtureText, notebookWith } from './helpers.ts';

const files = [
  'deno__integration_test.ts.ipynb',
  'irkernel__Demo.R.ipynb',
  'jupytext__plotly_graphs.ipynb',
  'openai-clip__Prompt_Engineering_for_ImageNet.ipynb',
  'hf-transformers-doc-zh__tokenizer_summary.ipynb',
];

describe('estimateJsonSize', () => {
  it('equals the compact JSON length when no string needs escaping', () => {
    const values: unknown[] = [
      notebookWith('plain', 'x = 1'),
      { a: [1, 2.5, -3e-7, null, true, false, 'x'], b: {}, c: [], 'key with space': { nested: [[[]]] } },
      [undefined, () => 1],
      { skipped: undefined, kept: 0 },
      { nan: Number.NaN, inf: Number.POSITIVE_INFINITY },
    ];
    for (const value of values) expect(estimateJsonSize(value)).toBe(JSON.stringify(value).length);
  });

  it.each(files)('is within 10%% below the compact JSON length of %s (escapes are not counted)', (file) => {
    const exact = JSON.stringify(JSON.parse(fixtureText(file))).length;
    const estimate = estimateJsonSize(fixture(file));
    expect(estimate).toBeLessThanOrEqual(exact);
    expect(estimate).toBeGreaterThan(0.9 * exact);
  });
});
