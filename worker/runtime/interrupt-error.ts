/** The error a cell ends with when the user interrupts it. */
export class InterruptError extends Error {
  constructor() {
    super('Execution interrupted by the user');
    this.name = 'InterruptError';
  }
}
