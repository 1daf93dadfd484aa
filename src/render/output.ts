/** One nbformat output into a host element: streams, errors, and MIME bundles via the registry. */
import type { IOutput } from '@jupyterlab/nbformat';
import { appendAnsi } from './ansi.ts';
import { appendElement } from './element.ts';
import { javascriptRenderer } from './mime-text.ts';
import { preferredMimeType, rendererFor } from './renderer-list.ts';
import { applyTerminalControls } from './terminal.ts';
import { joinText } from './text-data.ts';
import type { MimeBundle, RenderContext } from './types.ts';

function asBundle(value: unknown): MimeBundle {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as MimeBundle) : {};
}

function bundleMetadata(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

async function renderBundle(host: HTMLElement, bundle: MimeBundle, metadata: Record<string, unknown>, ctx: RenderContext): Promise<void> {
  const hasScript = javascriptRenderer.mimeTypes.some((type) => Object.hasOwn(bundle, type));
  if (hasScript) javascriptRenderer.render(host, undefined, metadata, ctx);
  // JavaScript never runs, so even a trusted notebook falls back to the bundle's next type.
  const rest = hasScript ? Object.fromEntries(Object.entries(bundle).filter(([type]) => !javascriptRenderer.mimeTypes.includes(type))) : bundle;
  const mime = preferredMimeType(rest, ctx);
  const renderer = mime === undefined ? undefined : rendererFor(mime);
  if (mime === undefined || !renderer) {
    if (!hasScript) appendElement(host, 'div', 'q-note', `No renderer for ${Object.keys(bundle).join(', ') || 'an empty output'}`);
    return;
  }
  await renderer.render(host, rest[mime], metadata, ctx);
}

/** Renders one output into `host` (appending), with the notebook's trust in `ctx`. */
export async function renderOutput(host: HTMLElement, output: IOutput, ctx: RenderContext): Promise<void> {
  const type = output.output_type;
  switch (type) {
    case 'stream': {
      const name = output['name'] === 'stderr' ? 'stderr' : 'stdout';
      appendAnsi(appendElement(host, 'pre', `q-stream q-${name}`), applyTerminalControls(joinText(output['text'])));
      return;
    }
    case 'error': {
      const pre = appendElement(host, 'pre', 'q-error');
      const traceback = Array.isArray(output['traceback']) ? joinText(output['traceback'].map((line) => `${String(line)}\n`)) : '';
      appendAnsi(pre, traceback.trim() !== '' ? traceback.replace(/\n$/, '') : `${String(output['ename'])}: ${String(output['evalue'])}`);
      return;
    }
    case 'execute_result':
    case 'display_data':
    case 'update_display_data':
      await renderBundle(host, asBundle(output['data']), bundleMetadata(output['metadata']), ctx);
      return;
    default:
      appendElement(host, 'div', 'q-note', `Unknown output type ${String(type)}`);
  }
}
