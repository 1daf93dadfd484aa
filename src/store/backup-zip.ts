/** "Download all": every notebook as .ipynb inside one zip (fflate, stored uncompressed-fast at level 6). */
import { strToU8, zipSync, type Zippable } from 'fflate';

/** Zips `files` (name → .ipynb text); names are kept unique inside the archive. */
export function zipNotebooks(files: readonly { name: string; text: string }[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    let name = file.name;
    for (let n = 1; name in entries; n++) name = file.name.replace(/(\.ipynb)?$/, `-${n}.ipynb`);
    entries[name] = [strToU8(file.text), { level: 6 }];
  }
  return zipSync(entries);
}
