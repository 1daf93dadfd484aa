/** Markdown cells: CommonMark + GFM tables, task lists, KaTeX math, highlighted code, anchors. */
import markdownItFactory, { type MarkdownIt } from 'markdown-it';
import { highlightToHtml } from './code-highlight.ts';
import { extrasPlugin } from './markdown-extras.ts';
import { mathPlugin } from './markdown-math.ts';
import { sanitizeHtml } from './sanitize.ts';
import type { RenderContext } from './types.ts';

let parser: MarkdownIt | undefined;

function markdownIt(): MarkdownIt {
  if (parser) return parser;
  const made = markdownItFactory('default', {
    // Raw HTML is part of Jupyter markdown; everything is sanitised after rendering.
    html: true,
    linkify: true,
    highlight: (code, lang) => highlightToHtml(code, lang),
  });
  // `attachment:` is resolved by the sanitiser; markdown-it's own scheme filter stays for the rest.
  const validate = made.validateLink.bind(made);
  made.validateLink = (url) => /^attachment:/i.test(url) || validate(url);
  made.use(mathPlugin).use(extrasPlugin);
  parser = made;
  return made;
}

/** Markdown source to a sanitised fragment (for callers that place it themselves). */
export function markdownToFragment(source: string, ctx: RenderContext): DocumentFragment {
  return sanitizeHtml(markdownIt().render(source), ctx);
}

/** Renders a markdown cell's source into `host`, replacing what was there. */
export function renderMarkdown(host: HTMLElement, source: string, ctx: RenderContext): void {
  const body = host.ownerDocument.createElement('div');
  body.className = 'q-markdown q-contained';
  body.append(markdownToFragment(source, ctx));
  host.replaceChildren(body);
}
