/**
 * What kernel a notebook is written for: the kernelspec and language_info Quire writes into its
 * own notebooks (as Jupyter does, so Jupyter, GitHub and nbviewer know the language), the
 * language a foreign notebook declares, and the switch between Quire's two languages.
 */
import type { JsonObject, Notebook } from './types.ts';

/** The TypeScript version whose syntax the kernel strips (test/model/kernels.test.ts keeps it equal to the installed one). */
export const TYPESCRIPT_VERSION = '5.9.3';

/** The languages Quire's kernel runs. */
export type QuireLanguage = 'typescript' | 'javascript';

/** Kernelspec and language_info for a notebook Quire runs in `language`. */
export function quireKernelMetadata(language: QuireLanguage): { kernelspec: JsonObject; language_info: JsonObject } {
  return language === 'typescript'
    ? {
        kernelspec: { name: 'quire-ts', display_name: 'TypeScript (Quire)', language: 'typescript' },
        language_info: {
          name: 'typescript',
          file_extension: '.ts',
          mimetype: 'text/typescript',
          codemirror_mode: { name: 'javascript', typescript: true },
          version: TYPESCRIPT_VERSION,
        },
      }
    : {
        kernelspec: { name: 'quire-js', display_name: 'JavaScript (Quire)', language: 'javascript' },
        language_info: {
          name: 'javascript',
          file_extension: '.js',
          mimetype: 'text/javascript',
          codemirror_mode: { name: 'javascript' },
          version: 'ES2023',
        },
      };
}

/** The kernels Kernel ▸ Change Kernel lists. */
export const QUIRE_KERNELS: readonly { language: QuireLanguage; displayName: string }[] = [
  { language: 'typescript', displayName: 'TypeScript (Quire)' },
  { language: 'javascript', displayName: 'JavaScript (Quire)' },
];

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function field(object: unknown, key: string): unknown {
  return object !== null && typeof object === 'object' && !Array.isArray(object) ? (object as JsonObject)[key] : undefined;
}

/** A notebook's language, lower-cased, as its metadata declares it (kernelspec, then language_info); TypeScript when it says nothing. */
export function notebookLanguage(metadata: JsonObject): string {
  const declared =
    text(field(metadata['kernelspec'], 'language')) ?? text(field(metadata['language_info'], 'name')) ?? text(field(metadata['kernelspec'], 'name'));
  if (declared === undefined) return 'typescript';
  const name = declared.toLowerCase();
  // Kernel names such as "python3" and "ir" say the language too.
  if (/^python/.test(name)) return 'python';
  if (name === 'ir') return 'r';
  if (/^julia/.test(name)) return 'julia';
  if (/^(ts|typescript|deno|tslab)$/.test(name) || name === 'quire-ts') return 'typescript';
  if (/^(js|javascript|node|nodejs)$/.test(name) || name === 'quire-js') return 'javascript';
  return name;
}

/** True when Quire's kernel runs the notebook's cells. */
export function isQuireLanguage(language: string): language is QuireLanguage {
  return language === 'typescript' || language === 'javascript';
}

/** How a notebook names its kernel to a person: the kernelspec's display name, else the language. */
export function kernelDisplayName(metadata: JsonObject): string {
  return text(field(metadata['kernelspec'], 'display_name')) ?? notebookLanguage(metadata);
}

/**
 * The notebook switched to one of Quire's kernels. A foreign notebook's own kernelspec and
 * language_info are kept under `metadata.quire.converted_from`, so converting loses nothing.
 */
export function setQuireKernel(nb: Notebook, language: QuireLanguage): Notebook {
  const current = notebookLanguage(nb.metadata);
  const quire = (field(nb.metadata, 'quire') ?? {}) as JsonObject;
  const keep: Record<string, unknown> = {};
  if (!isQuireLanguage(current) && quire['converted_from'] === undefined) {
    if (nb.metadata['kernelspec'] !== undefined) keep['kernelspec'] = nb.metadata['kernelspec'];
    if (nb.metadata['language_info'] !== undefined) keep['language_info'] = nb.metadata['language_info'];
  }
  const quireMeta = Object.keys(keep).length > 0 ? { ...quire, converted_from: keep } : quire;
  const metadata: Record<string, unknown> = { ...nb.metadata, ...quireKernelMetadata(language) };
  if (Object.keys(quireMeta).length > 0) metadata['quire'] = quireMeta;
  return { ...nb, metadata: metadata as Notebook['metadata'] };
}

/** The notebook as downloaded: one that declares no kernel gets Quire's TypeScript kernel (it was made here); any other is left as it is. */
export function withKernelMetadata(nb: Notebook): Notebook {
  return nb.metadata['kernelspec'] === undefined && nb.metadata['language_info'] === undefined
    ? { ...nb, metadata: { ...nb.metadata, ...quireKernelMetadata('typescript') } as Notebook['metadata'] }
    : nb;
}
