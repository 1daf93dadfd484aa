/**
 * The kernel API reference from the kernel's own sources: the helpers the session adds and the
 * docs table `inspect` answers from (worker/numeric `numericDocs`), grouped by object.
 */
import { kernelDocs as numericDocs } from '../../worker/runtime/numeric-globals.ts';
import { BUILTIN_MODULE } from '../../worker/runtime/session.ts';
import type { ApiEntry, ApiReference, ApiSection } from '../../src/components/api-reference-types.ts';
import { runtimeHelpers } from './runtime-helpers.ts';

type DocTable = Readonly<Record<string, { signature: string; doc: string }>>;

/** Title of the section for top-level functions that belong to no object (arange, plot, …). */
export const FUNCTIONS_TITLE = 'Functions';

/** Title of the section for the session's own helpers (display, html, …). */
export const OUTPUT_TITLE = 'Output and display';

/**
 * Sections of `docs`: `a.b` goes to section `a` (whose own entry is its intro, or its first entry
 * for a class), other names to Functions; sections in the order their first name appears.
 */
export function sectionsOf(docs: DocTable): ApiSection[] {
  const names = Object.keys(docs);
  const groups = new Set(names.filter((name) => name.includes('.')).map((name) => name.slice(0, name.indexOf('.'))));
  const sections = new Map<string, ApiSection>();
  const section = (title: string): ApiSection => {
    const existing = sections.get(title);
    if (existing) return existing;
    const created: ApiSection = { title, intro: '', entries: [] };
    sections.set(title, created);
    return created;
  };
  for (const name of names) {
    const { signature, doc } = docs[name] as { signature: string; doc: string };
    const dot = name.indexOf('.');
    const entry: ApiEntry = { name, signature, doc };
    if (dot > 0) section(name.slice(0, dot)).entries.push(entry);
    else if (groups.has(name)) {
      // A class documents its constructor, listed first; an object (special, random) describes itself.
      const target = section(name);
      if (signature.startsWith('new ')) target.entries.unshift(entry);
      else target.intro = doc;
    } else section(FUNCTIONS_TITLE).entries.push(entry);
  }
  return [...sections.values()];
}

/** The whole reference, as the Help dialog shows it. */
export function buildApiReference(): ApiReference {
  return {
    module: BUILTIN_MODULE,
    sections: [{ title: OUTPUT_TITLE, intro: '', entries: runtimeHelpers() }, ...sectionsOf(numericDocs)],
  };
}
