/** The errors storage throws, each with a message a person can act on. */

/** The browser refused to store more (QuotaExceededError); nothing was written. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(options?: ErrorOptions) {
    super('Browser storage is full — your notebook is still open; download it as .ipynb', options);
  }
}

/** Another tab saved newer work: the stored revision is not the one this save started from. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    readonly id: string,
    readonly baseRevision: number,
    readonly storedRevision: number,
  ) {
    super('This notebook was changed in another tab — reload it, or save your version as a copy');
  }
}

/** No notebook (or checkpoint) with that id. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(what: string, hint = 'it may have been deleted in another tab') {
    super(`${what} no longer exists — ${hint}`);
  }
}

/** A notebook name that cannot be used; the message says why. */
export class InvalidNameError extends Error {
  override readonly name = 'InvalidNameError';
}

/** A transaction failed for another reason; nothing was written. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
}

const ownErrors = [StorageFullError, ConflictError, NotFoundError, InvalidNameError, StorageError];

/** Whether a DOMException (or its stand-in) means the quota is exhausted, in any browser's spelling. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof error === 'object' && error !== null && 'name' in error)) return false;
  const { name } = error as { name: unknown };
  const code = (error as { code?: unknown }).code;
  // Firefox used to report NS_ERROR_DOM_QUOTA_REACHED; legacy DOMException code 22 is QUOTA_EXCEEDED_ERR.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

/** Turns whatever a transaction threw into one of the storage errors above. */
export function toStorageError(error: unknown, action: string): Error {
  if (ownErrors.some((type) => error instanceof type)) return error as Error;
  if (isQuotaError(error)) return new StorageFullError({ cause: error });
  const reason = error instanceof Error && error.message ? error.message : String(error);
  return new StorageError(`Could not ${action} in browser storage: ${reason}`, { cause: error });
}
