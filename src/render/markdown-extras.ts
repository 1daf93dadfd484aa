/** markdown-it core rules: GFM task-list items and Jupyter-style heading anchors. */
import type { MarkdownIt, StateCore, Token } from 'markdown-it';

const TASK = /^\[([ xX])\][ \t]/;

function markTasks(state: StateCore): void {
  const tokens = state.tokens;
  tokens.forEach((token, index) => {
    if (token.type !== 'inline') return;
    const paragraph = tokens[index - 1];
    const item = tokens[index - 2];
    if (paragraph?.type !== 'paragraph_open' || item?.type !== 'list_item_open') return;
    const first = token.children?.[0];
    const match = first?.type === 'text' ? TASK.exec(first.content) : null;
    if (!first || !match) return;
    const done = match[1] !== ' ';
    first.content = first.content.slice(match[0].length);
    const box = new state.Token('html_inline', '', 0);
    box.content = `<span class="q-task-box" role="img" aria-label="${done ? 'done' : 'to do'}">${done ? '☑' : '☐'}</span> `;
    token.children?.unshift(box);
    item.attrJoin('class', 'q-task-item');
  });
}

/** Jupyter's anchor for a heading: its text with spaces as hyphens. */
export function headingSlug(text: string): string {
  return text.trim().replace(/\s+/g, '-');
}

function plainText(tokens: readonly Token[]): string {
  return tokens.map((token) => (token.children ? plainText(token.children) : token.type === 'text' || token.type === 'code_inline' ? token.content : '')).join('');
}

function anchorHeadings(state: StateCore): void {
  const seen = new Map<string, number>();
  const tokens = state.tokens;
  tokens.forEach((token, index) => {
    const inline = tokens[index + 1];
    if (token.type !== 'heading_open' || inline?.type !== 'inline') return;
    const base = headingSlug(plainText(inline.children ?? []));
    if (base === '') return;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const slug = count === 0 ? base : `${base}-${count}`;
    token.attrSet('id', slug);
    const open = new state.Token('link_open', 'a', 1);
    open.attrSet('class', 'q-anchor');
    open.attrSet('href', `#${slug}`);
    open.attrSet('aria-label', 'Link to this heading');
    const mark = new state.Token('text', '', 0);
    mark.content = '¶';
    inline.children?.push(open, mark, new state.Token('link_close', 'a', -1));
  });
}

/** Adds task-list checkboxes (`- [x] done`) and heading ids with a ¶ anchor link. */
export function extrasPlugin(md: MarkdownIt): void {
  md.core.ruler.push('q_tasks', markTasks);
  md.core.ruler.push('q_anchors', anchorHeadings);
}
