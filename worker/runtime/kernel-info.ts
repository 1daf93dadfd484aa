/** The kernelspec and language_info of the kernel (equal to what the page writes into notebooks: test/model/kernels.test.ts). */
import type { KernelInfo } from '../protocol.ts';

/** Kernel info for `.ipynb` metadata. */
export const KERNEL_INFO: KernelInfo = {
  kernelspec: { name: 'quire-ts', display_name: 'TypeScript (Quire)', language: 'typescript' },
  language_info: {
    name: 'typescript',
    file_extension: '.ts',
    mimetype: 'text/typescript',
    codemirror_mode: { name: 'javascript', typescript: true },
    version: '5.9.3',
  },
};
