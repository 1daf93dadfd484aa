/** Highlighting of fenced code in markdown: JS/TS with the Lezer grammar the editor uses. */
import { parser } from '@lezer/javascript';
import { classHighlighter, highlightCode } from '@lezer/highlight';

// The bare Lezer parser, not @codemirror/lang-javascript, so markdown does not pull the editor in.
const DIALECTS = { js: '', javascript: '', mjs: '', jsx: 'jsx', ts: 'ts', typescript: 'ts', tsx: 'jsx ts' } as const;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Fenced-code HTML with `tok-*` classes; languages other than JS/TS come back escaped only. */
export function highlightToHtml(code: string, lang: string): string {
  const key = lang.trim().toLowerCase();
  if (!Object.hasOwn(DIALECTS, key)) return escapeHtml(code);
  const dialect = DIALECTS[key as keyof typeof DIALECTS];
  let html = '';
  highlightCode(
    code,
    parser.configure({ dialect }).parse(code),
    classHighlighter,
    (text, classes) => {
      html += classes ? `<span class="${classes}">${escapeHtml(text)}</span>` : escapeHtml(text);
    },
    () => {
      html += '\n';
    },
  );
  return html;
}
