/** The renderer list in preference order and the choice of one MIME type from a bundle. */
import { imageRenderers, svgRenderer } from './mime-image.ts';
import { frameRenderer } from './mime-frame.ts';
import { htmlRenderer } from './mime-html.ts';
import { jsonRenderer } from './mime-json.ts';
import { plotlyRenderer } from './mime-plotly.ts';
import { javascriptRenderer, latexRenderer, markdownRenderer, plainRenderer } from './mime-text.ts';
import type { MimeBundle, Renderer } from './types.ts';

/** Every renderer, lowest rank (most preferred) first. */
export const renderers: readonly Renderer[] = [
  plotlyRenderer,
  javascriptRenderer,
  frameRenderer,
  htmlRenderer,
  svgRenderer,
  ...imageRenderers,
  latexRenderer,
  markdownRenderer,
  jsonRenderer,
  plainRenderer,
].sort((a, b) => a.rank - b.rank);

/** The renderer for a MIME type, if any. */
export function rendererFor(mimeType: string): Renderer | undefined {
  return renderers.find((renderer) => renderer.mimeTypes.includes(mimeType));
}

/**
 * The MIME type to show from a bundle: the best-ranked one with a renderer; an untrusted
 * notebook only gets renderers marked safe (JupyterLab's `safe: 'ensure'`).
 */
export function preferredMimeType(bundle: MimeBundle, { trusted }: { trusted: boolean }): string | undefined {
  for (const renderer of renderers) {
    if (!trusted && !renderer.safe) continue;
    const mime = renderer.mimeTypes.find((type) => Object.hasOwn(bundle, type));
    if (mime !== undefined) return mime;
  }
  return undefined;
}
