/**
 * A notebook as one self-contained HTML page, as Jupyter's "Download as HTML" gives it: markdown
 * rendered (formulas as MathML, which browsers draw without KaTeX's fonts), code highlighted,
 * every output drawn by the app's own renderers — sanitised exactly as in the app — and figures
 * as the static images the notebook keeps. A Content-Security-Policy in the page forbids every
 * script and every request: the page works offline and runs nothing.
 */
import type { IOutput } from '@jupyterlab/nbformat';
import renderCss from '../render/render.css?raw';
import { escapeHtml, highlightToHtml } from '../render/code-highlight.ts';
import { renderMarkdown, renderOutput } from '../render/registry.ts';
import type { Cell, Notebook, Output } from '../model/types.ts';

const PLOTLY = 'application/vnd.plotly.v1+json';

/** No script, no request: images only from the page itself (data: URLs), styles inline. */
const PAGE_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const PAGE_CSS = `
body { margin: 0 auto; max-width: 1000px; padding: 1.5rem; font: 15px/1.5 system-ui, sans-serif; color: #1f2328; background: #fff; }
.cell { display: flex; flex-direction: column; margin: 0.4rem 0; }
.row { display: flex; gap: 0.6rem; }
.prompt { flex: 0 0 5.5rem; text-align: right; font: 0.85rem ui-monospace, monospace; color: #6a737d; padding-top: 0.35rem; }
.body { flex: 1; min-width: 0; }
pre.source { margin: 0; padding: 0.4rem 0.6rem; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 4px; overflow-x: auto; font: 0.9rem ui-monospace, monospace; }
.katex-html { display: none; }
.tok-keyword { color: #cf222e; } .tok-string, .tok-string2 { color: #0a3069; } .tok-number { color: #0550ae; }
.tok-comment { color: #6e7781; font-style: italic; } .tok-typeName, .tok-className { color: #953800; } .tok-propertyName { color: #8250df; }
@media print { .cell { break-inside: avoid; } }
`;

/** The bundle as exported: figures by their static image (the interactive figure would need plotly's megabytes); session-only data left out. */
function exportedOutput(output: Output): { output: Output; note?: string } {
  if (output.output_type !== 'display_data' && output.output_type !== 'execute_result') return { output };
  const data = { ...((output['data'] ?? {}) as Record<string, unknown>) };
  delete data['application/vnd.quire.columns'];
  if (data[PLOTLY] === undefined) return { output: { ...output, data } as Output };
  delete data[PLOTLY];
  const note = data['image/png'] === undefined ? 'An interactive figure: its image was not drawn yet (open the notebook in Quire to draw it).' : undefined;
  return { output: { ...output, data } as Output, ...(note ? { note } : {}) };
}

function row(doc: Document, prompt: string): { row: HTMLElement; body: HTMLElement } {
  const element = doc.createElement('div');
  element.className = 'row';
  const label = doc.createElement('div');
  label.className = 'prompt';
  label.textContent = prompt;
  const body = doc.createElement('div');
  body.className = 'body';
  element.append(label, body);
  return { row: element, body };
}

async function appendCell(doc: Document, host: HTMLElement, cell: Cell): Promise<void> {
  const section = doc.createElement('section');
  section.className = `cell ${cell.cell_type}`;
  host.append(section);
  if (cell.cell_type === 'markdown') {
    const { row: input, body } = row(doc, '');
    renderMarkdown(body, cell.source, { trusted: false, ...(cell.attachments ? { attachments: cell.attachments as Record<string, Record<string, string>> } : {}) });
    section.append(input);
    return;
  }
  const count = cell.cell_type === 'code' ? String(cell.execution_count ?? ' ') : '';
  const { row: input, body } = row(doc, cell.cell_type === 'code' ? `In [${count}]:` : '');
  const pre = doc.createElement('pre');
  pre.className = 'source';
  pre.innerHTML = cell.cell_type === 'code' ? highlightToHtml(cell.source, 'ts') : escapeHtml(cell.source);
  body.append(pre);
  section.append(input);
  if (cell.cell_type !== 'code') return;
  for (const original of cell.outputs) {
    const { output, note } = exportedOutput(original);
    const { row: out, body: outBody } = row(doc, output.output_type === 'execute_result' ? `Out[${count}]:` : '');
    await renderOutput(outBody, output as IOutput, { trusted: false });
    if (note) {
      const p = doc.createElement('p');
      p.className = 'q-note';
      p.textContent = note;
      outBody.append(p);
    }
    section.append(out);
  }
}

/** The notebook as a standalone HTML page titled `title`. */
export async function toHtml(nb: Notebook, title: string): Promise<string> {
  const doc = document.implementation.createHTMLDocument(title);
  const policy = doc.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = PAGE_POLICY;
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  const style = doc.createElement('style');
  style.textContent = `${renderCss}\n${PAGE_CSS}`;
  doc.head.prepend(charset, policy);
  doc.head.append(style);
  const main = doc.createElement('main');
  doc.body.append(main);
  for (const id of nb.cellOrder) {
    const cell = nb.cells.get(id);
    if (cell) await appendCell(doc, main, cell);
  }
  return `<!doctype html>\n${doc.documentElement.outerHTML}\n`;
}
