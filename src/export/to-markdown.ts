/**
 * A notebook as Markdown, as Jupyter's "Download as Markdown" gives it: markdown cells as they
 * are, code in fenced blocks in the notebook's language, text outputs in plain fences, and images
 * (outputs and attachments) as files beside the .md, referenced by relative path.
 */
import type { Cell, Notebook, Output } from '../model/types.ts';

/** The Markdown text and the image files it refers to (path inside the export → bytes). */
export interface MarkdownExport {
  markdown: string;
  images: Map<string, Uint8Array>;
}

const IMAGE_TYPES: Readonly<Record<string, string>> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' };

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  return Array.isArray(value) ? value.filter((part): part is string => typeof part === 'string').join('') : '';
}

function base64Bytes(data: string): Uint8Array {
  const binary = atob(data.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A fence longer than any run of backticks in `body`, so the body cannot close it. */
function fenced(body: string, info = ''): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${body.replace(/\n$/, '')}\n${fence}`;
}

// Escape sequences of terminal colours mean nothing in Markdown.
const stripAnsi = (value: string): string => value.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');

function outputMarkdown(output: Output, name: (extension: string) => string, images: Map<string, Uint8Array>): string | undefined {
  switch (output.output_type) {
    case 'stream':
      return fenced(stripAnsi(text(output['text'])));
    case 'error':
      return fenced(stripAnsi(text(output['traceback'] as unknown) || `${String(output['ename'])}: ${String(output['evalue'])}`));
    case 'display_data':
    case 'execute_result': {
      const data = (output['data'] ?? {}) as Record<string, unknown>;
      for (const [mime, extension] of Object.entries(IMAGE_TYPES)) {
        if (typeof data[mime] !== 'string') continue;
        const path = name(extension);
        images.set(path, base64Bytes(data[mime] as string));
        return `![output](${path})`;
      }
      if (data['text/markdown'] !== undefined) return text(data['text/markdown']);
      if (data['text/plain'] !== undefined) return fenced(stripAnsi(text(data['text/plain'])));
      return undefined;
    }
    default:
      return undefined;
  }
}

function attachmentsMarkdown(cell: Cell, images: Map<string, Uint8Array>, prefix: string): string {
  if (cell.cell_type !== 'markdown' || !cell.attachments) return cell.source;
  let source = cell.source;
  for (const [file, bundle] of Object.entries(cell.attachments)) {
    const mime = Object.keys(bundle ?? {}).find((type) => IMAGE_TYPES[type]);
    const data = mime ? (bundle as Record<string, unknown>)[mime] : undefined;
    if (!mime || typeof data !== 'string') continue;
    const path = `${prefix}-${file.replace(/[^\w.-]+/g, '_')}`;
    images.set(path, base64Bytes(data));
    source = source.split(`attachment:${file}`).join(path);
  }
  return source;
}

/** The notebook as Markdown; `base` names the image files (`base_files/…`, as nbconvert does). */
export function toMarkdown(nb: Notebook, base: string, language = 'typescript'): MarkdownExport {
  const images = new Map<string, Uint8Array>();
  const parts: string[] = [];
  nb.cellOrder.forEach((id, index) => {
    const cell = nb.cells.get(id);
    if (!cell) return;
    const prefix = `${base}_files/cell${index + 1}`;
    if (cell.cell_type === 'markdown') parts.push(attachmentsMarkdown(cell, images, prefix));
    else if (cell.cell_type === 'raw') parts.push(cell.source);
    else {
      parts.push(fenced(cell.source, language));
      cell.outputs.forEach((output, n) => {
        const shown = outputMarkdown(output, (extension) => `${prefix}-output${n + 1}.${extension}`, images);
        if (shown !== undefined) parts.push(shown);
      });
    }
  });
  return { markdown: `${parts.join('\n\n')}\n`, images };
}
