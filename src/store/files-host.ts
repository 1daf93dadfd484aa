/** The files area as the kernel reaches it: files-area files by name (read), and the kernel's writes (stored, replacing). */
import type { FileHost } from '../kernel/index.ts';
import type { NotebookStorage } from '../storage/index.ts';

/** The page's side of the kernel's file access, over `storage`. */
export function filesHost(storage: NotebookStorage): FileHost {
  return {
    async read(name) {
      const found = await storage.files.find(name);
      if (found) return storage.files.read(found.id);
      const names = (await storage.files.list()).map((file) => file.name);
      const there = names.length === 0 ? 'the files area is empty: upload files on the file list' : `files: ${names.slice(0, 12).join(', ')}${names.length > 12 ? ', …' : ''}`;
      throw new Error(`No file named "${name}" in the files area (${there})`);
    },
    async write(name, data) {
      await storage.files.write(name, data, { replace: true });
    },
  };
}
