/** nbformat 4.5 cell ids: generation and validation. */

const VALID_ID = /^[a-zA-Z0-9-_]{1,64}$/;

/** Whether `id` is a valid nbformat 4.5 cell id (1–64 chars of [a-zA-Z0-9-_]). */
export function isValidCellId(id: unknown): id is string {
  return typeof id === 'string' && VALID_ID.test(id);
}

/** A fresh random cell id (a UUID v4, 36 chars). */
export function newCellId(): string {
  // randomUUID exists only in secure contexts; a page served over plain http from another host
  // (the Docker case) still has getRandomValues.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
