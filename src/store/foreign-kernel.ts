/** What Quire says about a notebook written for another kernel (Python, R, Julia, …). */

/** The notice on the notebook: what it was written for, what Quire can do with it. */
export function foreignNotebookNotice(kernel: string): string {
  return `Written for ${kernel}. Quire runs TypeScript; you can read, edit and export this notebook, and run its cells once you convert it.`;
}

/** Shown in a code cell of such a notebook when it is run, instead of sending it to the kernel. */
export function foreignRunNotice(kernel: string): string {
  return `Not run: this cell is written for ${kernel}, and Quire runs TypeScript. Convert the notebook (Kernel ▸ Change Kernel) to run cells you have rewritten.`;
}
