/** "Download all": every notebook as .ipynb inside one zip (fflate, level 6), and the data files under files/. */
import { strToU8, zipSync, type Zippable } from 'fflate';

/** Zips `files` (name → .ipynb text) and `data` (files-area files, under files/); names are kept unique inside the archive. */
export function zipNotebooks(files: readonly { name: string; text: string }[], data: readonly { name: string; bytes: Uint8Array }[] = []): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    let name = file.name;
    for (let n = 1; name in entries; n++) name = file.name.replace(/(\.ipynb)?$/, `-${n}.ipynb`);
    entries[name] = [strToU8(file.text), { level: 6 }];
  }
  // Names in the files area are unique already; compressed data (Parquet, images) is stored as it is.
  for (const file of data) entries[`files/${file.name}`] = [file.bytes, { level: /\.(parquet|arrow|png|jpe?g|gif|zip|gz)$/i.test(file.name) ? 0 : 6 }];
  return zipSync(entries);
}
