import { describe, expect, it } from 'vitest';
import { fromPercentScript, toPercentScript } from '../../src/ipynb/percent-script.ts';

const cellsOf = (text: string) => {
  const nb = fromPercentScript(text, 'typescript');
  return nb.cellOrder.map((id) => {
    const cell = nb.cells.get(id)!;
    return { type: cell.cell_type, source: cell.source, metadata: cell.metadata };
  });
};

// Scripts as jupytext writes them (one blank line between cells): each must come back byte for byte.
const SCRIPTS: Record<string, string> = {
  'header, markdown with blank lines, code': [
    '// ---',
    '// jupyter:',
    '//   kernelspec:',
    '//     display_name: TypeScript (Quire)',
    '//     language: typescript',
    '//     name: quire-ts',
    '// ---',
    '',
    '// %% [markdown]',
    '// # A title',
    '//',
    '// Some *text*, then a formula $x^2$.',
    '',
    '// %%',
    'const x = arange(1, 10, 1);',
    '',
    'plot(x, x.map((v) => v ** 2));',
    '',
  ].join('\n'),
  'cell options and titles': ['// %% Load the data tags=["setup"]', 'const a = 1;', '', '// %% [markdown] key="value"', '// text', '', '// %% [raw]', '// raw text', ''].join('\n'),
  'empty cells': ['// %%', '', '// %% [markdown]', '', '// %%', 'last();', ''].join('\n'),
  'CRLF line ends': '// %%\r\nconst crlf = true;\r\n\r\n// %% [markdown]\r\n// kept\r\n',
};

describe('percent scripts', () => {
  it.each(Object.entries(SCRIPTS))('%s: script → notebook → script is identical', (_, script) => {
    expect(toPercentScript(fromPercentScript(script, 'typescript'))).toBe(script);
  });

  it('reads cells, their types, sources and options', () => {
    expect(cellsOf(SCRIPTS['cell options and titles']!)).toEqual([
      { type: 'code', source: 'const a = 1;', metadata: { title: 'Load the data', tags: ['setup'] } },
      { type: 'markdown', source: 'text', metadata: { key: 'value' } },
      { type: 'raw', source: 'raw text', metadata: {} },
    ]);
    const header = cellsOf(SCRIPTS['header, markdown with blank lines, code']!);
    expect(header[0]).toEqual({ type: 'markdown', source: '# A title\n\nSome *text*, then a formula $x^2$.', metadata: {} });
    expect(header[1]?.source).toBe('const x = arange(1, 10, 1);\n\nplot(x, x.map((v) => v ** 2));');
  });

  it('makes a script without markers one code cell, and names the kernel', () => {
    const nb = fromPercentScript('const plain = 1;\nconsole.log(plain);\n', 'javascript');
    expect(nb.cellOrder).toHaveLength(1);
    expect(nb.cells.get(nb.cellOrder[0]!)?.source).toBe('const plain = 1;\nconsole.log(plain);');
    expect(nb.metadata['kernelspec']).toMatchObject({ language: 'javascript' });
  });

  it("writes a notebook without a kept header with its kernelspec as jupytext's header", () => {
    const read = fromPercentScript('// %%\n1 + 1\n', 'typescript');
    const nb = { ...read, metadata: { kernelspec: read.metadata['kernelspec'] } as typeof read.metadata };
    expect(toPercentScript(nb)).toBe(
      '// ---\n// jupyter:\n//   kernelspec:\n//     display_name: TypeScript (Quire)\n//     language: typescript\n//     name: quire-ts\n// ---\n\n// %%\n1 + 1\n',
    );
  });
});
