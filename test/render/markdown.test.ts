// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { renderMarkdown } from '../../src/render/registry.ts';

function render(source: string, attachments?: Record<string, Record<string, string>>): HTMLElement {
  const host = document.createElement('div');
  renderMarkdown(host, source, { trusted: false, ...(attachments ? { attachments } : {}) });
  return host;
}

// 1×1 transparent PNG (the smallest valid PNG, from the PNG specification's layout).
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('renderMarkdown', () => {
  it('renders CommonMark emphasis, lists and code', () => {
    const host = render('Some *em* and **strong**\n\n1. one\n2. two\n\n`code`');
    expect(host.querySelector('em')?.textContent).toBe('em');
    expect(host.querySelector('strong')?.textContent).toBe('strong');
    expect(host.querySelectorAll('ol > li')).toHaveLength(2);
    expect(host.querySelector('code')?.textContent).toBe('code');
  });

  it('renders GFM tables with alignment', () => {
    const host = render('| a | b |\n|:--|--:|\n| 1 | 2 |\n');
    const cells = [...host.querySelectorAll('table td')].map((td) => td.textContent);
    expect(cells).toEqual(['1', '2']);
    expect(host.querySelector('th')?.textContent).toBe('a');
    expect(host.querySelectorAll('td')[1]?.getAttribute('style')).toContain('right');
  });

  it('renders task lists as checked and unchecked boxes', () => {
    const host = render('- [x] done\n- [ ] to do\n- plain');
    const items = [...host.querySelectorAll('li')];
    expect(items[0]?.classList.contains('q-task-item')).toBe(true);
    expect(items[0]?.querySelector('.q-task-box')?.getAttribute('aria-label')).toBe('done');
    expect(items[0]?.textContent).toContain('done');
    expect(items[0]?.textContent).not.toContain('[x]');
    expect(items[1]?.querySelector('.q-task-box')?.getAttribute('aria-label')).toBe('to do');
    expect(items[2]?.querySelector('.q-task-box')).toBeNull();
  });

  it('renders inline and display math with KaTeX', () => {
    const host = render('Euler: $e^{i\\pi} + 1 = 0$ and\n\n$$\\int_0^1 x\\,dx = \\frac{1}{2}$$\n');
    const inline = host.querySelectorAll('p .katex');
    expect(inline.length).toBeGreaterThan(0);
    expect(host.querySelector('.katex-display')).not.toBeNull();
    expect(host.querySelector('p .katex msup')).not.toBeNull();
    expect(host.querySelector('.katex-display mfrac')).not.toBeNull();
  });

  it('keeps markdown away from math: underscores and stars inside $…$ stay TeX', () => {
    const host = render('$a_1 * b_2 * c_3$');
    expect(host.querySelector('em')).toBeNull();
    expect(host.querySelectorAll('.katex msub')).toHaveLength(3);
  });

  it('renders \\begin{align} and \\begin{equation} blocks', () => {
    const host = render('\\begin{align}\na &= b \\\\\nc &= d\n\\end{align}\n\ntext\n\n\\begin{equation}\nE = mc^2\n\\end{equation}');
    const displays = host.querySelectorAll('.katex-display');
    expect(displays).toHaveLength(2);
    expect(host.querySelector('.katex-error')).toBeNull();
    expect(displays[0]?.querySelectorAll('mtr')).toHaveLength(2);
  });

  it('lets display math interrupt a paragraph and environments sit inside text', () => {
    const host = render('Some text\n$$\nx = 1\n$$\nmore, and inline \\begin{align}a &= b\\end{align} too');
    expect(host.querySelectorAll('.katex-display')).toHaveLength(2);
    expect(host.querySelector('.katex-error')).toBeNull();
    expect(host.textContent).toContain('Some text');
    expect(host.textContent).toContain('too');
  });

  it('keeps escaped dollars and code spans as text', () => {
    const host = render('price \\$5 and `$x$` code');
    expect(host.querySelector('.katex')).toBeNull();
    expect(host.querySelector('code')?.textContent).toBe('$x$');
  });

  it('leaves prices alone', () => {
    const host = render('It costs $5 and $6 today.');
    expect(host.querySelector('.katex')).toBeNull();
    expect(host.textContent).toContain('$5 and $6');
  });

  it('renders \\( \\) inline and \\[ \\] display math', () => {
    const host = render('inline \\(x^2\\) here\n\n\\[y^2\\]');
    expect(host.querySelector('p .katex')).not.toBeNull();
    expect(host.querySelector('.katex-display')).not.toBeNull();
  });

  it.each(['\\sqrt{x}', '\\overrightarrow{AB}', '\\color{red}{x}', '\\left(\\frac{a}{b}\\right)', '\\cancel{x}'])(
    'sanitising leaves KaTeX layout of %s intact (styles, SVG paths)',
    (tex) => {
      const direct = document.createElement('div');
      direct.innerHTML = katex.renderToString(tex, { output: 'html' });
      const host = render(`$${tex}$`);
      const strip = (html: string | undefined): string => (html ?? '').replace(/ aria-hidden="true"/g, '');
      expect(strip(host.querySelector('.katex-html')?.innerHTML)).toBe(strip(direct.querySelector('.katex-html')?.innerHTML));
    },
  );

  it('shows KaTeX errors in place instead of throwing', () => {
    const host = render('$\\frac{1}$');
    expect(host.querySelector('.katex-error')).not.toBeNull();
  });

  it('resolves attachment: images to data URLs of image types only', () => {
    const host = render('![plot](attachment:plot.png) ![bad](attachment:page.html) ![none](attachment:missing.png)', {
      'plot.png': { 'image/png': PNG },
      'page.html': { 'text/html': 'PGgxPmhpPC9oMT4=' },
    });
    const images = [...host.querySelectorAll('img')];
    expect(images[0]?.getAttribute('src')).toBe(`data:image/png;base64,${PNG}`);
    expect(images[1]?.hasAttribute('src')).toBe(false);
    expect(images[2]?.hasAttribute('src')).toBe(false);
  });

  it('resolves attachments in raw HTML <img> too', () => {
    const host = render('<img src="attachment:a.png" alt="a">', { 'a.png': { 'image/png': PNG } });
    expect(host.querySelector('img')?.getAttribute('src')).toBe(`data:image/png;base64,${PNG}`);
  });

  it('gives headings Jupyter-style anchors, prefixed against clobbering, with matching links', () => {
    const host = render('# Section One\n\n## Section One\n\n[jump](#Section-One)');
    const headings = [...host.querySelectorAll('h1, h2')];
    expect(headings[0]?.id).toBe('user-content-Section-One');
    expect(headings[1]?.id).toBe('user-content-Section-One-1');
    expect(headings[0]?.querySelector('a.q-anchor')?.getAttribute('href')).toBe('#user-content-Section-One');
    const jump = [...host.querySelectorAll('a')].find((a) => a.textContent === 'jump');
    expect(jump?.getAttribute('href')).toBe('#user-content-Section-One');
    expect(jump?.hasAttribute('target')).toBe(false);
  });

  it('opens external links in a new tab without opener or referrer', () => {
    const host = render('[site](https://example.org/) and https://example.com/auto');
    const links = [...host.querySelectorAll('a')];
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('highlights fenced TypeScript and escapes other languages', () => {
    const host = render('```ts\nconst x: number = 1;\n```\n\n```python\nif a < b: print("<b>")\n```');
    const blocks = host.querySelectorAll('pre code');
    expect(blocks[0]?.querySelector('.tok-keyword')?.textContent).toBe('const');
    expect(blocks[0]?.textContent).toBe('const x: number = 1;\n');
    expect(blocks[1]?.querySelector('b')).toBeNull();
    expect(blocks[1]?.textContent).toBe('if a < b: print("<b>")\n');
  });

  it('replaces the host content on re-render', () => {
    const host = render('first');
    renderMarkdown(host, 'second', { trusted: false });
    expect(host.textContent?.trim()).toBe('second');
  });
});
