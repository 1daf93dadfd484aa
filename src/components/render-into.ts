/** Svelte attachments that draw outputs and markdown with the renderer registry. */
import type { Attachment } from 'svelte/attachments';
import type { Attachments, Output } from '../model/types.ts';
import { renderMarkdown, renderOutput } from '../render/registry.ts';

// Notebooks may come from anywhere, so nothing is trusted: HTML is sanitised, JavaScript never runs.
const UNTRUSTED = { trusted: false } as const;

/** Draws one nbformat output; redraws when the output value changes. */
export function outputInto(output: Output): Attachment<HTMLElement> {
  return (host) => {
    host.replaceChildren();
    void renderOutput(host, output, UNTRUSTED).catch((error: unknown) => {
      host.textContent = `Could not show this output: ${error instanceof Error ? error.message : String(error)}`;
    });
    return () => host.replaceChildren();
  };
}

/** Draws a markdown cell's source with its attachments. */
export function markdownInto(source: string, attachments: Attachments | undefined): Attachment<HTMLElement> {
  return (host) => {
    host.replaceChildren();
    renderMarkdown(host, source, { ...UNTRUSTED, attachments: attachments as Record<string, Record<string, string>> | undefined });
  };
}
