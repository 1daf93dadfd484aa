import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { appendOutput, createCell, createNotebook, insertCell } from '../../src/model/operations.ts';
import type { Output } from '../../src/model/types.ts';
import { toMarkdown } from '../../src/export/to-markdown.ts';
import { exportAs } from '../../src/export/download-as.ts';

// 1×1 PNG (the smallest valid PNG).
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

function notebook(withImage: boolean) {
  let nb = createNotebook();
  nb = insertCell(nb, 0, createCell('markdown', '# Title\n\nSome $x^2$.'));
  const code = createCell('code', 'console.log("hi")\n1 + 1');
  nb = insertCell(nb, 1, code);
  const outputs: Output[] = [
    { output_type: 'stream', name: 'stdout', text: 'hi\n' },
    { output_type: 'execute_result', execution_count: 1, data: { 'text/plain': '2' }, metadata: {} },
    { output_type: 'error', ename: 'Error', evalue: 'boom', traceback: ['\u001b[31mError: boom\u001b[0m'] },
  ];
  if (withImage) outputs.push({ output_type: 'display_data', data: { 'image/png': PNG, 'text/plain': '<image>' }, metadata: {} });
  for (const output of outputs) nb = appendOutput(nb, code.id, output);
  return nb;
}

describe('Markdown export', () => {
  it('writes markdown as is, code fenced in its language, text outputs fenced, colours stripped', () => {
    const { markdown, images } = toMarkdown(notebook(false), 'nb');
    expect(markdown).toBe('# Title\n\nSome $x^2$.\n\n```typescript\nconsole.log("hi")\n1 + 1\n```\n\n```\nhi\n```\n\n```\n2\n```\n\n```\nError: boom\n```\n');
    expect(images.size).toBe(0);
  });

  it('puts images in files beside the .md, in a zip with it', async () => {
    const file = await exportAs(notebook(true), 'My notebook.ipynb', 'markdown');
    expect(file.name).toBe('My notebook.zip');
    const entries = unzipSync(file.data);
    expect(Object.keys(entries).sort()).toEqual(['My notebook.md', 'My notebook_files/cell2-output4.png']);
    expect(strFromU8(entries['My notebook.md']!)).toContain('![output](My notebook_files/cell2-output4.png)');
    expect(Buffer.from(entries['My notebook_files/cell2-output4.png']!).toString('base64')).toBe(PNG);
  });

  it('uses a fence longer than any backtick run in the code', () => {
    let nb = createNotebook();
    nb = insertCell(nb, 0, createCell('code', 'const s = `a ``` b`;'));
    expect(toMarkdown(nb, 'x').markdown).toBe('````typescript\nconst s = `a ``` b`;\n````\n');
  });
});
