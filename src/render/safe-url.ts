/** URL checks for attributes of sanitised HTML. */

// The URL parser drops leading C0 controls and spaces and every tab/newline inside, so
// "\x01 java\tscript:" is javascript:. Mirror that before looking at the scheme.
const STRIPPED = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g;

const SAFE_LINK = /^(https?:|mailto:|#|\/|\.|[^:/?#]*([/?#]|$))/;
const SAFE_IMAGE_DATA = /^data:image\/[a-z0-9.+-]+[;,]/;

/** True when `href` may appear on a link: http(s), mailto, fragment or relative only. */
export function isSafeLink(href: string): boolean {
  const flat = href.replace(STRIPPED, '').toLowerCase();
  return SAFE_LINK.test(flat);
}

/** True when `src` may load as an image: a safe link or a data:image URL (an <img> never runs script). */
export function isSafeImageSource(src: string): boolean {
  const flat = src.replace(STRIPPED, '').toLowerCase();
  return SAFE_IMAGE_DATA.test(flat) || (!flat.startsWith('data:') && isSafeLink(flat));
}

/** True when a URL names another origin (any scheme but data:, or protocol-relative `//host`, `\\/host`). */
export function isRemoteUrl(url: string): boolean {
  const flat = url.replace(STRIPPED, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*:|[\\/]{2})/.test(flat) && !flat.startsWith('data:');
}
