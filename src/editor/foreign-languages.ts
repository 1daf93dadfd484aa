/**
 * Highlighting for notebooks written for other kernels (Python, R, Julia, SQL, shell): each
 * language package is loaded the first time such a notebook is shown, never with the app.
 */
import { StreamLanguage } from '@codemirror/language';
import type { Extension } from '@codemirror/state';

/** The languages a foreign notebook's code cells can be highlighted in. */
export type ForeignLanguage = 'python' | 'r' | 'julia' | 'sql' | 'shell';

const NAMES: Readonly<Record<string, ForeignLanguage>> = {
  python: 'python',
  r: 'r',
  julia: 'julia',
  sql: 'sql',
  bash: 'shell',
  sh: 'shell',
  shell: 'shell',
  zsh: 'shell',
};

/** The highlighting for a notebook language (as `notebookLanguage` names it), or undefined when Quire has none. */
export function foreignLanguageOf(language: string): ForeignLanguage | undefined {
  return NAMES[language];
}

/** Loads the CodeMirror language support for `language`. */
export async function loadForeignLanguage(language: ForeignLanguage): Promise<Extension> {
  switch (language) {
    case 'python':
      return (await import('@codemirror/lang-python')).python();
    case 'sql':
      return (await import('@codemirror/lang-sql')).sql();
    case 'r':
      return StreamLanguage.define((await import('@codemirror/legacy-modes/mode/r')).r);
    case 'julia':
      return StreamLanguage.define((await import('@codemirror/legacy-modes/mode/julia')).julia);
    case 'shell':
      return StreamLanguage.define((await import('@codemirror/legacy-modes/mode/shell')).shell);
    default: {
      const never: never = language;
      return never;
    }
  }
}
