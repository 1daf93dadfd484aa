// @vitest-environment jsdom
import type { IOutput } from '@jupyterlab/nbformat';
import { describe, expect, it } from 'vitest';
import { preferredMimeType, renderOutput } from '../../src/render/registry.ts';

async function render(output: IOutput, trusted = false): Promise<HTMLElement> {
  const host = document.createElement('div');
  await renderOutput(host, output, { trusted });
  return host;
}

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const PLOTLY = 'application/vnd.plotly.v1+json';

describe('preferredMimeType', () => {
  const all = {
    [PLOTLY]: {},
    'application/javascript': '',
    'text/html': '',
    'image/svg+xml': '',
    'image/png': '',
    'image/jpeg': '',
    'image/gif': '',
    'text/latex': '',
    'text/markdown': '',
    'application/json': {},
    'text/plain': '',
  };
  // The order: plotly, HTML, SVG, PNG/JPEG/GIF, LaTeX, markdown, JSON, plain text.
  const order = [PLOTLY, 'text/html', 'image/svg+xml', 'image/png', 'image/jpeg', 'image/gif', 'text/latex', 'text/markdown', 'application/json', 'text/plain'];

  it('walks the preference order as each better type is removed (untrusted)', () => {
    const bundle: Record<string, unknown> = { ...all };
    for (const mime of order) {
      expect(preferredMimeType(bundle, { trusted: false })).toBe(mime);
      delete bundle[mime];
    }
    expect(preferredMimeType(bundle, { trusted: false })).toBeUndefined();
  });

  it('lets a trusted notebook pick the unsafe JavaScript type, an untrusted one never', () => {
    const bundle = { 'application/javascript': 'x', 'text/html': '<b>x</b>', 'text/plain': 'x' };
    expect(preferredMimeType(bundle, { trusted: true })).toBe('application/javascript');
    expect(preferredMimeType(bundle, { trusted: false })).toBe('text/html');
    expect(preferredMimeType({ 'application/javascript': 'x' }, { trusted: false })).toBeUndefined();
  });

  it('ignores unknown types and inherited keys', () => {
    expect(preferredMimeType({ 'application/x-unknown': 1, 'text/plain': 'a' }, { trusted: true })).toBe('text/plain');
    expect(preferredMimeType(Object.create({ 'text/html': 'x' }) as Record<string, unknown>, { trusted: true })).toBeUndefined();
  });
});

describe('renderOutput: streams', () => {
  it('escapes text and keeps it verbatim', async () => {
    const host = await render({ output_type: 'stream', name: 'stdout', text: ['<b>not bold</b> & ', 'more\n'] });
    expect(host.querySelector('b')).toBeNull();
    expect(host.querySelector('pre.q-stdout')?.textContent).toBe('<b>not bold</b> & more\n');
  });

  it('overwrites a line after \\r like a terminal (progress bars)', async () => {
    const host = await render({ output_type: 'stream', name: 'stderr', text: '  0%|\r 50%|#####\r100%|##########\ndone\n' });
    expect(host.querySelector('pre.q-stderr')?.textContent).toBe('100%|##########\ndone\n');
  });

  it('keeps the tail of a longer line when \\r writes a shorter one', async () => {
    const host = await render({ output_type: 'stream', name: 'stdout', text: 'abcdef\rXY\n' });
    expect(host.textContent).toBe('XYcdef\n');
  });

  it('treats \\r\\n as a newline and \\b as one step back', async () => {
    const host = await render({ output_type: 'stream', name: 'stdout', text: 'one\r\ntwo\nabc\b\bX\n' });
    expect(host.textContent).toBe('one\ntwo\naXc\n');
  });

  it('colours ANSI while handling \\r', async () => {
    const host = await render({ output_type: 'stream', name: 'stdout', text: 'old text\r\u001b[32mnew\u001b[0m\n' });
    expect(host.textContent).toBe('new text\n');
    expect(host.querySelector('.ansi-green-fg')?.textContent).toBe('new');
  });
});

describe('renderOutput: ANSI', () => {
  it('turns SGR codes into classed spans with escaped text', async () => {
    const host = await render({
      output_type: 'stream',
      name: 'stdout',
      text: '\u001b[31mred <i>x</i>\u001b[0m \u001b[1;94mbright\u001b[0m \u001b[4munder\u001b[0m plain',
    });
    const red = host.querySelector('.ansi-red-fg');
    expect(red?.textContent).toBe('red <i>x</i>');
    expect(host.querySelector('i')).toBeNull();
    const bright = host.querySelector('.ansi-bright-blue-fg');
    expect(bright?.textContent).toBe('bright');
    expect(bright?.classList.contains('ansi-bold')).toBe(true);
    expect(host.querySelector('.ansi-underline')?.textContent).toBe('under');
    expect(host.textContent).toBe('red <i>x</i> bright under plain');
  });

  it('maps 256-colour and true-colour codes to inline colours', async () => {
    const host = await render({ output_type: 'stream', name: 'stdout', text: '\u001b[38;5;196mcube\u001b[0m\u001b[48;5;244mgrey\u001b[0m\u001b[38;2;10;20;30mtrue\u001b[0m' });
    const spans = [...host.querySelectorAll('span')];
    // xterm palette: 196 = cube (5,0,0) → rgb(255,0,0); 244 = grey 8 + 12·10 = 128.
    expect(spans[0]?.style.color).toBe('rgb(255, 0, 0)');
    expect(spans[1]?.style.backgroundColor).toBe('rgb(128, 128, 128)');
    expect(spans[2]?.style.color).toBe('rgb(10, 20, 30)');
  });
});

describe('renderOutput: errors', () => {
  it('shows the ANSI traceback as text', async () => {
    const host = await render({
      output_type: 'error',
      ename: 'TypeError',
      evalue: '<img src=x>',
      traceback: ['\u001b[0;31mTypeError\u001b[0m: <img src=x>', '    at cell 1'],
    });
    const pre = host.querySelector('pre.q-error');
    expect(pre?.textContent).toBe('TypeError: <img src=x>\n    at cell 1');
    expect(pre?.querySelector('.ansi-red-fg')?.textContent).toBe('TypeError');
    expect(host.querySelector('img')).toBeNull();
  });

  it('falls back to ename: evalue without a traceback', async () => {
    const host = await render({ output_type: 'error', ename: 'Error', evalue: 'boom', traceback: [] });
    expect(host.textContent).toBe('Error: boom');
  });
});

describe('renderOutput: MIME bundles', () => {
  it('renders execute_result HTML sanitised', async () => {
    const host = await render({
      output_type: 'execute_result',
      execution_count: 1,
      data: { 'text/html': ['<table><tr><td>1</td></tr></table>', '<script>bad()</script>'], 'text/plain': 'x' },
      metadata: {},
    });
    expect(host.querySelector('.q-html td')?.textContent).toBe('1');
    expect(host.querySelector('script')).toBeNull();
  });

  it('renders PNG as a data: image with newlines stripped and metadata size', async () => {
    const host = await render({
      output_type: 'display_data',
      data: { 'image/png': `${PNG.slice(0, 20)}\n${PNG.slice(20)}\n`, 'text/plain': '<Figure>' },
      metadata: { 'image/png': { width: 320, height: 200 } },
    });
    const img = host.querySelector('img');
    expect(img?.getAttribute('src')).toBe(`data:image/png;base64,${PNG}`);
    expect(img?.getAttribute('width')).toBe('320');
    expect(img?.getAttribute('height')).toBe('200');
  });

  it('refuses base64 that is not base64', async () => {
    const host = await render({ output_type: 'display_data', data: { 'image/png': '"><script>' }, metadata: {} });
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('.q-render-error')).not.toBeNull();
  });

  it('shows SVG as an <img> of sanitised SVG', async () => {
    const host = await render({
      output_type: 'display_data',
      data: { 'image/svg+xml': '<svg xmlns="http://www.w3.org/2000/svg" onload="bad()"><circle r="4"/><script>bad()</script></svg>' },
      metadata: {},
    });
    const src = host.querySelector('img')?.getAttribute('src') ?? '';
    expect(src.startsWith('data:image/svg+xml')).toBe(true);
    const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
    expect(svg).toContain('<circle');
    expect(svg).not.toMatch(/onload|script/i);
    expect(host.querySelector('svg')).toBeNull();
  });

  it('renders text/latex through KaTeX, delimiters removed', async () => {
    const host = await render({ output_type: 'display_data', data: { 'text/latex': '$$\\frac{a}{b}$$' }, metadata: {} });
    expect(host.querySelector('.katex-display mfrac')).not.toBeNull();
    expect(host.querySelector('.katex-error')).toBeNull();
  });

  it('renders text/markdown', async () => {
    const host = await render({ output_type: 'display_data', data: { 'text/markdown': '**bold** $x$' }, metadata: {} });
    expect(host.querySelector('strong')?.textContent).toBe('bold');
    expect(host.querySelector('.katex')).not.toBeNull();
  });

  it('renders JSON as a collapsible tree of text', async () => {
    const host = await render({ output_type: 'display_data', data: { 'application/json': { a: [1, 2], b: { c: '<b>' } } }, metadata: {} });
    const root = host.querySelector('details.q-json-node');
    expect(root?.hasAttribute('open')).toBe(true);
    expect(root?.querySelector('summary')?.textContent).toBe('{2 keys}');
    const nested = root?.querySelectorAll('details');
    expect(nested).toHaveLength(2);
    expect(nested?.[0]?.hasAttribute('open')).toBe(false);
    expect(nested?.[0]?.querySelector('summary')?.textContent).toBe('a: Array(2)');
    expect(host.querySelector('.q-json-string')?.textContent).toBe('"<b>"');
    expect(host.querySelector('b')).toBeNull();
  });

  it('never runs application/javascript: untrusted shows the note and the text fallback', async () => {
    const host = await render({ output_type: 'display_data', data: { 'application/javascript': 'document.title = "ran"', 'text/plain': 'fallback' }, metadata: {} });
    expect(host.querySelector('.q-note')?.textContent).toBe('JavaScript output disabled in untrusted notebook');
    expect(host.querySelector('pre.q-text')?.textContent).toBe('fallback');
    expect(document.title).not.toBe('ran');
  });

  it('never runs application/javascript in a trusted notebook either', async () => {
    const host = await render({ output_type: 'display_data', data: { 'application/javascript': 'document.title = "ran"' }, metadata: {} }, true);
    expect(host.querySelector('.q-note')?.textContent).toBe('JavaScript output is not executed in Quire');
    expect(host.querySelector('script')).toBeNull();
    expect(document.title).not.toBe('ran');
  });

  it('says so when nothing can render', async () => {
    const host = await render({ output_type: 'display_data', data: { 'application/x-custom': 1 }, metadata: {} });
    expect(host.querySelector('.q-note')?.textContent).toBe('No renderer for application/x-custom');
  });
});
