/** Raster images (base64 in the bundle) and SVG (sanitised, then shown as an <img>). */
import { appendElement } from './element.ts';
import { sanitizeSvg } from './sanitize.ts';
import { joinText } from './text-data.ts';
import type { Renderer } from './types.ts';

function applySize(img: HTMLImageElement, metadata: Record<string, unknown>, mime: string): void {
  const own = metadata[mime];
  const size = typeof own === 'object' && own !== null ? (own as Record<string, unknown>) : metadata;
  for (const key of ['width', 'height'] as const) {
    const value = size[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) img.setAttribute(key, String(Math.round(value)));
  }
}

function rasterRenderer(mime: string, rank: number): Renderer {
  return {
    mimeTypes: [mime],
    rank,
    safe: true,
    render(host, data, metadata) {
      const base64 = joinText(data).replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
        appendElement(host, 'div', 'q-render-error', `Invalid ${mime} data`);
        return;
      }
      const img = appendElement(host, 'img', 'q-image');
      img.alt = '';
      img.src = `data:${mime};base64,${base64}`;
      applySize(img, metadata, mime);
    },
  };
}

/** PNG, JPEG and GIF outputs. */
export const imageRenderers: readonly Renderer[] = [
  rasterRenderer('image/png', 40),
  rasterRenderer('image/jpeg', 41),
  rasterRenderer('image/gif', 42),
];

/** SVG outputs: an <img> never runs script or loads resources; sanitised as well. */
export const svgRenderer: Renderer = {
  mimeTypes: ['image/svg+xml'],
  rank: 30,
  safe: true,
  render(host, data, metadata) {
    const img = appendElement(host, 'img', 'q-image q-svg');
    img.alt = '';
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sanitizeSvg(joinText(data)))}`;
    applySize(img, metadata, 'image/svg+xml');
  },
};
