import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import {
  createNotebook,
  isQuireLanguage,
  kernelDisplayName,
  notebookLanguage,
  quireKernelMetadata,
  setQuireKernel,
  withKernelMetadata,
} from '../../src/model/operations.ts';
import { TYPESCRIPT_VERSION } from '../../src/model/kernels.ts';
import type { Notebook } from '../../src/model/types.ts';
import { KERNEL_INFO } from '../../worker/runtime/kernel-info.ts';
import { DEMOS } from '../../src/store/demos.ts';

const python = { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' }, language_info: { name: 'python', version: '3.11.4' } };
const notebookWith = (metadata: object): Notebook => createNotebook(metadata as Notebook['metadata']);

describe('what a notebook is written for', () => {
  it('reads kernelspec.language, then language_info.name, then the kernel name', () => {
    expect(notebookLanguage(python)).toBe('python');
    expect(notebookLanguage({ language_info: { name: 'R' } })).toBe('r');
    expect(notebookLanguage({ kernelspec: { name: 'ir', display_name: 'R' } })).toBe('r');
    expect(notebookLanguage({ kernelspec: { name: 'julia-1.9', display_name: 'Julia' } })).toBe('julia');
    expect(notebookLanguage({ kernelspec: { name: 'deno', display_name: 'Deno', language: 'typescript' } })).toBe('typescript');
    expect(notebookLanguage({})).toBe('typescript');
    expect(notebookLanguage({ kernelspec: 'junk' })).toBe('typescript');
  });

  it("runs Quire's own two languages only", () => {
    expect(isQuireLanguage('typescript') && isQuireLanguage('javascript')).toBe(true);
    expect(isQuireLanguage('python')).toBe(false);
    expect(kernelDisplayName(python)).toBe('Python 3');
  });
});

describe("Quire's kernel metadata", () => {
  it('is what the kernel itself reports, names the installed TypeScript, and is in the shipped demos', () => {
    expect(quireKernelMetadata('typescript')).toEqual(KERNEL_INFO);
    const installed = (createRequire(import.meta.url)('typescript/package.json') as { version: string }).version;
    expect(TYPESCRIPT_VERSION).toBe(installed);
    for (const demo of DEMOS) {
      const metadata = (JSON.parse(demo.text) as { metadata: Record<string, unknown> }).metadata;
      expect({ kernelspec: metadata['kernelspec'], language_info: metadata['language_info'] }, demo.name).toEqual(quireKernelMetadata('typescript'));
    }
  });

  it('is added on export to a notebook that declares no kernel, and never replaces a foreign one', () => {
    expect(withKernelMetadata(notebookWith({ title: 't' })).metadata).toEqual({ title: 't', ...quireKernelMetadata('typescript') });
    const foreign = notebookWith(python);
    expect(withKernelMetadata(foreign)).toBe(foreign);
  });

  it('converting a foreign notebook keeps its own kernelspec and language_info aside, and other metadata as it was', () => {
    const converted = setQuireKernel(notebookWith({ ...python, colab: { x: 1 }, quire: { other: true } }), 'typescript');
    expect(converted.metadata).toEqual({
      ...quireKernelMetadata('typescript'),
      colab: { x: 1 },
      quire: { other: true, converted_from: python },
    });
    // Switching again between Quire's languages keeps the original record.
    const again = setQuireKernel(converted, 'javascript');
    expect(notebookLanguage(again.metadata)).toBe('javascript');
    expect((again.metadata['quire'] as Record<string, unknown>)['converted_from']).toEqual(python);
  });
});
