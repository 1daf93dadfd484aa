/** Shared types of the output and markdown renderers. */

/** Where and how a renderer draws: notebook trust and the cell's attachments. */
export interface RenderContext {
  /** Notebook trust: an imported notebook is untrusted. */
  trusted: boolean;
  /** The markdown cell's attachments: name → MIME type → base64 data. */
  attachments?: Record<string, Record<string, string>>;
}

/** A MIME bundle as nbformat stores it (values may be multi-line string arrays). */
export type MimeBundle = Readonly<Record<string, unknown>>;

/** One renderer of the registry, as JupyterLab's rendermime factories. */
export interface Renderer {
  /** The MIME types it draws. */
  mimeTypes: readonly string[];
  /** Lower ranks are preferred when a bundle holds several types. */
  rank: number;
  /** True when its output can never run script, so it may draw untrusted data. */
  safe: boolean;
  /** Draws `data` into `host` (appending). */
  render(host: HTMLElement, data: unknown, metadata: Record<string, unknown>, ctx: RenderContext): void | Promise<void>;
}
