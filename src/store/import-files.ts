/** Importing .ipynb files and percent-format .ts/.js scripts into storage, one by one; runs in the import worker, or in the page where workers are missing. */
import { fromIpynb, fromPercentScript, toStoredIpynb } from '../ipynb/index.ts';
import type { NotebookStorage } from '../storage/index.ts';
import type { ImportFile, UploadResult } from './import-protocol.ts';
import { messageOf } from './error-message.ts';

/** What an import reports as it goes. */
export interface ImportProgress {
  /** The file at `index` is being read. */
  started?(index: number): void;
  /** The file at `index` is stored, or refused with its reason. */
  finished?(index: number, result: UploadResult): void;
}

/**
 * Reads, converts (any nbformat 3 or 4 to 4.5) and stores each file whole; a file that cannot be
 * imported gets the reason a person can act on, and the others are still imported.
 */
export async function importFiles(files: readonly ImportFile[], storage: NotebookStorage, progress: ImportProgress = {}): Promise<UploadResult[]> {
  const results: UploadResult[] = [];
  for (const [index, file] of files.entries()) {
    progress.started?.(index);
    const result = await importOne(file, storage);
    progress.finished?.(index, result);
    results.push(result);
  }
  return results;
}

// Percent-format scripts (jupytext, VS Code) become notebooks named as jupytext pairs them: x.ts → x.ipynb.
const SCRIPT = /\.(m?[jt]s)$/i;

async function importOne(file: ImportFile, storage: NotebookStorage): Promise<UploadResult> {
  try {
    const bytes = new Uint8Array(await file.data.arrayBuffer());
    const script = SCRIPT.exec(file.name);
    const notebook = script
      ? fromPercentScript(new TextDecoder().decode(bytes), /j/i.test(script[1] ?? '') ? 'javascript' : 'typescript')
      : fromIpynb(bytes).notebook;
    const name = script ? file.name.replace(SCRIPT, '.ipynb') : file.name;
    const stored = await storage.create(name, toStoredIpynb(notebook), { size: bytes.byteLength });
    return { file: file.name, ok: true, id: stored.id, name: stored.name };
  } catch (error) {
    return { file: file.name, ok: false, reason: messageOf(error) };
  }
}
