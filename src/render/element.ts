/** Small DOM builders shared by the renderers. */

/** Creates an element in `host`'s document with a class and optional text, appended to `host`. */
export function appendElement<K extends keyof HTMLElementTagNameMap>(
  host: HTMLElement,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = host.ownerDocument.createElement(tag);
  element.className = className;
  if (text !== undefined) element.textContent = text;
  host.append(element);
  return element;
}
