// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IOutput } from '@jupyterlab/nbformat';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderMarkdown, renderOutput } from '../../src/render/registry.ts';

// plotly.js does not run in jsdom: record what it would be asked to draw.
const { drawn, fakePlotly } = vi.hoisted(() => {
  const drawn: unknown[] = [];
  const fakePlotly = {
    default: {
      newPlot: async (root: HTMLElement, data: unknown[], layout: unknown) => {
        drawn.push({ data, layout });
        return root;
      },
      toImage: async () => 'data:image/png;base64,',
      purge: () => undefined,
    },
  };
  return { drawn, fakePlotly };
});
// Line figures are drawn by the basic bundle, others by the full one.
vi.mock('plotly.js-dist-min', () => fakePlotly);
vi.mock('plotly.js-basic-dist-min', () => fakePlotly);

interface Cell {
  cell_type: string;
  source: string | string[];
  metadata: { xss_case?: string };
  outputs?: IOutput[];
  attachments?: Record<string, Record<string, string>>;
}

interface CaseInfo {
  id: string;
  hook: string;
  trigger: string;
}

function load(dir: string, notebook: string): { cells: Cell[]; cases: CaseInfo[] } {
  const base = join('test', 'fixtures', dir);
  const nb = JSON.parse(readFileSync(join(base, notebook), 'utf8')) as { cells: Cell[] };
  const listing = JSON.parse(readFileSync(join(base, 'CASES.json'), 'utf8')) as { cases: CaseInfo[] };
  return { cells: nb.cells, cases: listing.cases };
}

const CORPORA = [load('xss', 'xss-public-sample.ipynb'), load('xss-extra', 'xss-extra.ipynb')];

const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'style', 'form', 'input', 'button',
  'noscript', 'template', 'use', 'animate', 'set', 'animatemotion', 'animatetransform', 'foreignobject',
]);
const FORBIDDEN_ATTRIBUTES = new Set(['srcdoc', 'srcset', 'formaction', 'action', 'ping', 'background', 'poster']);
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'data', 'action', 'formaction']);
// What the URL parser ignores at the start of a URL and inside the scheme.
const IGNORED = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g;
const GLOBALS = ['MathJax', 'Plotly', 'katex', 'require', 'define'] as const;

function joinSource(source: string | string[]): string {
  return Array.isArray(source) ? source.join('') : source;
}

async function renderCell(cell: Cell): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  const ctx = { trusted: false, ...(cell.attachments ? { attachments: cell.attachments } : {}) };
  if (cell.cell_type === 'markdown') renderMarkdown(host, joinSource(cell.source), ctx);
  for (const output of cell.outputs ?? []) await renderOutput(host, output, ctx);
  return host;
}

function problems(host: HTMLElement): string[] {
  const found: string[] = [];
  for (const element of host.querySelectorAll('*')) {
    const tag = element.localName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(tag)) found.push(`<${tag}> element`);
    for (const { name, value } of element.attributes) {
      const attribute = name.toLowerCase();
      const flat = value.replace(IGNORED, '').toLowerCase();
      if (attribute.startsWith('on')) found.push(`${attribute} handler on <${tag}>`);
      if (FORBIDDEN_ATTRIBUTES.has(attribute)) found.push(`${attribute} on <${tag}>`);
      if (URL_ATTRIBUTES.has(attribute) && /^(javascript|vbscript|livescript):/.test(flat)) found.push(`${attribute}=${flat.slice(0, 30)}`);
      const imageData = tag === 'img' && attribute === 'src' && flat.startsWith('data:image/');
      if (URL_ATTRIBUTES.has(attribute) && flat.startsWith('data:') && !imageData) found.push(`data: URL in ${attribute} on <${tag}>`);
      if ((attribute === 'id' || attribute === 'name') && !value.startsWith('user-content-')) found.push(`unprefixed ${attribute}=${value}`);
      if (value.includes('xss.test')) found.push(`beacon URL in ${attribute} on <${tag}>`);
      if (attribute === 'style' && /url\(|\\|fixed|sticky|@import|expression/.test(flat)) found.push(`style ${flat.slice(0, 40)}`);
    }
  }
  return found;
}

describe.each(CORPORA.map((corpus, index) => [index === 0 ? 'public sample' : 'xss-extra', corpus] as const))('XSS corpus: %s', (_name, corpus) => {
  it('lists every case cell in CASES.json', () => {
    const tagged = corpus.cells.map((cell) => cell.metadata.xss_case).filter((id): id is string => id !== undefined);
    expect(tagged).toEqual(corpus.cases.map((c) => c.id));
  });

  for (const info of corpus.cases) {
    it(`${info.id} (${info.hook}, ${info.trigger}) renders inert with its canary visible`, async () => {
      const cell = corpus.cells.find((c) => c.metadata.xss_case === info.id);
      if (!cell) throw new Error(`no cell for ${info.id}`);
      const host = await renderCell(cell);
      expect(problems(host)).toEqual([]);
      expect(host.textContent).toContain(`canary-${info.id}`);
      const win = window as unknown as Record<string, unknown>;
      for (const name of GLOBALS) expect(win[name] instanceof Element || win[name] instanceof HTMLCollection, name).toBe(false);
      expect(getComputedStyle(document.documentElement).getPropertyValue(`--xss-${info.id}`)).toBe('');
      expect(win['__xss']).toBeUndefined();
      expect(document.title).not.toMatch(/^XSS-/);
    });
  }
});

describe('XSS corpus: size and plotly', () => {
  it('has at least 40 cases of its own', () => {
    expect(CORPORA[1]?.cases.length).toBeGreaterThanOrEqual(40);
  });

  afterAll(() => {
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('hands plotly no layout image from another origin', async () => {
    // Figures were drawn by the cases above when this file runs in order; draw them again to be sure.
    const cells = CORPORA[1]?.cells.filter((cell) => cell.metadata.xss_case?.startsWith('x-plotly')) ?? [];
    for (const cell of cells) await renderCell(cell);
    expect(drawn.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(drawn)).not.toContain('xss.test');
  });
});
