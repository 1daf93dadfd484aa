/** The kernelspec and language_info Quire writes into notebook metadata. */
import type { KernelInfo } from '../protocol.ts';

/** Kernel info for `.ipynb` metadata. */
export const KERNEL_INFO: KernelInfo = {
  kernelspec: { name: 'quire-ts', display_name: 'TypeScript (Quire)', language: 'typescript' },
  language_info: {
    name: 'typescript',
    file_extension: '.ts',
    mimetype: 'text/typescript',
    codemirror_mode: { name: 'javascript', typescript: true },
  },
};
