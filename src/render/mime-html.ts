/** text/html outputs: sanitised in place, inside a box that clips and contains fixed positioning. */
import { appendElement } from './element.ts';
import { sanitizeHtml } from './sanitize.ts';
import { joinText } from './text-data.ts';
import type { Renderer } from './types.ts';

/** Renders HTML after DOMPurify (same rules trusted or not: nothing from a notebook runs). */
export const htmlRenderer: Renderer = {
  mimeTypes: ['text/html'],
  rank: 20,
  safe: true,
  render(host, data, _metadata, ctx) {
    appendElement(host, 'div', 'q-html q-contained').append(sanitizeHtml(joinText(data), { trusted: ctx.trusted }));
  },
};
