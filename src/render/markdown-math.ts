/** markdown-it plugin: TeX math is cut out before markdown can touch it, then rendered by KaTeX. */
import type { MarkdownIt, StateBlock, StateInline } from 'markdown-it';
import { texToHtml } from './tex.ts';

const ENVIRONMENT = /^\\begin\{([a-zA-Z]+\*?)\}/;

function findClosing(src: string, from: number, closer: string): number {
  let at = src.indexOf(closer, from);
  while (at > 0 && src[at - 1] === '\\' && closer === '$') at = src.indexOf(closer, at + 1);
  return at;
}

function inlineMath(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const start = state.pos;
  const environment = src.startsWith('\\begin{', start) ? ENVIRONMENT.exec(src.slice(start)) : null;
  let open: string;
  let close: string;
  if (src.startsWith('$$', start)) [open, close] = ['$$', '$$'];
  else if (src[start] === '$') [open, close] = ['$', '$'];
  else if (src.startsWith('\\(', start)) [open, close] = ['\\(', '\\)'];
  else if (src.startsWith('\\[', start)) [open, close] = ['\\[', '\\]'];
  // An environment keeps its \begin…\end: KaTeX needs them.
  else if (environment) [open, close] = ['', `\\end{${environment[1] ?? ''}}`];
  else return false;
  const from = start + open.length;
  const end = findClosing(src, from + (open === '' ? 1 : 0), close);
  if (end < 0 || end === from) return false;
  const content = open === '' ? src.slice(start, end + close.length) : src.slice(from, end);
  // Pandoc's rule for single dollars keeps prices ("$5 and $6") as text.
  if (open === '$' && (/^\s/.test(content) || /\s$/.test(content) || /\d/.test(src[end + 1] ?? ''))) return false;
  if (!silent) {
    const token = state.push('math_inline', 'math', 0);
    token.content = content;
    token.markup = open || 'env';
  }
  state.pos = end + close.length;
  return true;
}

function blockMath(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const lineStart = (line: number): number => (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
  const lineText = (line: number): string => state.src.slice(lineStart(line), state.eMarks[line] ?? 0);
  // Four spaces of indent make a code block, as in CommonMark.
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  const first = lineText(startLine);
  const environment = ENVIRONMENT.exec(first);
  let open: string;
  let close: string;
  if (first.startsWith('$$')) [open, close] = ['$$', '$$'];
  else if (first.startsWith('\\[')) [open, close] = ['\\[', '\\]'];
  else if (environment) [open, close] = ['', `\\end{${environment[1] ?? ''}}`];
  else return false;
  let line = startLine;
  let body = first.slice(open.length);
  let closedAt = body.indexOf(close);
  const parts: string[] = [];
  while (closedAt < 0) {
    parts.push(body);
    line += 1;
    if (line >= endLine) return false;
    body = lineText(line);
    closedAt = body.indexOf(close);
  }
  const rest = body.slice(closedAt + close.length);
  if (rest.trim() !== '') return false;
  if (silent) return true;
  parts.push(body.slice(0, open === '' ? closedAt + close.length : closedAt));
  const token = state.push('math_block', 'math', 0);
  token.content = parts.join('\n').trim();
  token.block = true;
  token.map = [startLine, line + 1];
  token.markup = open || 'env';
  state.line = line + 1;
  return true;
}

/** Adds `$…$`, `\(…\)`, `$$…$$`, `\[…\]` and bare `\begin{env}…\end{env}` math (block or inline) to markdown-it. */
export function mathPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('escape', 'math_inline', inlineMath);
  md.block.ruler.before('fence', 'math_block', blockMath, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.renderer.rules['math_inline'] = (tokens, index) => {
    const token = tokens[index];
    if (!token) return '';
    return texToHtml(token.content, token.markup !== '$' && token.markup !== '\\(');
  };
  md.renderer.rules['math_block'] = (tokens, index) => {
    const token = tokens[index];
    return token ? `<div class="q-math-display">${texToHtml(token.content, true)}</div>\n` : '';
  };
}
