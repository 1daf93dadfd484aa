/** Svelte attachments that draw outputs and markdown with the renderer registry. */
import type { Attachment } from 'svelte/attachments';
import type { Attachments, Output } from '../model/types.ts';
import { figureToImage, releasePlots, renderMarkdown, renderOutput } from '../render/registry.ts';

const PLOTLY = 'application/vnd.plotly.v1+json';

// Notebooks may come from anywhere, so nothing is trusted: HTML is sanitised, JavaScript never runs.
const UNTRUSTED = { trusted: false } as const;

/**
 * Draws one nbformat output; redraws when the output value changes. A figure without a static
 * image gets one made (`onImage`), so the saved .ipynb shows it where plotly cannot run.
 */
export function outputInto(output: Output, onImage: (png: string) => void): Attachment<HTMLElement> {
  return (host) => {
    const previous = drawn.get(host);
    drawn.set(host, output);
    // Adding the static image changes the output value but not what is drawn: keep the live figure.
    if (previous && sameButImage(previous, output)) return;
    releasePlots(host);
    host.replaceChildren();
    const data = output['data'] as Record<string, unknown> | undefined;
    void renderOutput(host, output, UNTRUSTED)
      .then(async () => {
        if (data && PLOTLY in data && !('image/png' in data)) onImage(await figureToImage(data));
      })
      .catch((error: unknown) => {
        host.textContent = `Could not show this output: ${error instanceof Error ? error.message : String(error)}`;
      });
  };
}

/** What each output host shows now. */
const drawn = new WeakMap<HTMLElement, Output>();

function sameButImage(a: Output, b: Output): boolean {
  const da = a['data'] as Record<string, unknown> | undefined;
  const db = b['data'] as Record<string, unknown> | undefined;
  if (a.output_type !== b.output_type || !da || !db) return false;
  const keys = new Set([...Object.keys(da), ...Object.keys(db)]);
  keys.delete('image/png');
  return [...keys].every((key) => da[key] === db[key]);
}

/** Draws a markdown cell's source with its attachments. */
export function markdownInto(source: string, attachments: Attachments | undefined): Attachment<HTMLElement> {
  return (host) => {
    host.replaceChildren();
    renderMarkdown(host, source, { ...UNTRUSTED, attachments: attachments as Record<string, Record<string, string>> | undefined });
  };
}
