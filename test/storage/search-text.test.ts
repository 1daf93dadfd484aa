import { describe, expect, it } from 'vitest';
import { matchesAll, queryWords, searchText } from '../../src/storage/search-text.ts';
import type { NotebookContent } from '../../src/storage/types.ts';
import { fixture } from './helpers.ts';

describe('searchText', () => {
  it('joins cell sources given as line arrays or strings, and leaves outputs out', () => {
    const text = searchText(fixture('jupyterlab-galata__simple_test.ipynb'));
    expect(text.startsWith('# upload notebook for examples\nthis notebook is designed')).toBe(true);
    expect(text).toBe(text.toLowerCase());
    // "Collecting" appears only in the pip output of this notebook.
    expect(searchText(fixture('openai-clip__Prompt_Engineering_for_ImageNet.ipynb'))).not.toContain('collecting');
  });

  it('tolerates content from older or foreign writers', () => {
    const odd = { nbformat: 3, nbformat_minor: 0, metadata: {}, worksheets: [] } as unknown as NotebookContent;
    expect(searchText(odd)).toBe('');
    const mixed = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [null, 7, { source: ['A', 2, 'b'] }, { source: 'C' }] };
    expect(searchText(mixed)).toBe('ab\nc');
  });
});

describe('matchesAll', () => {
  it('needs every word, in the name or the text', () => {
    const words = queryWords('  Bessel   J0 ');
    expect(words).toEqual(['bessel', 'j0']);
    expect(matchesAll(words, 'Bessel.ipynb', 'plot j0(x)')).toBe(true);
    expect(matchesAll(words, 'Other.ipynb', 'plot j0(x)')).toBe(false);
  });
});
