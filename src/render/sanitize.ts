/** DOMPurify, configured once, for every piece of HTML/SVG/MathML that reaches the page. */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { isSafeStyle } from './safe-style.ts';
import { isRemoteUrl, isSafeImageSource, isSafeLink } from './safe-url.ts';
import type { RenderContext } from './types.ts';

/** Prefix DOMPurify's SANITIZE_NAMED_PROPS puts before every id and name (no DOM clobbering). */
export const ID_PREFIX = 'user-content-';

const CONFIG: Config = {
  // No global CSS (page restyling, :root variables, @import beacons), nothing that loads
  // or embeds another document, no forms, and no SVG animation (it can rewrite href).
  FORBID_TAGS: [
    'style', 'link', 'meta', 'base', 'title', 'form', 'input', 'button', 'textarea', 'select', 'option',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'noscript', 'noembed', 'template',
    'dialog', 'use', 'animate', 'animateMotion', 'animateTransform', 'set', 'foreignObject', 'script',
  ],
  FORBID_ATTR: ['srcset', 'action', 'formaction', 'ping', 'background', 'poster', 'srcdoc', 'autofocus', 'popover', 'target'],
  // `attachment:` survives DOMPurify's scheme check only to be resolved (or dropped) below.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|attachment):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  ALLOW_DATA_ATTR: false,
};

let purifier: DOMPurify | undefined;
/** What a sanitising pass may allow: remote images only when trusted; attachments to resolve. */
export interface SanitizeOptions {
  trusted: boolean;
  attachments?: RenderContext['attachments'];
}

interface Pass extends SanitizeOptions {
  // Inside an <img>, SVG never fetches other resources: drop such references rather than keep dead ones.
  standaloneSvg: boolean;
}

const UNTRUSTED: Pass = { trusted: false, standaloneSvg: false };
// DOMPurify runs synchronously, so the hook reads the options of the one pass in progress.
let pass: Pass = UNTRUSTED;

function attachmentName(src: string): string {
  const name = src.slice('attachment:'.length);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function attachmentUrl(src: string): string | undefined {
  const name = attachmentName(src);
  const attachments = pass.attachments;
  const entry = attachments && Object.hasOwn(attachments, name) ? attachments[name] : undefined;
  if (!entry) return undefined;
  const mime = Object.keys(entry).find((type) => /^image\/[a-z0-9.+-]+$/i.test(type));
  const data = mime === undefined ? undefined : entry[mime];
  if (mime === undefined || typeof data !== 'string') return undefined;
  const base64 = data.replace(/\s+/g, '');
  return /^[A-Za-z0-9+/]*={0,2}$/.test(base64) ? `data:${mime};base64,${base64}` : undefined;
}

function checkLink(node: Element, name: string): void {
  const href = node.getAttribute(name) ?? '';
  if (!isSafeLink(href)) {
    node.removeAttribute(name);
  } else if (href.startsWith('#')) {
    // Ids carry the prefix, so in-page anchors must too.
    if (href.length > 1 && !href.startsWith(`#${ID_PREFIX}`)) node.setAttribute(name, `#${ID_PREFIX}${href.slice(1)}`);
  } else if (node.localName === 'a' || node.localName === 'area') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
}

function checkSource(node: Element, name: string): void {
  let src = node.getAttribute(name) ?? '';
  if (/^\s*attachment:/i.test(src)) {
    src = attachmentUrl(src.trim()) ?? '';
    node.setAttribute(name, src);
  }
  if (allowedSource(node.localName, src)) return;
  node.removeAttribute(name);
  if (node.localName === 'img' && isRemoteUrl(src)) {
    node.classList.add('q-blocked-image');
    node.setAttribute('title', 'Remote image not loaded: the notebook is not trusted');
  }
}

// Remote resources are tracking beacons: only a trusted notebook's <img> may fetch one (and the
// page's CSP may still refuse it). Everything else loads from data: or the app's own origin.
function allowedSource(tag: string, src: string): boolean {
  const value = src.trim();
  if (value === '' || value.startsWith('#')) return false;
  if (pass.standaloneSvg) return /^data:image\//i.test(value);
  if (tag === 'img') return isSafeImageSource(value) && (pass.trusted || !isRemoteUrl(value));
  if (tag === 'image') return isSafeImageSource(value) && !isRemoteUrl(value);
  return /^data:(audio|video)\//i.test(value) || (isSafeLink(value) && !isRemoteUrl(value));
}

function afterAttributes(node: Element): void {
  const style = node.getAttribute('style');
  if (style !== null && !isSafeStyle(style)) node.removeAttribute('style');
  for (const name of ['href', 'xlink:href']) {
    if (!node.hasAttribute(name)) continue;
    if (node.localName === 'image') checkSource(node, name);
    else checkLink(node, name);
  }
  if (node.hasAttribute('src')) checkSource(node, 'src');
}

function instance(): DOMPurify {
  if (purifier) return purifier;
  const made = createDOMPurify(window);
  made.addHook('afterSanitizeAttributes', afterAttributes);
  purifier = made;
  return made;
}

/** Sanitises HTML (with SVG/MathML) into a fragment; `attachment:` images resolve from the options. */
export function sanitizeHtml(html: string, options: SanitizeOptions = UNTRUSTED): DocumentFragment {
  pass = { ...options, standaloneSvg: false };
  try {
    return instance().sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  } finally {
    pass = UNTRUSTED;
  }
}

/** Sanitises an SVG document to markup (for an <img> data URL). */
export function sanitizeSvg(svg: string): string {
  pass = { trusted: false, standaloneSvg: true };
  try {
    return instance().sanitize(svg, { ...CONFIG, USE_PROFILES: { svg: true, svgFilters: true } });
  } finally {
    pass = UNTRUSTED;
  }
}
