/** Jupyter's "Download as": the file a notebook becomes for each consumer (browser, Markdown tools, jupytext / VS Code). */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { notebookLanguage } from '../model/kernels.ts';
import type { Notebook } from '../model/types.ts';
import { toPercentScript } from '../ipynb/percent-script.ts';
import { toHtml } from './to-html.ts';
import { toMarkdown } from './to-markdown.ts';

/** The export formats. */
export type ExportFormat = 'html' | 'markdown' | 'script';

/** A file to download. */
export interface ExportFile {
  name: string;
  data: Uint8Array;
  type: string;
}

/** The notebook `name` (an .ipynb file name) exported as `format`. */
export async function exportAs(nb: Notebook, name: string, format: ExportFormat): Promise<ExportFile> {
  const base = name.replace(/\.ipynb$/i, '');
  const language = notebookLanguage(nb.metadata);
  switch (format) {
    case 'html':
      return { name: `${base}.html`, data: strToU8(await toHtml(nb, base)), type: 'text/html' };
    case 'markdown': {
      const { markdown, images } = toMarkdown(nb, base, language);
      if (images.size === 0) return { name: `${base}.md`, data: strToU8(markdown), type: 'text/markdown' };
      const entries: Zippable = { [`${base}.md`]: strToU8(markdown) };
      for (const [path, bytes] of images) entries[path] = bytes;
      return { name: `${base}.zip`, data: zipSync(entries, { level: 6 }), type: 'application/zip' };
    }
    case 'script': {
      const javascript = language === 'javascript';
      return { name: `${base}.${javascript ? 'js' : 'ts'}`, data: strToU8(toPercentScript(nb)), type: javascript ? 'text/javascript' : 'text/typescript' };
    }
    default: {
      const never: never = format;
      return never;
    }
  }
}
