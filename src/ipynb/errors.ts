/** The error for input that cannot be read as a notebook. */

/** Input that cannot be a notebook; the message names what is wrong and where (a JSON path). */
export class NotebookFormatError extends Error {
  /** Where the problem is, as a JSON path such as `cells[3].source`, or '' for the whole file. */
  readonly path: string;

  constructor(path: string, problem: string) {
    super(path === '' ? problem : `${path}: ${problem}`);
    this.name = 'NotebookFormatError';
    this.path = path;
  }
}
