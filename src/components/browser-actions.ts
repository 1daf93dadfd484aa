/** Small page-level effects the view needs: file downloads and the theme switch. */

/** Offers `text` as a file download named `name`. */
export function downloadText(name: string, text: string, type: string): void {
  downloadBlob(name, new Blob([text], { type }));
}

/** Saves `blob` as a download named `name`. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Flips between light and dark, remembering the choice for this browser. */
export function toggleTheme(root: HTMLElement): void {
  const dark = root.dataset['theme'] ? root.dataset['theme'] === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  root.dataset['theme'] = dark ? 'light' : 'dark';
  localStorage.setItem('quire-theme', root.dataset['theme']);
}

/** Applies the remembered theme, if any, at start. */
export function applySavedTheme(root: HTMLElement): void {
  const saved = localStorage.getItem('quire-theme');
  if (saved === 'light' || saved === 'dark') root.dataset['theme'] = saved;
}

/** Offers binary `bytes` (e.g. a zip) as a file download. */
export function downloadBytes(name: string, bytes: Uint8Array, type: string): void {
  downloadBlob(name, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
}
