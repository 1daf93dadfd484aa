/** The browser's StorageManager (navigator.storage): usage, quota, and persistence. */

/** Usage and quota from the browser, or null where there is no StorageManager (insecure contexts, old browsers). */
export async function browserEstimate(): Promise<{ usage: number; quota: number; persisted: boolean } | null> {
  const manager = storageManager();
  if (!manager?.estimate) return null;
  const [estimate, persisted] = await Promise.all([manager.estimate(), manager.persisted?.() ?? Promise.resolve(false)]);
  return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted };
}

/** Asks the browser to keep the data under storage pressure; false when it refuses or cannot. */
export async function requestBrowserPersistence(): Promise<boolean> {
  const manager = storageManager();
  if (!manager?.persist) return false;
  try {
    return (await manager.persisted?.()) === true || (await manager.persist());
  } catch {
    // Some browsers reject instead of answering false (e.g. in private windows).
    return false;
  }
}

function storageManager(): Partial<StorageManager> | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator.storage as Partial<StorageManager> | undefined);
}
