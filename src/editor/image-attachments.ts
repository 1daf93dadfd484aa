/** Images pasted or dropped into a markdown cell become cell attachments referenced from the text. */
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** Image types a markdown cell accepts as attachments, with the extension used for unnamed files. */
export const ATTACHMENT_IMAGE_TYPES: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

/** Stores an image and returns the unique attachment name to reference. */
export type AddImageFn = (name: string, mime: string, base64: string) => string;

/** The image files among `files`, in order (other files are left to the editor). */
export function imageFiles(files: Iterable<File>): File[] {
  return [...files].filter((file) => Object.hasOwn(ATTACHMENT_IMAGE_TYPES, file.type));
}

/** The name an image is stored under: its own file name, or `image.<ext>` when it has none. */
export function attachmentName(file: Pick<File, 'name' | 'type'>): string {
  const name = file.name.trim().replace(/[\s()[\]]+/g, '-');
  return name !== '' ? name : `image.${ATTACHMENT_IMAGE_TYPES[file.type] ?? 'bin'}`;
}

/** The markdown that shows attachment `name`. */
export function attachmentMarkdown(name: string): string {
  return `![${name}](attachment:${name})`;
}

/** A file's bytes as base64 (without the `data:` prefix), read by the browser's FileReader. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('could not read the image'));
    reader.readAsDataURL(file);
  });
}

async function insertImages(view: EditorView, files: readonly File[], at: number, addImage: AddImageFn): Promise<void> {
  const links: string[] = [];
  for (const file of files) links.push(attachmentMarkdown(addImage(attachmentName(file), file.type, await readAsBase64(file))));
  const pos = Math.min(at, view.state.doc.length);
  const insert = links.join('\n');
  view.dispatch({ changes: { from: pos, insert }, selection: { anchor: pos + insert.length }, userEvent: 'input.paste', scrollIntoView: true });
}

/** Paste and drop handlers that turn image files into attachments via `addImage`. */
export function imageAttachments(addImage: AddImageFn): Extension {
  return EditorView.domEventHandlers({
    paste(event, view) {
      const files = imageFiles(event.clipboardData?.files ?? []);
      if (files.length === 0) return false;
      event.preventDefault();
      const { from, to } = view.state.selection.main;
      if (to > from) view.dispatch({ changes: { from, to }, selection: { anchor: from } });
      void insertImages(view, files, from, addImage);
      return true;
    },
    drop(event, view) {
      const files = imageFiles(event.dataTransfer?.files ?? []);
      if (files.length === 0) return false;
      event.preventDefault();
      const at = view.posAtCoords({ x: event.clientX, y: event.clientY }) ?? view.state.selection.main.head;
      void insertImages(view, files, at, addImage);
      return true;
    },
  });
}
