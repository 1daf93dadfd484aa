/** text/plain outputs and the text-like ones: LaTeX, markdown, JavaScript (never run). */
import { appendAnsi } from './ansi.ts';
import { appendElement } from './element.ts';
import { renderMarkdown } from './markdown.ts';
import { sanitizeHtml } from './sanitize.ts';
import { texToHtml } from './tex.ts';
import { joinText } from './text-data.ts';
import type { Renderer } from './types.ts';

/** Plain text with ANSI colours, in a <pre>. */
export const plainRenderer: Renderer = {
  mimeTypes: ['text/plain'],
  rank: 100,
  safe: true,
  render(host, data) {
    appendAnsi(appendElement(host, 'pre', 'q-text'), joinText(data));
  },
};

const DELIMITED = /^\s*(\$\$([\s\S]*)\$\$|\$([\s\S]*)\$|\\\[([\s\S]*)\\\]|\\\(([\s\S]*)\\\))\s*$/;

/** The TeX inside a text/latex value, without its `$$`/`$`/`\[`/`\(` delimiters. */
export function latexBody(latex: string): string {
  const match = DELIMITED.exec(latex);
  return match ? (match[2] ?? match[3] ?? match[4] ?? match[5] ?? '').trim() : latex.trim();
}

/** text/latex through KaTeX in display mode. */
export const latexRenderer: Renderer = {
  mimeTypes: ['text/latex'],
  rank: 50,
  safe: true,
  render(host, data) {
    appendElement(host, 'div', 'q-math-display q-contained').append(sanitizeHtml(texToHtml(latexBody(joinText(data)), true)));
  },
};

/** text/markdown through the markdown-cell renderer. */
export const markdownRenderer: Renderer = {
  mimeTypes: ['text/markdown'],
  rank: 60,
  safe: true,
  render(host, data, _metadata, ctx) {
    renderMarkdown(appendElement(host, 'div', 'q-markdown-output'), joinText(data), { trusted: ctx.trusted });
  },
};

/** application/javascript: shown as a note, never executed, trusted or not. */
export const javascriptRenderer: Renderer = {
  mimeTypes: ['application/javascript', 'text/javascript'],
  rank: 15,
  safe: false,
  render(host, _data, _metadata, ctx) {
    const text = ctx.trusted ? 'JavaScript output is not executed in Quire' : 'JavaScript output disabled in untrusted notebook';
    appendElement(host, 'div', 'q-note', text);
  },
};
