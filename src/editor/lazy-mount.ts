/** One shared IntersectionObserver telling cells when they come near the viewport (to mount editors lazily). */

/** How far outside the viewport a cell counts as near: editors are ready before they scroll in. */
export const NEAR_MARGIN = '800px 0px';

let observer: IntersectionObserver | null = null;
const waiting = new Map<Element, () => void>();

function shared(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const callback = waiting.get(entry.target);
        stop(entry.target);
        callback?.();
      }
    },
    { rootMargin: NEAR_MARGIN },
  );
  return observer;
}

function stop(element: Element): void {
  waiting.delete(element);
  observer?.unobserve(element);
}

/** Calls `callback` once, when `element` first comes within NEAR_MARGIN of the viewport; returns a cancel function. */
export function whenNearViewport(element: Element, callback: () => void): () => void {
  waiting.set(element, callback);
  shared().observe(element);
  return () => stop(element);
}
