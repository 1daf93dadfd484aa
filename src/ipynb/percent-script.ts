/**
 * The percent format of scripts (`// %%` code cells, `// %% [markdown]` cells whose lines are
 * comments), as jupytext and VS Code read and write it for TypeScript and JavaScript. Cell
 * options after the marker (`title`, `key=JSON`) become cell metadata, and a leading `// ---`
 * header is kept whole, so a script read and written again comes back the same.
 */
import { createCell, createNotebook } from '../model/create.ts';
import { quireKernelMetadata } from '../model/kernels.ts';
import { insertCell } from '../model/structure.ts';
import type { Cell, CellType, JsonObject, Notebook } from '../model/types.ts';

const MARKER = /^\/\/ ?%%(.*)$/;
const KIND = /^\s*\[(markdown|md|raw)\]/;

/** Type and metadata from a marker's options: ` [markdown] Title key="v" tags=["a"]` → markdown, { title: 'Title', key: 'v', tags: ['a'] }. */
function markerMetadata(options: string): { type: CellType; metadata: Record<string, unknown> } {
  let rest = options;
  let type: CellType = 'code';
  const kind = KIND.exec(rest);
  if (kind) {
    type = kind[1] === 'raw' ? 'raw' : 'markdown';
    rest = rest.slice(kind[0].length);
  }
  const attributes: Record<string, unknown> = {};
  const words: string[] = [];
  for (const match of rest.matchAll(/\s*([A-Za-z_][\w.-]*)=("(?:[^"\\]|\\.)*"|\[[^\]]*\]|\{[^}]*\}|[^\s]+)|\s*(\S+)/g)) {
    if (match[1] !== undefined && match[2] !== undefined) {
      try {
        attributes[match[1]] = JSON.parse(match[2]);
        continue;
      } catch {
        // Not JSON: part of the title, as jupytext reads it.
      }
      words.push(`${match[1]}=${match[2]}`);
    } else if (match[3] !== undefined) words.push(match[3]);
  }
  return { type, metadata: words.length > 0 ? { title: words.join(' '), ...attributes } : attributes };
}

function uncomment(line: string): string {
  return line.startsWith('// ') ? line.slice(3) : line.startsWith('//') ? line.slice(2) : line;
}

/** Drops trailing blank lines: one blank line separates cells in the format. */
function trimEnd(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  return lines.slice(0, end);
}

/** A notebook from a percent-format script (a script without markers is one code cell); `language` names its kernel. */
export function fromPercentScript(text: string, language: 'typescript' | 'javascript'): Notebook {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  let start = 0;
  // The header as found ('' for none), so the script is written back as it came.
  const quire: Record<string, unknown> = { script_header: '' };
  if (lines[0] === '// ---') {
    const close = lines.indexOf('// ---', 1);
    if (close > 0) {
      quire['script_header'] = lines.slice(0, close + 1).join('\n');
      start = close + 1;
      while (start < lines.length && lines[start]!.trim() === '') start++;
    }
  }
  if (newline !== '\n') quire['script_newline'] = newline;
  let nb = createNotebook({ quire, ...quireKernelMetadata(language) } as unknown as Notebook['metadata']);
  const body = lines.slice(start);
  const add = (cell: Cell) => (nb = insertCell(nb, nb.cellOrder.length, cell));
  if (!body.some((line) => MARKER.test(line))) {
    add(createCell('code', trimEnd(body).join('\n')));
    return nb;
  }
  let current: { type: CellType; metadata: Record<string, unknown>; lines: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    const source = trimEnd(current.lines).map((line) => (current!.type === 'code' ? line : uncomment(line))).join('\n');
    add({ ...createCell(current.type, source), metadata: current.metadata as JsonObject });
  };
  for (const line of body) {
    const marker = MARKER.exec(line);
    if (marker) {
      flush();
      current = { ...markerMetadata(marker[1] ?? ''), lines: [] };
    } else if (current) current.lines.push(line);
    else if (line.trim() !== '') current = { type: 'code', metadata: {}, lines: [line] };
  }
  flush();
  return nb;
}

function marker(cell: Cell): string {
  const { title, ...rest } = cell.metadata as Record<string, unknown>;
  const parts = ['// %%'];
  if (cell.cell_type === 'markdown') parts.push('[markdown]');
  if (cell.cell_type === 'raw') parts.push('[raw]');
  if (typeof title === 'string' && title !== '') parts.push(title);
  for (const [key, value] of Object.entries(rest)) parts.push(`${key}=${JSON.stringify(value)}`);
  return parts.join(' ');
}

/** The notebook as a percent-format script: the header it was read with (none, or its kernelspec as jupytext's header for a notebook not read from a script), then each cell after its marker. */
export function toPercentScript(nb: Notebook): string {
  const quire = (nb.metadata['quire'] ?? {}) as Record<string, unknown>;
  const header = typeof quire['script_header'] === 'string' ? quire['script_header'] : jupytextHeader(nb.metadata);
  const cells = nb.cellOrder.map((id) => {
    const cell = nb.cells.get(id)!;
    if (cell.source === '') return marker(cell);
    const source = cell.cell_type === 'code' ? cell.source : cell.source.split('\n').map((line) => (line === '' ? '//' : `// ${line}`)).join('\n');
    return `${marker(cell)}\n${source}`;
  });
  const text = `${[...(header === '' ? [] : [header]), ...cells].join('\n\n')}\n`;
  const newline = quire['script_newline'] === '\r\n' ? '\r\n' : '\n';
  return newline === '\n' ? text : text.replace(/\n/g, newline);
}

/** jupytext's header: the notebook's kernelspec as YAML in `//` comments. */
function jupytextHeader(metadata: JsonObject): string {
  const spec = (metadata['kernelspec'] ?? {}) as Record<string, unknown>;
  const lines = ['// ---', '// jupyter:', '//   kernelspec:'];
  for (const key of ['display_name', 'language', 'name']) if (typeof spec[key] === 'string') lines.push(`//     ${key}: ${spec[key] as string}`);
  lines.push('// ---');
  return lines.join('\n');
}
