/**
 * The renderers' public face (JupyterLab rendermime's idea): MIME renderers with rank and
 * safety, Jupyter's preference order, and the entry points the components call.
 */
export type { MimeBundle, RenderContext, Renderer } from './types.ts';
export { preferredMimeType, rendererFor, renderers } from './renderer-list.ts';
export { renderMarkdown } from './markdown.ts';
export { renderOutput } from './output.ts';
export { figureToImage, releasePlots } from './mime-plotly.ts';
